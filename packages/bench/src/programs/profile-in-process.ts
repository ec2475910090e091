// A driver to profile one side of the `in-process` bench: sequential 100-cluster pages through
// `setupServer(...createHpcHandlers())` in this process, for `--cpu-prof` or a quick ms-per-page
// figure. `node [--cpu-prof] src/programs/profile-in-process.ts [side] [pages]`, side one of
// mock, mockFetch (the mock through `fetchHandler()`), bare, bareFetch (a bare msw handler
// answering the same JSON). With `--baseline`, core and msw are the baseline commit's build
// (see baseline-build.ts; msw's setupServer stays the bench's). Compare sides with the bench itself (alternating windows); read a
// profile's self times as shares, not microseconds.
import * as oursCore from "@ecs-hpc/core";
import * as oursMsw from "@ecs-hpc/msw";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { buildBaseline } from "../baseline-build.ts";
import { REGION_ID } from "../fixtures.ts";
import { firstPage } from "../first-page.ts";

const baseline = process.argv.includes("--baseline") ? buildBaseline("01294b8") : undefined;
const { createEcsClient, fetchHandler } = baseline ? await baseline.load<typeof oursCore>("core") : oursCore;
const { createHpcHandlers, createHpcStore, mockCredentials } = baseline
  ? await baseline.load<typeof oursMsw>("msw")
  : oursMsw;

const [side = "mockFetch", pagesArg = "2000"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const pages = Number(pagesArg);
const store = createHpcStore({ clusters: 10_000 });
const input = { RegionId: REGION_ID, PageSize: 100, PageNumber: 1 };
const common = { credentials: mockCredentials, regionId: REGION_ID, retry: false } as const;
const client = side.endsWith("Fetch")
  ? createEcsClient({ ...common, requestHandler: fetchHandler() })
  : createEcsClient(common);
const samePage = firstPage(10_000, 100);
const handlers = side.startsWith("bare")
  ? [http.all("*", () => HttpResponse.json(samePage))]
  : createHpcHandlers({ store });
const server = setupServer(...handlers);
server.listen({ onUnhandledFrame: "error" });
for (let i = 0; i < 200; i++) await client.describeHpcClusters(input);
const start = performance.now();
for (let i = 0; i < pages; i++) {
  const page = await client.describeHpcClusters(input);
  if (page.HpcClusters.HpcCluster.length !== 100) throw new Error("short page");
}
const elapsed = performance.now() - start;
console.log(`${baseline ? "baseline " : ""}${side}: ${(elapsed / pages).toFixed(3)} ms per page over ${pages} pages`);
server.close();
