// Data that changes while it is being listed. The guarantees tested here are the ones the README
// states; the "skipped" cases are the documented limits of offset pagination, pinned so that a
// change of behaviour is noticed.
import { describe, expect, it } from "vitest";
import { collectHpcClusters, paginateDescribeHpcClusters, type HpcCluster } from "../src/index.ts";
import { cluster, clusters, fakeEcs, ids, random } from "./fake-ecs.ts";

const pagesOf = async (iterable: ReturnType<typeof paginateDescribeHpcClusters>) => {
  const pages = [];
  for await (const page of iterable) pages.push(page);
  return pages;
};

describe("data shifting during a listing", () => {
  it("inserts before the cursor (TotalCount grows): keeps going past the first page count, every original item exactly once", async () => {
    let next = 100_000;
    const fake = fakeEcs({
      items: 250,
      beforeRespond: (call, store) => {
        if (call.page > 1) store.unshift(...clusters(30, (next += 30)));
      },
    });
    const pages = await pagesOf(paginateDescribeHpcClusters(fake.client, {}, { concurrency: 1 }));
    const seen = pages.flatMap((p) => ids(p.items));
    expect(pages.map((p) => p.totalCount)).toEqual([250, 280, 310, 340]);
    expect(fake.pages()).toEqual([1, 2, 3, 4]); // the first TotalCount said 3 pages
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(ids(clusters(250))); // the new items landed before the cursor: not listed
    expect(pages.map((p) => p.duplicates)).toEqual([0, 30, 30, 30]);
  });

  it("appends (TotalCount grows) with concurrency: every original item once, the listing a prefix of the final data", async () => {
    const rand = random(5);
    let next = 100_000;
    const fake = fakeEcs({
      items: 950,
      latency: () => Math.floor(rand() * 3),
      beforeRespond: (_call, store) => void store.push(...clusters(20, (next += 20))),
    });
    const seen = ids(await collectHpcClusters(fake.client, {}, { concurrency: 4 }));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 950)).toEqual(ids(clusters(950)));
    expect(seen).toEqual(ids(fake.store).slice(0, seen.length));
    expect(seen.length).toBeGreaterThan(950);
    expect(Math.max(...fake.pages())).toBeGreaterThan(10);
  });

  it("deletes before the cursor (TotalCount shrinks): items that slid onto an earlier page are skipped, nothing is repeated, the listing ends", async () => {
    const fake = fakeEcs({
      items: 300,
      beforeRespond: (call, store) => {
        if (call.page === 2) store.splice(0, 50);
      },
    });
    const pages = await pagesOf(paginateDescribeHpcClusters(fake.client, {}, { concurrency: 1 }));
    const seen = pages.flatMap((p) => ids(p.items));
    expect(pages.map((p) => [p.items.length, p.totalCount])).toEqual([
      [100, 300],
      [100, 250],
      [50, 250],
    ]);
    // hpc-000100..149 were present throughout but moved from page 2 to page 1 after page 1 was read.
    expect(seen).toEqual([...ids(clusters(100)), ...ids(clusters(150, 150))]);
  });

  it("deletes after the cursor: every item present for the whole listing is yielded", async () => {
    const fake = fakeEcs({
      items: 500,
      beforeRespond: (call, store) => {
        if (call.page === 2) store.splice(300, 120); // not listed yet
      },
    });
    const seen = ids(await collectHpcClusters(fake.client, {}, { concurrency: 1 }));
    expect(seen).toEqual([...ids(clusters(300)), ...ids(clusters(80, 420))]);
    expect(fake.pages()).toEqual([1, 2, 3, 4]);
  });

  it("everything deleted after the first page: stops at the empty page", async () => {
    for (const concurrency of [1, 4]) {
      const fake = fakeEcs({
        items: 1000,
        beforeRespond: (call, store) => {
          if (call.page > 1) store.length = 0;
        },
      });
      const pages = await pagesOf(paginateDescribeHpcClusters(fake.client, {}, { concurrency }));
      expect(pages.map((p) => [p.pageNumber, p.items.length])).toEqual([
        [1, 100],
        [2, 0],
      ]);
      expect(fake.pages().length).toBe(1 + concurrency);
    }
  });

  it("a TotalCount that overstates the data: stops at the first empty page", async () => {
    const fake = fakeEcs({ items: 250, totalCount: () => 1_000_000 });
    const pages = await pagesOf(paginateDescribeHpcClusters(fake.client, {}, { concurrency: 1 }));
    expect(pages.map((p) => p.items.length)).toEqual([100, 100, 50, 0]);
  });

  it("a short page is not the end while its TotalCount says more follows", async () => {
    // e.g. the service filtered some entries out of page 2 after counting
    const fake = fakeEcs({ items: 300, beforeRespond: () => undefined });
    const original = fake.client.describeHpcClusters;
    const client = {
      describeHpcClusters: async (...args: Parameters<typeof original>) => {
        const out = await original(...args);
        return args[0].PageNumber === 2
          ? { ...out, HpcClusters: { HpcCluster: out.HpcClusters.HpcCluster.slice(0, 60) } }
          : out;
      },
    };
    expect(await collectHpcClusters(client, {}, { concurrency: 1 })).toHaveLength(260);
  });

  it("a TotalCount without a response count falls back to full pages", async () => {
    const fake = fakeEcs({ items: 230, totalCount: () => undefined });
    expect(ids(await collectHpcClusters(fake.client, {}, { concurrency: 4, speculate: false }))).toEqual(
      ids(clusters(230)),
    );
    expect(fake.pages()).toEqual([1, 2, 3]); // one page at a time: nothing tells how many remain
    const speculating = fakeEcs({ items: 230, totalCount: () => undefined });
    expect(ids(await collectHpcClusters(speculating.client, {}, { concurrency: 4 }))).toEqual(ids(clusters(230)));
    expect(speculating.pages()).toEqual([1, 2, 3, 4]); // the first wave, then nothing beyond the short page
  });

  it("data growing faster than it is listed: maxPages bounds the listing", async () => {
    let next = 100_000;
    const fake = fakeEcs({
      items: 100,
      beforeRespond: (_call, store) => void store.unshift(...clusters(150, (next += 150))),
    });
    const pages = await pagesOf(paginateDescribeHpcClusters(fake.client, {}, { maxPages: 25, concurrency: 2 }));
    expect(pages).toHaveLength(25);
    const seen = pages.flatMap((p) => ids(p.items));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("the service repeating an item on two pages: yielded once", async () => {
    const fake = fakeEcs({ items: 200 });
    const original = fake.client.describeHpcClusters;
    const client = {
      describeHpcClusters: async (...args: Parameters<typeof original>) => {
        const out = await original(...args);
        return args[0].PageNumber === 2
          ? { ...out, HpcClusters: { HpcCluster: [cluster(5), ...out.HpcClusters.HpcCluster, cluster(150)] } }
          : out;
      },
    };
    const pages = await pagesOf(paginateDescribeHpcClusters(client, {}));
    expect(pages.map((p) => p.duplicates)).toEqual([0, 2]);
    expect(pages.flatMap((p) => ids(p.items))).toEqual(ids(clusters(200)));
  });

  it.each([1, 2, 3, 4, 5, 6])(
    "random inserts and deletes behind a stable prefix, random latency and concurrency (seed %i)",
    async (seed) => {
      const rand = random(seed);
      const concurrency = 1 + Math.floor(rand() * 8);
      const pageSize = 10 + Math.floor(rand() * 91);
      let next = 100_000;
      const everCreated = new Set(ids(clusters(1000)));
      const totals: number[] = [];
      const fake = fakeEcs({
        items: 1000,
        latency: () => Math.floor(rand() * 3),
        beforeRespond: (_call, store) => {
          // Shifts only at positions >= 500: the first 500 items never move.
          for (let i = 0; i < 5; i++) {
            const at = 500 + Math.floor(rand() * Math.max(1, store.length - 500));
            if (rand() < 0.5) {
              const fresh: HpcCluster = cluster(next++);
              everCreated.add(fresh.HpcClusterId);
              store.splice(at, 0, fresh);
            } else store.splice(at, 1);
          }
          totals.push(store.length);
        },
      });
      const seen = ids(await collectHpcClusters(fake.client, {}, { concurrency, pageSize }));
      expect(new Set(seen).size).toBe(seen.length); // never twice
      expect(seen.every((id) => everCreated.has(id))).toBe(true); // never invented
      expect(seen.slice(0, 500)).toEqual(ids(clusters(500))); // stable items: all, in order
      // never a page beyond the largest TotalCount seen
      expect(Math.max(...fake.pages())).toBeLessThanOrEqual(Math.ceil(Math.max(1000, ...totals) / pageSize));
      expect(fake.stats.maxInFlight).toBeLessThanOrEqual(concurrency);
    },
  );
});
