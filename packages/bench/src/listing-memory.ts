// Peak client memory of a listing with a slow consumer: does the paginator's heap grow with the
// number of pages? Ours only (`@ecs-hpc/paginate`), at 20 pages (2,000 clusters) and 100 pages
// (10,000), against the msw package's mock service with no latency. Every measurement is a fresh
// `node --expose-gc` process running src/programs/listing-memory-client.ts (so heaps never mix),
// and each size has its own mock server in yet another process (the server holds all the
// clusters; only the client's heap is measured). `collectItems`, which must hold every
// item, is measured the same way for contrast.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { mockCredentials } from "@ecs-hpc/msw";
import type { BenchResult, Row } from "./report.ts";
import { spawnServer, type ServerHandle } from "./servers/spawn-server.ts";
import { fmt, fmtRatio, fmtSummary, summarize, type Summary } from "./stats.ts";

const PAGE_SIZE = 100; // Also fixed in the client program, with concurrency 8.
const CONCURRENCY = 8;
const SIZES = [2_000, 10_000] as const;
const PAGE_DELAY_MS = 5;
const ROUNDS = 4;
const MIN_ROUNDS = 2;
const TIME_BUDGET_MS = 35_000;
const RUN_TIMEOUT_MS = 30_000;
const MIB = 2 ** 20;
const CLIENT = fileURLToPath(new URL("./programs/listing-memory-client.ts", import.meta.url));
const CWD = fileURLToPath(new URL("..", import.meta.url));

type Mode = "iterate" | "collect";
type Size = (typeof SIZES)[number];

interface Sample {
  readonly baseline: number;
  readonly peak: number;
  readonly samples: number;
  readonly requests: number;
  readonly ms: number;
  readonly gcMs: number;
  readonly maxAhead?: number;
  readonly maxBuffered?: number;
  readonly meanBuffered?: number;
  readonly fullWindow?: number;
  readonly boundaries?: number;
}

function runClient(mode: Mode, clusters: Size, port: number): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const env = {
      ...process.env,
      ECS_BENCH_HOST: `127.0.0.1:${port}`,
      ECS_BENCH_AK: mockCredentials.accessKeyId,
      ECS_BENCH_SK: mockCredentials.accessKeySecret,
    };
    const child = spawn(process.execPath, ["--expose-gc", CLIENT, mode, String(clusters), String(PAGE_DELAY_MS)], {
      cwd: CWD,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), RUN_TIMEOUT_MS);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      const what = `listing-memory ${mode} ${clusters}`;
      if (code !== 0)
        return reject(
          new Error(
            `${what}: exit ${code ?? signal}${signal === "SIGKILL" ? ` (over ${RUN_TIMEOUT_MS} ms)` : ""}: ${err.slice(0, 500)}`,
          ),
        );
      let parsed: Sample & { items: number };
      try {
        parsed = JSON.parse(out.trim().split("\n").pop() ?? "") as Sample & { items: number };
      } catch {
        return reject(new Error(`${what}: unexpected output ${JSON.stringify(out.slice(0, 500))}`));
      }
      const pages = Math.ceil(clusters / PAGE_SIZE);
      if (parsed.items !== clusters)
        return reject(new Error(`${what}: listed ${parsed.items} clusters, expected ${clusters}`));
      if (parsed.requests !== pages)
        return reject(new Error(`${what}: made ${parsed.requests} requests, expected ${pages}`));
      resolve(parsed);
    });
  });
}

export async function runListingMemory(): Promise<BenchResult> {
  const servers: ServerHandle[] = [];
  try {
    const ports = new Map<Size, number>();
    for (const size of SIZES) {
      const server = await spawnServer(new URL("./servers/mock-server.ts", import.meta.url), [String(size), "0"]);
      servers.push(server);
      ports.set(size, server.port);
    }
    const configs = (["iterate", "collect"] as const).flatMap((mode) =>
      SIZES.map((size) => ({ mode, size, key: `${mode}@${size}` })),
    );
    const samples = new Map<string, Sample[]>(configs.map((c) => [c.key, []]));
    const started = performance.now();
    let rounds = 0;
    while (rounds < ROUNDS && (rounds < MIN_ROUNDS || performance.now() - started < TIME_BUDGET_MS)) {
      for (let i = 0; i < configs.length; i++) {
        const config = configs[(rounds + i) % configs.length] as (typeof configs)[number];
        samples.get(config.key)?.push(await runClient(config.mode, config.size, ports.get(config.size) as number));
      }
      rounds += 1;
    }

    const [small, large] = SIZES;
    const of = (mode: Mode, size: Size) => samples.get(`${mode}@${size}`) ?? [];
    const peak = (mode: Mode, size: Size): Summary => summarize(of(mode, size).map((s) => s.peak / MIB));
    const base = (mode: Mode, size: Size): Summary => summarize(of(mode, size).map((s) => s.baseline / MIB));
    const growth = (mode: Mode, size: Size): Summary =>
      summarize(of(mode, size).map((s) => (s.peak - s.baseline) / MIB));
    const pagesOf = (size: Size) => Math.ceil(size / PAGE_SIZE);
    const label = (size: Size) => `${pagesOf(size)} pages (${size.toLocaleString("en-US")} clusters)`;
    const it = { small: peak("iterate", small), large: peak("iterate", large) };
    const itGrowth = { small: growth("iterate", small), large: growth("iterate", large) };
    const co = { small: peak("collect", small), large: peak("collect", large) };
    const coGrowth = { small: growth("collect", small), large: growth("collect", large) };
    const ratio = it.large.median / it.small.median;
    const perItem = (s: { small: Summary; large: Summary }) =>
      ((s.large.median - s.small.median) * MIB) / (large - small);

    const rows: Row[] = [
      {
        figure: `peak client heap (after gc), slow consumer (${PAGE_DELAY_MS} ms/page): iterateItems concurrency ${CONCURRENCY}, PageSize ${PAGE_SIZE}, ${label(large)} vs ${label(small)} (theirs = ${pagesOf(small)} pages)`,
        ours: fmtSummary(it.large, "MiB"),
        theirs: fmtSummary(it.small, "MiB"),
        ratio: fmtRatio(ratio),
        target: "<= 1.5x (does not grow with pages)",
        pass: ratio <= 1.5,
      },
      {
        figure: `same listing, heap above the pre-listing baseline (the listing's own memory: buffered pages + the paginator's id set) (theirs = ${pagesOf(small)} pages)`,
        ours: fmtSummary(itGrowth.large, "MiB"),
        theirs: fmtSummary(itGrowth.small, "MiB"),
        ratio: fmtRatio(itGrowth.large.median / itGrowth.small.median),
        target: "—",
        pass: undefined,
      },
      {
        figure: `contrast: collectItems concurrency ${CONCURRENCY} (holds every item), peak client heap, ${pagesOf(large)} vs ${pagesOf(small)} pages (theirs = ${pagesOf(small)} pages)`,
        ours: fmtSummary(co.large, "MiB"),
        theirs: fmtSummary(co.small, "MiB"),
        ratio: fmtRatio(co.large.median / co.small.median),
        target: "—",
        pass: undefined,
      },
    ];

    const list = (mode: Mode, size: Size, pick: (s: Sample) => number) =>
      of(mode, size)
        .map((s) => fmt(pick(s)))
        .join(", ");
    const window = (size: Size) => {
      const s = of("iterate", size);
      return `${pagesOf(size)} pages: at most ${Math.max(...s.map((x) => x.maxAhead ?? 0))} pages requested ahead of the page being consumed, window full (requests) at ${s.map((x) => `${x.fullWindow}/${x.boundaries}`).join(", ")} page boundaries, pages buffered after the delay max ${Math.max(...s.map((x) => x.maxBuffered ?? 0))}, mean ${s.map((x) => fmt(x.meanBuffered ?? 0)).join(", ")}`;
    };
    const notes = [
      `Each measurement is a fresh \`node --expose-gc src/programs/listing-memory-client.ts <iterate|collect> <clusters>\` (heaps never mix). It lists a \`startMockServer({ store: { clusters }, credentials: [mockCredentials] })\` (no faults) from @ecs-hpc/msw/server that runs in its own child process (one server per size, so the server's copy of the clusters is never in the measured heap), with \`{ concurrency: ${CONCURRENCY}, pageSize: ${PAGE_SIZE} }\`, client \`retry: false\`, V3 signatures verified. Each child first lists 2 pages untimed (JIT, connection pool), runs \`gc()\` twice and records the baseline heap, then does the measured listing, which must yield every cluster with one request per page.`,
      `Heap = \`process.memoryUsage().heapUsed\` right after a full \`gc()\`, i.e. live objects only; the peak is the largest such sample. iterate: the consumer touches each item, keeps nothing, and after each page's ${PAGE_SIZE} items sleeps ${PAGE_DELAY_MS} ms (the fetcher runs ahead meanwhile), then samples, so every sample sees the pages the paginator has buffered by then. collect: a sample when each page's response has arrived (inside a wrapper around describeHpcClusters) and one at the end with the whole result still held. One sample per page either way, plus one at the end.`,
      `Did the fetcher run ahead as far as it may? ${window(small)}; ${window(large)}. (Fewer are buffered on average at 20 pages because the last ${CONCURRENCY} page boundaries of any listing have fewer pages left.)`,
      `Baseline heap before the listing (MiB): iterate ${fmtSummary(base("iterate", small))} / ${fmtSummary(base("iterate", large))}, collect ${fmtSummary(base("collect", small))} / ${fmtSummary(base("collect", large))} (${pagesOf(small)} / ${pagesOf(large)} pages). It is most of every peak, which is why the contrast ratio of absolute peaks is modest; the rows above the baseline show the growth itself.`,
      `Growth from ${pagesOf(small)} to ${pagesOf(large)} pages, per extra item (difference of median peaks / ${(large - small).toLocaleString("en-US")}): iterate ${fmt(perItem(it))} B/item, collect ${fmt(perItem(co))} B/item. Above the baseline: iterate ${fmtSummary(itGrowth.small, "MiB")} → ${fmtSummary(itGrowth.large, "MiB")}; collect ${fmtSummary(coGrowth.small, "MiB")} → ${fmtSummary(coGrowth.large, "MiB")}. Most of iterate's growth is the one piece of per-item state the paginator keeps by design, its set of yielded HpcClusterIds (deduplication; the paginate README: "The ids of the listing are kept in memory until it ends"; see this package's README for a one-off check with it patched out): its heap is not strictly flat in the number of items, only much flatter than holding them.`,
      `${rounds} rounds, the four (side, size) runs rotated every round; bounded by ${ROUNDS} rounds and a ${TIME_BUDGET_MS / 1000} s budget (at least ${MIN_ROUNDS} rounds).`,
      `Peak MiB per run — iterate ${pagesOf(small)}: ${list("iterate", small, (s) => s.peak / MIB)}; iterate ${pagesOf(large)}: ${list("iterate", large, (s) => s.peak / MIB)}; collect ${pagesOf(small)}: ${list("collect", small, (s) => s.peak / MIB)}; collect ${pagesOf(large)}: ${list("collect", large, (s) => s.peak / MIB)}.`,
      `Listing ms per run, of which gc() ms (the sampling dominates; these are not speed figures) — iterate ${pagesOf(large)}: ${of(
        "iterate",
        large,
      )
        .map((s) => `${fmt(s.ms)} (${fmt(s.gcMs)})`)
        .join(", ")}; collect ${pagesOf(large)}: ${of("collect", large)
        .map((s) => `${fmt(s.ms)} (${fmt(s.gcMs)})`)
        .join(", ")}.`,
    ];
    return {
      name: "listing-memory",
      title: `peak client heap listing ${pagesOf(small)} vs ${pagesOf(large)} pages with a slow consumer (msw mock server, no latency)`,
      rows,
      notes,
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}
