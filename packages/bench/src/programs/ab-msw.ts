// Same-run A/B of two builds of the msw package in process: `node src/programs/ab-msw.ts <old msw
// dir> [rounds] [windowMs]`, where <old msw dir> holds a copy of an older `packages/msw/dist`
// inside packages/msw (so that its imports resolve), e.g. `cp -r ../msw/dist ../msw/dist-old`
// before the change, then `../msw/dist-old`. Today's client on the default transport lists the
// same 100-cluster page through `setupServer` with each build's `createHpcHandlers`, alternating.
import { createEcsClient } from "@ecs-hpc/core";
import * as today from "@ecs-hpc/msw";
import { setupServer } from "msw/node";
import { REGION_ID } from "../fixtures.ts";
import { median } from "../stats.ts";

const [oldDir, roundsArg, windowArg] = process.argv.slice(2);
if (!oldDir) throw new Error("usage: ab-msw.ts <old msw dir> [rounds] [windowMs]");
const rounds = Number(roundsArg ?? 16);
const windowMs = Number(windowArg ?? 250);
const before = (await import(new URL(`${oldDir}/index.js`, new URL(`file://${process.cwd()}/`)).href)) as typeof today;
const client = createEcsClient({ credentials: today.mockCredentials, regionId: REGION_ID, retry: false });
const input = { RegionId: REGION_ID, PageSize: 100, PageNumber: 1 };
const handlers = {
  old: before.createHpcHandlers({ store: before.createHpcStore({ clusters: 10_000 }) }),
  new: today.createHpcHandlers({ store: today.createHpcStore({ clusters: 10_000 }) }),
};
const server = setupServer();
server.listen({ onUnhandledFrame: "error" });
/** ms per page over one window of `ms` with that build's handlers installed. */
const window = async (side: keyof typeof handlers, ms: number) => {
  server.resetHandlers(...handlers[side]);
  const start = performance.now();
  let pages = 0;
  while (performance.now() - start < ms) {
    if ((await client.describeHpcClusters(input)).HpcClusters.HpcCluster.length !== 100) throw new Error("short page");
    pages++;
  }
  return (performance.now() - start) / pages;
};
await window("old", 500);
await window("new", 500);
const ratios: number[] = [];
for (let r = 0; r < rounds; r++) {
  const [first, second] = r % 2 ? (["old", "new"] as const) : (["new", "old"] as const);
  const a = await window(first, windowMs);
  const b = await window(second, windowMs);
  ratios.push(first === "new" ? a / b : b / a);
}
console.log(`new/old ms per page: median ${median(ratios).toFixed(3)}x over ${rounds} paired rounds`);
server.close();
