// Listing 10,000 clusters with 25 ms of latency per request, against the msw package's mock
// service in a child process: ours through `@ecs-hpc/paginate` (`iterateItems`) at
// concurrency 1 and 8, theirs with a sequential PageNumber loop over the official client, all
// at PageSize 100. The floor for any client that waits for page 1 (to learn TotalCount) and then
// keeps 8 pages in flight is 25 ms x (1 + ceil((pages - 1) / 8)); with the speculative first wave
// (pages 1..8 at once, our default) it is 25 ms x ceil(pages / 8). Both are measured, and so is
// a bare loop of 8 workers over the same client (no order, no memory bound, no dedupe, no
// retries): what of the gap to the bound is the paginator's and what is the client's and the mock's.
import { createEcsClient } from "@ecs-hpc/core";
import { mockCredentials } from "@ecs-hpc/msw";
import { DescribeHpcClusters } from "@ecs-hpc/core/operations/describe-hpc-clusters";
import { iterateItems } from "@ecs-hpc/paginate";
import { REGION_ID } from "./fixtures.ts";
import { createOfficialClient, describeRequest, type OfficialClient } from "./official.ts";
import type { BenchResult, Row } from "./report.ts";
import { spawnServer } from "./servers/spawn-server.ts";
import { fmt, fmtRatio, fmtSummary, summarize } from "./stats.ts";

const CLUSTERS = 10_000;
const LATENCY_MS = 25;
const PAGE_SIZE = 100;
const ROUNDS = 4;
const MAX_PAGES = 1_000;
const RUN_TIMEOUT_MS = 60_000;

type Side = "ours@8" | "ours@8 no-spec" | "ours@1" | "8 workers" | "theirs";

async function withTimeout<T>(what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) =>
      (timer = setTimeout(() => reject(new Error(`listing: ${what} took over ${RUN_TIMEOUT_MS} ms`)), RUN_TIMEOUT_MS)),
  );
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function listOurs(
  client: ReturnType<typeof createEcsClient>,
  concurrency: number,
  speculate = true,
): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const cluster of iterateItems(
    client,
    DescribeHpcClusters,
    { RegionId: REGION_ID },
    { concurrency, pageSize: PAGE_SIZE, maxPages: MAX_PAGES, speculate },
  )) {
    ids.add(String(cluster.HpcClusterId));
  }
  return ids;
}

/**
 * The reference for the paginator's own cost: 8 workers, each requesting the next page as soon as
 * its previous one arrived, pages 1..8 before any TotalCount is known and then up to
 * ceil(TotalCount / pageSize), items kept in whatever order the pages arrive.
 */
async function listWithWorkers(client: ReturnType<typeof createEcsClient>, workers: number): Promise<Set<string>> {
  const ids = new Set<string>();
  let nextPage = 1;
  let lastPage = workers;
  const work = async (): Promise<void> => {
    for (let page = nextPage++; page <= Math.min(lastPage, MAX_PAGES); page = nextPage++) {
      const response = await client.describeHpcClusters({ RegionId: REGION_ID, PageNumber: page, PageSize: PAGE_SIZE });
      for (const cluster of response.HpcClusters?.HpcCluster ?? []) ids.add(String(cluster.HpcClusterId));
      lastPage = Math.ceil((response.TotalCount ?? 0) / PAGE_SIZE);
    }
  };
  await Promise.all(Array.from({ length: workers }, work));
  return ids;
}

async function listTheirs(client: OfficialClient): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
    const response = await client.describeHpcClusters(
      describeRequest({ regionId: REGION_ID, pageSize: PAGE_SIZE, pageNumber }),
    );
    const items = response.body?.hpcClusters?.hpcCluster ?? [];
    for (const cluster of items) ids.add(String(cluster.hpcClusterId));
    const total = response.body?.totalCount ?? 0;
    if (items.length === 0 || pageNumber * PAGE_SIZE >= total) break;
  }
  return ids;
}

export async function runListing(): Promise<BenchResult> {
  const server = await spawnServer(new URL("./servers/mock-server.ts", import.meta.url), [
    String(CLUSTERS),
    String(LATENCY_MS),
  ]);
  try {
    const endpoint = `127.0.0.1:${server.port}`;
    const ours = createEcsClient({
      endpoint: `http://${endpoint}`,
      credentials: mockCredentials,
      regionId: REGION_ID,
      retry: false,
    });
    const theirs = createOfficialClient({ endpoint, credentials: mockCredentials, regionId: REGION_ID });
    const sides: Record<Side, () => Promise<Set<string>>> = {
      "ours@8": () => listOurs(ours, 8),
      "ours@8 no-spec": () => listOurs(ours, 8, false),
      "ours@1": () => listOurs(ours, 1),
      "8 workers": () => listWithWorkers(ours, 8),
      theirs: () => listTheirs(theirs),
    };
    const perSide = (): Record<Side, number[]> => ({
      "ours@8": [],
      "ours@8 no-spec": [],
      "ours@1": [],
      "8 workers": [],
      theirs: [],
    });
    const cpuPerPage = perSide();
    const timeOnce = async (side: Side): Promise<number> => {
      const cpu0 = process.cpuUsage();
      const start = performance.now();
      const ids = await withTimeout(side, sides[side]());
      const ms = performance.now() - start;
      const cpu = process.cpuUsage(cpu0);
      cpuPerPage[side].push((cpu.user + cpu.system) / 1000 / Math.ceil(CLUSTERS / PAGE_SIZE));
      if (ids.size !== CLUSTERS)
        throw new Error(`listing: ${side} listed ${ids.size} distinct clusters, expected ${CLUSTERS}`);
      return ms;
    };

    // Warm-up: one listing per side (JIT, connections, the mock's first-page work).
    const names = Object.keys(sides) as Side[];
    for (const side of names) await timeOnce(side);
    for (const side of names) cpuPerPage[side].length = 0;
    const samples = perSide();
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < names.length; i++) {
        const side = names[(round + i) % names.length] as Side;
        samples[side].push(await timeOnce(side));
      }
    }

    const pages = Math.ceil(CLUSTERS / PAGE_SIZE);
    const bound = LATENCY_MS * (1 + Math.ceil((pages - 1) / 8));
    const speculativeBound = LATENCY_MS * Math.ceil(pages / 8);
    const sequentialBound = LATENCY_MS * pages;
    const o8 = summarize(samples["ours@8"]);
    const o8w = summarize(samples["ours@8 no-spec"]);
    const o1 = summarize(samples["ours@1"]);
    const th = summarize(samples.theirs);
    const workers = summarize(samples["8 workers"]);
    const rows: Row[] = [
      {
        figure: `list ${CLUSTERS.toLocaleString("en-US")} clusters, ${LATENCY_MS} ms latency: ours concurrency 8 vs official PageNumber loop`,
        ours: fmtSummary(o8, "ms"),
        theirs: fmtSummary(th, "ms"),
        ratio: `${fmtRatio(o8.median / th.median)} (${fmt(th.median / o8.median)}x faster)`,
        target: "<= 0.167x (>= 6x faster)",
        pass: th.median / o8.median >= 6,
      },
      {
        figure: `ours concurrency 8, speculation off (first page, then waves) vs latency bound 25 ms x (1 + ceil((${pages} - 1) / 8)) (theirs = bound)`,
        ours: fmtSummary(o8w, "ms"),
        theirs: `${bound} ms`,
        ratio: fmtRatio(o8w.median / bound),
        target: "<= 1.3x",
        pass: o8w.median / bound <= 1.3,
      },
      {
        figure: `ours concurrency 8 (speculative first wave, the default) vs speculative bound 25 ms x ceil(${pages} / 8) (theirs = bound)`,
        ours: fmtSummary(o8, "ms"),
        theirs: `${speculativeBound} ms`,
        ratio: fmtRatio(o8.median / speculativeBound),
        target: "<= 1.1x",
        pass: o8.median / speculativeBound <= 1.1,
      },
      {
        figure: `ours concurrency 8 vs a bare loop of 8 workers over the same client (no order, no memory bound, no dedupe): the paginator's share of the gap`,
        ours: fmtSummary(o8, "ms"),
        theirs: fmtSummary(workers, "ms"),
        ratio: fmtRatio(o8.median / workers.median),
        target: "—",
        pass: undefined,
      },
      {
        figure: "ours concurrency 1 vs official PageNumber loop (both sequential)",
        ours: fmtSummary(o1, "ms"),
        theirs: fmtSummary(th, "ms"),
        ratio: fmtRatio(o1.median / th.median),
        target: "—",
        pass: undefined,
      },
    ];
    const list = (side: Side) => samples[side].map((x) => fmt(x)).join(", ");
    const notes = [
      `Server: \`startMockServer({ store: { clusters: ${CLUSTERS} }, credentials: [mockCredentials], faults: { latencyMs: ${LATENCY_MS} } })\` from @ecs-hpc/msw/server in a child process (signatures verified; both clients sign with mockCredentials, V3). ${pages} pages of ${PAGE_SIZE}.`,
      `ours: \`iterateItems(client, DescribeHpcClusters, { RegionId }, { concurrency, pageSize: ${PAGE_SIZE} })\` consumed with for-await; theirs: \`describeHpcClusters(new DescribeHpcClustersRequest({ regionId, pageSize: ${PAGE_SIZE}, pageNumber }))\` for pageNumber = 1, 2, ... until TotalCount is reached. Every run must yield ${CLUSTERS} distinct HpcClusterIds.`,
      `${ROUNDS} runs per side after one warm-up run each, order rotated every round. Sequential floor: ${pages} x ${LATENCY_MS} ms = ${sequentialBound} ms; concurrency-8 floor: ${bound} ms after a lone first page, ${speculativeBound} ms with the speculative first wave (pages 1..8 at once; \`speculate: false\` turns it off).`,
      `ms per run — ours@8: ${list("ours@8")}; ours@8 no-spec: ${list("ours@8 no-spec")}; ours@1: ${list("ours@1")}; 8 workers: ${list("8 workers")}; theirs: ${list("theirs")}.`,
      `Per-page overhead above the latency: ours@1 ${fmt((o1.median - sequentialBound) / pages)} ms/page, theirs ${fmt((th.median - sequentialBound) / pages)} ms/page (client + mock service work + loopback). Client CPU per page (bench process): ours@8 ${fmtSummary(summarize(cpuPerPage["ours@8"]), "ms")}, ours@8 no-spec ${fmtSummary(summarize(cpuPerPage["ours@8 no-spec"]), "ms")}, ours@1 ${fmtSummary(summarize(cpuPerPage["ours@1"]), "ms")}, theirs ${fmtSummary(summarize(cpuPerPage.theirs), "ms")}; the rest of the overhead is the mock service (msw routing, signature check, paging 10,000 clusters), which at concurrency 8 queues on its one thread.`,
      `Where the gap to the speculative bound goes: both ours@8 and the 8 workers keep 8 requests in flight continuously (page p + 8 is requested as soon as page p is handed over, not in waves), so the gap is ${fmt(workers.median - speculativeBound)} ms of per-request cost that every one of the ${Math.ceil(pages / 8)} rounds pays (the client's signing, node:http and JSON work, and the mock's, which injects its latency before the work, so the 8 requests of a round run their work one after another on its one thread) plus ${fmt(o8.median - workers.median)} ms of the paginator's own (order, bounded window, dedupe).`,
    ];
    return {
      name: "listing",
      title: `listing ${CLUSTERS.toLocaleString("en-US")} clusters with ${LATENCY_MS} ms latency (msw mock server)`,
      rows,
      notes,
    };
  } finally {
    await server.stop();
  }
}
