// The client side of the listing-memory benchmark, one measurement per process (so heaps do not
// mix): `node --expose-gc listing-memory-client.ts <iterate|collect> <clusters> <pageDelayMs>`
// lists every cluster of the mock server at ECS_BENCH_HOST (signing with ECS_BENCH_AK /
// ECS_BENCH_SK), with concurrency 8 and PageSize 100, and prints one JSON line: the heap before
// the listing and its peak during it, both `process.memoryUsage().heapUsed` right after a full
// `gc()`, so they count what is live, not garbage that a collection has not reached yet.
//
// - iterate: `iterateItems` consumed by a slow consumer (a `pageDelayMs` sleep after each
//   page's worth of items), so the paginator runs ahead as far as `concurrency` lets it.
// - collect: `collectItems`, which has to hold every item (the contrast).
//
// Samples are taken when each page's response has arrived (in a wrapper around the client's
// describeHpcClusters, so the response is live), after each page's items have been consumed
// (iterate), and at the end with the result still held. Only the client lives in this process:
// the mock server, which holds all the clusters, runs in its own.
import { setTimeout as sleep } from "node:timers/promises";
import { createEcsClient } from "@ecs-hpc/core";
import type { DescribeHpcClustersOperation } from "@ecs-hpc/core/operations/describe-hpc-clusters";
import { DescribeHpcClusters } from "@ecs-hpc/core/operations/describe-hpc-clusters";
import { collectItems, iterateItems, type MethodClient } from "@ecs-hpc/paginate";

const CONCURRENCY = 8;
const PAGE_SIZE = 100;
const WARM_UP_ITEMS = 2 * PAGE_SIZE;

const mode = process.argv[2];
const clusters = Number(process.argv[3]);
const pageDelayMs = Number(process.argv[4] ?? 2);
if ((mode !== "iterate" && mode !== "collect") || !Number.isInteger(clusters) || clusters <= 0) {
  console.error("usage: node --expose-gc listing-memory-client.ts <iterate|collect> <clusters> [pageDelayMs]");
  process.exit(2);
}
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error("listing-memory-client: run with --expose-gc");
  process.exit(2);
}

const client = createEcsClient({
  endpoint: `http://${process.env.ECS_BENCH_HOST ?? "127.0.0.1:8080"}`,
  regionId: "cn-hangzhou",
  credentials: { accessKeyId: process.env.ECS_BENCH_AK ?? "ak", accessKeySecret: process.env.ECS_BENCH_SK ?? "sk" },
  retry: false,
});

let peak = 0;
let samples = 0;
let gcMs = 0;
let measuring = false;
const sample = (): void => {
  if (!measuring) return;
  const t = performance.now();
  gc();
  gcMs += performance.now() - t;
  const used = process.memoryUsage().heapUsed;
  if (used > peak) peak = used;
  samples += 1;
};

/**
 * Requests started and pages handed to the consumer (iterate). At each page boundary of the
 * consumer, `started - handed` is how many pages were requested ahead of the page it just
 * finished; `fullWindow` counts the boundaries where that was all the paginator may request
 * (`concurrency`, or the pages left).
 */
let started = 0;
let arrived = 0;
let handed = 0;
let maxAhead = 0;
let boundaries = 0;
let fullWindow = 0;
let maxBuffered = 0;
let bufferedSum = 0;
const counting: MethodClient<DescribeHpcClustersOperation> = {
  describeHpcClusters: async (input, options) => {
    started += 1;
    const response = await client.describeHpcClusters(input, options);
    arrived += 1;
    if (mode === "collect") sample();
    return response;
  },
};

async function listOnce(maxItems?: number): Promise<number> {
  started = 0;
  arrived = 0;
  handed = 0;
  maxAhead = 0;
  boundaries = 0;
  fullWindow = 0;
  maxBuffered = 0;
  bufferedSum = 0;
  const options = { concurrency: CONCURRENCY, pageSize: PAGE_SIZE, ...(maxItems !== undefined ? { maxItems } : {}) };
  if (mode === "collect") {
    const all = await collectItems(counting, DescribeHpcClusters, { RegionId: "cn-hangzhou" }, options);
    sample(); // The whole result is still held here: collect's peak.
    return all.length;
  }
  let count = 0;
  let idChars = 0;
  for await (const cluster of iterateItems(counting, DescribeHpcClusters, { RegionId: "cn-hangzhou" }, options)) {
    if (count % PAGE_SIZE === 0) handed += 1;
    idChars += String(cluster.HpcClusterId).length; // Touch the item; keep nothing.
    count += 1;
    if (count % PAGE_SIZE === 0) {
      const ahead = started - handed;
      maxAhead = Math.max(maxAhead, ahead);
      boundaries += 1;
      if (ahead === Math.min(CONCURRENCY, Math.ceil((maxItems ?? clusters) / PAGE_SIZE) - handed)) fullWindow += 1;
      await sleep(pageDelayMs);
      // After the delay: the pages that arrived meanwhile are buffered in the paginator.
      const buffered = arrived - handed;
      maxBuffered = Math.max(maxBuffered, buffered);
      bufferedSum += buffered;
      sample();
    }
  }
  sample();
  if (idChars === 0) throw new Error("no ids");
  return count;
}

// Warm-up (JIT, the client's connection pool, the paginator's code), then the baseline.
await listOnce(WARM_UP_ITEMS);
gc();
gc();
const baseline = process.memoryUsage().heapUsed;

measuring = true;
peak = baseline;
const t0 = performance.now();
const items = await listOnce();
const ms = performance.now() - t0;
measuring = false;

if (items !== clusters) {
  console.error(`listing-memory-client: listed ${items} clusters, expected ${clusters}`);
  process.exit(1);
}
console.log(
  JSON.stringify({
    mode,
    clusters,
    items,
    baseline,
    peak,
    samples,
    requests: started,
    ...(mode === "iterate"
      ? { maxAhead, fullWindow, boundaries, maxBuffered, meanBuffered: bufferedSum / Math.max(1, boundaries) }
      : {}),
    gcMs,
    ms,
  }),
);
