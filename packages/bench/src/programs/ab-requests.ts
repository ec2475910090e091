// Same-run A/B of two builds of core on the `requests` loop: `node src/programs/ab-requests.ts
// <old core dir> [rounds] [windowMs] [--fetch]`. Alternating windows, medians of CPU per call and
// calls/s, and the bare node:http request as the floor (with `--fetch`: both clients send through
// their build's `fetchHandler()`, against a bare fetch). For deciding a change on a shared machine.
import { createEcsClient as createNew, fetchHandler as newFetchHandler } from "@ecs-hpc/core";
import { BENCH_CREDENTIALS, FIXED_RESPONSE, REGION_ID } from "../fixtures.ts";
import { bareHttpPost } from "../bare-node-http.ts";
import { measureWindow } from "../measure-window.ts";
import { spawnServer } from "../servers/spawn-server.ts";
import { median } from "../stats.ts";

const viaFetch = process.argv.includes("--fetch");
const [oldDir, roundsArg, windowArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!oldDir) throw new Error("usage: ab-requests.ts <old core dir> [rounds] [windowMs] [--fetch]");
const rounds = Number(roundsArg ?? 16);
const windowMs = Number(windowArg ?? 250);
const { createEcsClient: createOld, fetchHandler: oldFetchHandler } = (await import(
  `${oldDir}/dist/index.js`
)) as typeof import("@ecs-hpc/core");
const server = await spawnServer(new URL("../servers/fixed-json-server.ts", import.meta.url));
const endpoint = `http://127.0.0.1:${server.port}`;
const url = `${endpoint}/?ClientToken=0c593ea1-3bea-11e9-b96b-88e9fe637760&PageSize=10&RegionId=${REGION_ID}`;
const common = { endpoint, credentials: BENCH_CREDENTIALS, regionId: REGION_ID, retry: false } as const;
const oldClient = createOld(viaFetch ? { ...common, requestHandler: oldFetchHandler() } : common);
const newClient = createNew(viaFetch ? { ...common, requestHandler: newFetchHandler() } : common);
const sides: Record<string, () => Promise<{ TotalCount?: unknown }>> = {
  old: () => oldClient.describeHpcClusters({ PageSize: 10 }),
  new: () => newClient.describeHpcClusters({ PageSize: 10 }),
  bare: viaFetch
    ? async () => (await fetch(url, { method: "POST" })).json() as Promise<{ TotalCount?: unknown }>
    : () => bareHttpPost(url),
};
const checked = (call: () => Promise<{ TotalCount?: unknown }>) => async () => {
  if ((await call()).TotalCount !== FIXED_RESPONSE.TotalCount) throw new Error("wrong TotalCount");
};
const window = async (call: () => Promise<{ TotalCount?: unknown }>, ms: number) => {
  const w = await measureWindow(checked(call), ms);
  return { cpu: w.cpuMicrosPerCall, rps: w.callsPerSecond };
};
const names = Object.keys(sides);
for (const name of names) await window(sides[name]!, 300);
const got: Record<string, { cpu: number[]; rps: number[] }> = {};
for (const name of names) got[name] = { cpu: [], rps: [] };
for (let r = 0; r < rounds; r++) {
  const order = names.map((_, i) => names[(i + r) % names.length]!);
  for (const name of order) {
    const w = await window(sides[name]!, windowMs);
    got[name]!.cpu.push(w.cpu);
    got[name]!.rps.push(w.rps);
  }
}
const m = (name: string) => ({ cpu: median(got[name]!.cpu), rps: median(got[name]!.rps) });
const [o, n, b] = [m("old"), m("new"), m("bare")];
// Per round (the three windows run back to back), so a burst of outside load cancels out.
const paired = (xs: number[], ys: number[]) => median(xs.map((x, i) => x / ys[i]!));
console.log(
  `paired medians: new/old CPU ${paired(got.new!.cpu, got.old!.cpu).toFixed(3)}x, rps ${paired(got.new!.rps, got.old!.rps).toFixed(3)}x; ` +
    `vs bare CPU old ${paired(got.old!.cpu, got.bare!.cpu).toFixed(2)}x new ${paired(got.new!.cpu, got.bare!.cpu).toFixed(2)}x, ` +
    `rps old ${paired(got.old!.rps, got.bare!.rps).toFixed(2)}x new ${paired(got.new!.rps, got.bare!.rps).toFixed(2)}x`,
);
console.log(`CPU µs/call: old ${o.cpu.toFixed(0)}, new ${n.cpu.toFixed(0)}, bare ${b.cpu.toFixed(0)}`);
console.log(`calls/s:     old ${o.rps.toFixed(0)}, new ${n.rps.toFixed(0)}, bare ${b.rps.toFixed(0)}`);
console.log(
  `new/old CPU ${(n.cpu / o.cpu).toFixed(3)}x, rps ${(n.rps / o.rps).toFixed(3)}x; vs bare: old ${(o.cpu / b.cpu).toFixed(2)}x CPU ${(o.rps / b.rps).toFixed(2)}x rps, new ${(n.cpu / b.cpu).toFixed(2)}x CPU ${(n.rps / b.rps).toFixed(2)}x rps`,
);
await server.stop();
