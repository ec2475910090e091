// A driver to profile one side of the `requests` bench: sequential DescribeHpcClusters calls
// against the fixed-JSON server in a child process, for `--cpu-prof` or a quick CPU-per-call
// figure. `node [--cpu-prof] src/programs/profile-requests.ts [side] [seconds]`, side one of
// ours, oursFetch, http, httpHeaders (a bare request that also reads `res.headers`), fetch.
// On a shared machine one run's figure moves by ±30%: compare sides with the bench itself
// (alternating windows), and read a profile's self times as shares, not microseconds.
import { createEcsClient, fetchHandler } from "@ecs-hpc/core";
import { BENCH_CREDENTIALS, FIXED_RESPONSE, REGION_ID } from "../fixtures.ts";
import { bareHttpPost } from "../bare-node-http.ts";
import { measureWindow } from "../measure-window.ts";
import { spawnServer } from "../servers/spawn-server.ts";

const side = process.argv[2] ?? "ours";
const seconds = Number(process.argv[3] ?? 5);
const server = await spawnServer(new URL("../servers/fixed-json-server.ts", import.meta.url));
const endpoint = `http://127.0.0.1:${server.port}`;
const url = `${endpoint}/?ClientToken=0c593ea1-3bea-11e9-b96b-88e9fe637760&PageSize=10&RegionId=${REGION_ID}`;
const common = { endpoint, credentials: BENCH_CREDENTIALS, regionId: REGION_ID, retry: false } as const;
const ours = createEcsClient(common);
const oursFetch = createEcsClient({ ...common, requestHandler: fetchHandler() });

const calls: Record<string, () => Promise<{ TotalCount?: unknown }>> = {
  ours: () => ours.describeHpcClusters({ PageSize: 10 }),
  oursFetch: () => oursFetch.describeHpcClusters({ PageSize: 10 }),
  http: () => bareHttpPost(url),
  httpHeaders: () => bareHttpPost(url, true),
  fetch: async () => (await fetch(url, { method: "POST" })).json() as Promise<{ TotalCount?: unknown }>,
};
const call = calls[side];
if (!call) throw new Error(`unknown side ${side}`);
const loop = (ms: number) =>
  measureWindow(async () => {
    if ((await call()).TotalCount !== FIXED_RESPONSE.TotalCount) throw new Error("wrong TotalCount");
  }, ms);
await loop(500);
const r = await loop(seconds * 1000);
console.log(
  `${side}: ${r.calls} calls, ${r.callsPerSecond.toFixed(0)}/s, ${r.cpuMicrosPerCall.toFixed(1)} µs CPU/call`,
);
await server.stop();
