// The speculative first wave: pages startPage..startPage+concurrency-1 are requested at once,
// before any TotalCount is known; those past the end are dropped. Every other guarantee holds.
import { describe, expect, it } from "vitest";
import { collectHpcClusters, iterateHpcClusters, paginateDescribeHpcClusters } from "../src/index.ts";
import { clusters, deferred, fakeEcs, flush, ids, serviceError } from "./fake-ecs.ts";

describe("speculative first wave", () => {
  it("requests the first `concurrency` pages at once, then keeps the window full", async () => {
    const gates = new Map<number, ReturnType<typeof deferred<void>>>();
    const gate = (page: number) => gates.get(page) ?? gates.set(page, deferred()).get(page)!;
    const fake = fakeEcs({ items: 1000, latency: (call) => gate(call.page).promise });
    const pages = paginateDescribeHpcClusters(fake.client, {}, { concurrency: 3 });
    const first = pages.next();
    await flush();
    expect(fake.pages()).toEqual([1, 2, 3]); // before any answer
    expect(fake.calls.every((c) => c.pageSize === 100)).toBe(true);
    gate(2).resolve();
    gate(3).resolve();
    await flush();
    expect(fake.pages()).toEqual([1, 2, 3]); // 2 and 3 are buffered: the window is full until page 1 is handed over
    gate(1).resolve();
    expect((await first).value?.pageNumber).toBe(1);
    await flush();
    expect(fake.pages()).toEqual([1, 2, 3, 4]);
    await pages.return();
  });

  it("pages past the end are dropped: the same items as without speculation", async () => {
    for (const count of [0, 1, 150, 250]) {
      const fake = fakeEcs({ items: count });
      expect(ids(await collectHpcClusters(fake.client, {}, { concurrency: 8 }))).toEqual(ids(clusters(count)));
      expect(fake.pages().sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    }
  });

  it("a page past the end that answers first does not end the listing early or add anything", async () => {
    const fake = fakeEcs({ items: 250, latency: (call) => (call.page >= 4 ? 0 : 5 * call.page) });
    const pages = [];
    for await (const page of paginateDescribeHpcClusters(fake.client, {}, { concurrency: 6 }))
      pages.push([page.pageNumber, page.items.length]);
    expect(pages).toEqual([
      [1, 100],
      [2, 100],
      [3, 50],
    ]);
  });

  it("a failure on a page past the end is never surfaced", async () => {
    const fake = fakeEcs({
      items: 150,
      fail: (call) => (call.page >= 3 ? serviceError("InvalidRegionId.NotFound") : undefined),
    });
    expect(ids(await collectHpcClusters(fake.client, {}, { concurrency: 5 }))).toEqual(ids(clusters(150)));
  });

  it("a failure inside the listing still surfaces in page order", async () => {
    const fake = fakeEcs({
      items: 1000,
      latency: (call) => (call.page === 1 ? 10 : 0),
      fail: (call) => (call.page === 3 ? serviceError("InvalidRegionId.NotFound") : undefined),
    });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const c of iterateHpcClusters(fake.client, {}, { concurrency: 4 })) seen.push(c.HpcClusterId);
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ page: 3 });
    expect(seen).toEqual(ids(clusters(200)));
    expect(fake.stats.inFlight).toBe(0);
  });

  it("respects maxItems and maxPages: no speculative page that cannot be needed", async () => {
    const items = fakeEcs({ items: 1000 });
    await collectHpcClusters(items.client, {}, { maxItems: 150, concurrency: 8 });
    expect(items.pages().sort()).toEqual([1, 2]);
    const pages = fakeEcs({ items: 1000 });
    await collectHpcClusters(pages.client, {}, { maxPages: 3, concurrency: 8 });
    expect(pages.pages().sort()).toEqual([1, 2, 3]);
  });

  it("with the data growing, continues past the first wave and past the first TotalCount", async () => {
    const fake = fakeEcs({
      items: 250,
      beforeRespond: (call, store) => void (call.page === 2 && store.push(...clusters(300, 250))),
    });
    expect(ids(await collectHpcClusters(fake.client, {}, { concurrency: 2, speculate: true }))).toEqual(
      ids(clusters(550)),
    );
  });
});
