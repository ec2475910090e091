// A driver to profile one side of the `requests` bench: sequential DescribeHpcClusters calls
// against the fixed-JSON server in a child process, for `--cpu-prof` or a quick CPU-per-call
// figure. `node [--cpu-prof] src/programs/profile-requests.ts [side] [seconds]`, side one of
// ours, oursFetch, http, httpHeaders (a bare request that also reads `res.headers`), fetch.
// On a shared machine one run's figure moves by ±30%: compare sides with the bench itself
// (alternating windows), and read a profile's self times as shares, not microseconds.
import http from "node:http";
import { createEcsClient, fetchHandler } from "@ecs-hpc/core";
import { BENCH_CREDENTIALS, FIXED_RESPONSE, REGION_ID } from "../fixtures.ts";
import { spawnServer } from "../servers/spawn-server.ts";

const side = process.argv[2] ?? "ours";
const seconds = Number(process.argv[3] ?? 5);
const server = await spawnServer(new URL("../servers/fixed-json-server.ts", import.meta.url));
const endpoint = `http://127.0.0.1:${server.port}`;
const url = `${endpoint}/?ClientToken=0c593ea1-3bea-11e9-b96b-88e9fe637760&PageSize=10&RegionId=${REGION_ID}`;
const common = { endpoint, credentials: BENCH_CREDENTIALS, regionId: REGION_ID, retry: false } as const;
const ours = createEcsClient(common);
const oursFetch = createEcsClient({ ...common, requestHandler: fetchHandler() });

const bareHttp = (readHeaders = false) =>
  new Promise<{ TotalCount?: unknown }>((resolve, reject) => {
    const req = http.request(url, { method: "POST" }, (res) => {
      if (readHeaders && res.headers["content-encoding"]) throw new Error("encoded");
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString("utf8"))));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
const calls: Record<string, () => Promise<{ TotalCount?: unknown }>> = {
  ours: () => ours.describeHpcClusters({ PageSize: 10 }),
  oursFetch: () => oursFetch.describeHpcClusters({ PageSize: 10 }),
  http: () => bareHttp(),
  httpHeaders: () => bareHttp(true),
  fetch: async () => (await fetch(url, { method: "POST" })).json() as Promise<{ TotalCount?: unknown }>,
};
const call = calls[side];
if (!call) throw new Error(`unknown side ${side}`);
const loop = async (ms: number) => {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < ms) {
    const got = await call();
    if (got.TotalCount !== FIXED_RESPONSE.TotalCount) throw new Error("wrong TotalCount");
    n++;
  }
  const cpu = process.cpuUsage(cpu0);
  return { n, rps: n / ((performance.now() - start) / 1000), cpu: (cpu.user + cpu.system) / n };
};
await loop(500);
const r = await loop(seconds * 1000);
console.log(`${side}: ${r.n} calls, ${r.rps.toFixed(0)}/s, ${r.cpu.toFixed(1)} µs CPU/call`);
await server.stop();
