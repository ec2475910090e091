import { describe, expect, it } from "vitest";
import { DEFAULT_CONCURRENCY, iterateHpcClusters, paginateDescribeHpcClusters } from "../src/index.ts";
import { clusters, deferred, fakeEcs, flush, ids, random, sleep } from "./fake-ecs.ts";

describe("parallel fetching", () => {
  it.each([1, 2, 3])(
    "yields every item once, in order, with concurrency 8 and random latencies (seed %i)",
    async (seed) => {
      const rand = random(seed);
      const fake = fakeEcs({ items: 2537, latency: () => Math.floor(rand() * 4) });
      const seen: string[] = [];
      for await (const cluster of iterateHpcClusters(fake.client, {}, { pageSize: 37, concurrency: 8 }))
        seen.push(cluster.HpcClusterId);
      expect(seen).toEqual(ids(clusters(2537)));
      expect(new Set(fake.pages()).size).toBe(fake.calls.length); // no page requested twice
      expect(fake.calls).toHaveLength(Math.ceil(2537 / 37));
      expect(fake.stats.maxInFlight).toBeLessThanOrEqual(8);
      expect(fake.stats.maxInFlight).toBeGreaterThan(1);
    },
  );

  it("requests the first page alone, then fills the window from its TotalCount", async () => {
    const gates = new Map<number, ReturnType<typeof deferred<void>>>();
    const gate = (page: number) => gates.get(page) ?? gates.set(page, deferred()).get(page)!;
    const fake = fakeEcs({ items: 1000, latency: (call) => gate(call.page).promise });
    const pages = paginateDescribeHpcClusters(fake.client, {}, { concurrency: 3, speculate: false });
    const first = pages.next();
    await flush();
    expect(fake.pages()).toEqual([1]);
    gate(1).resolve();
    const page1 = await first;
    expect(page1.value?.pageNumber).toBe(1);
    // While the consumer holds page 1: pages 2..4 are in flight, no more.
    await flush();
    expect(fake.pages()).toEqual([1, 2, 3, 4]);
    gate(3).resolve();
    gate(4).resolve();
    await flush();
    expect(fake.pages()).toEqual([1, 2, 3, 4]); // 3 and 4 are buffered: the window is still full
    gate(2).resolve();
    expect((await pages.next()).value?.pageNumber).toBe(2);
    await flush();
    expect(fake.pages()).toEqual([1, 2, 3, 4, 5]);
    await pages.return();
    expect(fake.calls.find((c) => c.page === 5)?.outcome).toBe("aborted");
  });

  it(`defaults to ${DEFAULT_CONCURRENCY} pages at once`, async () => {
    const fake = fakeEcs({ items: 3000, latency: () => 1 });
    for await (const _ of iterateHpcClusters(fake.client, {})) void _;
    expect(fake.stats.maxInFlight).toBe(DEFAULT_CONCURRENCY);
  });

  it("concurrency 1 is strictly sequential: one request at a time, in page order", async () => {
    const rand = random(7);
    const fake = fakeEcs({ items: 1234, latency: () => Math.floor(rand() * 3) });
    const seen = ids(await collect(iterateHpcClusters(fake.client, {}, { pageSize: 50, concurrency: 1 })));
    expect(seen).toEqual(ids(clusters(1234)));
    expect(fake.pages()).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(fake.calls.every((c) => c.inFlightAtStart === 1)).toBe(true);
    expect(fake.stats.maxInFlight).toBe(1);
  });

  it("a sliding window, not waves: page p + concurrency is requested before page p reaches the consumer", async () => {
    const gates = new Map<number, ReturnType<typeof deferred<void>>>();
    const gate = (page: number) => gates.get(page) ?? gates.set(page, deferred()).get(page)!;
    const fake = fakeEcs({ items: 10 * 25, latency: (call) => gate(call.page).promise });
    const pages = paginateDescribeHpcClusters(fake.client, {}, { pageSize: 25, concurrency: 3 });
    for (let p = 1; p <= 10; p++) {
      const next = pages.next();
      gate(p).resolve(); // one answer at a time, in page order: a wave-based paginator would wait for 3
      expect((await next).value?.pageNumber).toBe(p);
      // No flush: already requested when the consumer holds page p.
      expect(fake.pages()).toEqual(Array.from({ length: Math.min(10, p + 3) }, (_, i) => i + 1));
    }
    expect((await pages.next()).done).toBe(true);
    // Never throttled: after the first wave, every call starts with the window full.
    expect(fake.calls.map((c) => c.inFlightAtStart)).toEqual([1, 2, 3, 3, 3, 3, 3, 3, 3, 3]);
  });

  it("a slow consumer holds back the requests: never more than `concurrency` pages in flight or buffered", async () => {
    const rand = random(11);
    const fake = fakeEcs({ items: 40 * 25, latency: () => Math.floor(rand() * 2) });
    let furthestAhead = 0;
    for await (const page of paginateDescribeHpcClusters(fake.client, {}, { pageSize: 25, concurrency: 3 })) {
      // Pages requested beyond the one the consumer holds: in flight or buffered.
      const ahead = fake.pages().filter((p) => p > page.pageNumber).length;
      furthestAhead = Math.max(furthestAhead, ahead);
      expect(ahead).toBeLessThanOrEqual(3);
      await sleep(2); // slow consumer
      expect(fake.pages().filter((p) => p > page.pageNumber).length).toBeLessThanOrEqual(3);
    }
    expect(furthestAhead).toBe(3);
    expect(fake.stats.maxInFlight).toBeLessThanOrEqual(3);
    expect(fake.calls).toHaveLength(40);
  });

  it("does not start pages beyond a page known to have failed", async () => {
    const gate = deferred();
    const fake = fakeEcs({
      items: 1000,
      latency: (call) => (call.page === 2 ? gate.promise : 0),
      fail: (call) => (call.page === 3 ? new Error("page 3 down") : undefined),
    });
    const pages = paginateDescribeHpcClusters(fake.client, {}, { concurrency: 4 });
    await pages.next();
    await sleep(5);
    expect(fake.pages().sort()).toEqual([1, 2, 3, 4, 5]);
    gate.resolve();
    expect((await pages.next()).value?.pageNumber).toBe(2);
    await expect(pages.next()).rejects.toMatchObject({ page: 3 });
    expect(Math.max(...fake.pages())).toBe(5);
  });
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const value of iterable) all.push(value);
  return all;
}
