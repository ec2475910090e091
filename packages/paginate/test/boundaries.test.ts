import { DescribeHpcClusters } from "@ecs-hpc/core/operations/describe-hpc-clusters";
import { describe, expect, it } from "vitest";
import {
  collectHpcClusters,
  collectItems,
  iterateHpcClusters,
  paginate,
  paginateDescribeHpcClusters,
  PaginationOptionsError,
} from "../src/index.ts";
import { DEFAULT_CONCURRENCY } from "../src/index.ts";
import { clusters, fakeEcs, ids } from "./fake-ecs.ts";

describe("page boundaries", () => {
  // count -> pages requested with the default page size (100)
  const cases: [number, number][] = [
    [0, 1],
    [1, 1],
    [99, 1],
    [100, 1],
    [101, 2],
    [10_000, 100],
  ];
  it.each(cases)(
    "%i items take %i request(s) without speculation and come back whole, in order",
    async (count, requests) => {
      const fake = fakeEcs({ items: count });
      const items = await collectHpcClusters(fake.client, { RegionId: "cn-hangzhou" }, { speculate: false });
      expect(ids(items)).toEqual(ids(clusters(count)));
      expect(fake.calls).toHaveLength(requests);
      expect(new Set(fake.pages()).size).toBe(requests);
      expect(fake.calls.every((c) => c.pageSize === 100 && c.input.RegionId === "cn-hangzhou")).toBe(true);
    },
  );

  it.each(cases)(
    "%i items (%i pages) with the speculative first wave: the same items, at most one wave of extra requests",
    async (count, pages) => {
      const fake = fakeEcs({ items: count });
      const items = await collectHpcClusters(fake.client, { RegionId: "cn-hangzhou" });
      expect(ids(items)).toEqual(ids(clusters(count)));
      expect(fake.calls).toHaveLength(Math.max(pages, DEFAULT_CONCURRENCY));
      expect(new Set(fake.pages()).size).toBe(fake.calls.length);
      expect(fake.calls.slice(0, DEFAULT_CONCURRENCY).every((c) => c.inFlightAtStart === c.index + 1)).toBe(true); // one wave, at once
    },
  );

  it("yields one page per request with its metadata and the untouched response", async () => {
    const fake = fakeEcs({ items: 250 });
    const pages = [];
    for await (const page of paginateDescribeHpcClusters(fake.client, {}, { pageSize: 100 })) pages.push(page);
    expect(pages.map((p) => [p.pageNumber, p.items.length, p.totalCount, p.duplicates])).toEqual([
      [1, 100, 250, 0],
      [2, 100, 250, 0],
      [3, 50, 250, 0],
    ]);
    expect(pages[2]?.response.HpcClusters.HpcCluster).toHaveLength(50);
    expect(pages[2]?.response.RequestId).toMatch(/^req-/);
  });

  it("honours pageSize (1 and 7)", async () => {
    const one = fakeEcs({ items: 3 });
    expect(ids(await collectHpcClusters(one.client, {}, { pageSize: 1, speculate: false }))).toEqual(ids(clusters(3)));
    expect(one.pages()).toEqual([1, 2, 3]);
    const seven = fakeEcs({ items: 20 });
    expect(await collectHpcClusters(seven.client, {}, { pageSize: 7, speculate: false })).toHaveLength(20);
    expect(seven.pages().sort()).toEqual([1, 2, 3]);
  });

  it("passes the input through and sets only the paging parameters", async () => {
    const fake = fakeEcs({ items: 5 });
    await collectHpcClusters(fake.client, { RegionId: "cn-beijing", HpcClusterIds: ["hpc-a"] }, { pageSize: 10 });
    expect(fake.calls[0]?.input).toEqual({
      RegionId: "cn-beijing",
      HpcClusterIds: ["hpc-a"],
      PageNumber: 1,
      PageSize: 10,
    });
  });
});

describe("maxItems, maxPages, startPage", () => {
  it("cuts the listing at maxItems in the middle of a page, without requesting pages it does not need", async () => {
    const fake = fakeEcs({ items: 1000 });
    const items = await collectHpcClusters(fake.client, {}, { maxItems: 150, concurrency: 8 });
    expect(ids(items)).toEqual(ids(clusters(150)));
    expect(fake.pages().sort((a, b) => a - b)).toEqual([1, 2]);
    const pages = [];
    for await (const page of paginateDescribeHpcClusters(fakeEcs({ items: 1000 }).client, {}, { maxItems: 150 }))
      pages.push(page);
    expect(pages.map((p) => p.items.length)).toEqual([100, 50]);
    expect(pages[1]?.response.HpcClusters.HpcCluster).toHaveLength(100);
  });

  it("maxItems on an exact page boundary and beyond the listing", async () => {
    const exact = fakeEcs({ items: 1000 });
    expect(await collectHpcClusters(exact.client, {}, { maxItems: 200, concurrency: 4 })).toHaveLength(200);
    expect(exact.calls).toHaveLength(2);
    const beyond = fakeEcs({ items: 120 });
    expect(await collectHpcClusters(beyond.client, {}, { maxItems: 1_000_000 })).toHaveLength(120);
  });

  it("maxItems 0 and maxPages 0 request nothing", async () => {
    const fake = fakeEcs({ items: 10 });
    expect(await collectHpcClusters(fake.client, {}, { maxItems: 0 })).toEqual([]);
    expect(await collectHpcClusters(fake.client, {}, { maxPages: 0 })).toEqual([]);
    expect(fake.calls).toHaveLength(0);
  });

  it("stops after maxPages", async () => {
    const fake = fakeEcs({ items: 1000 });
    const items = await collectHpcClusters(fake.client, {}, { pageSize: 10, maxPages: 3, concurrency: 8 });
    expect(ids(items)).toEqual(ids(clusters(30)));
    expect(fake.pages().sort((a, b) => a - b)).toEqual([1, 2, 3]);
  });

  it("starts at startPage", async () => {
    const fake = fakeEcs({ items: 250 });
    const items = await collectHpcClusters(fake.client, {}, { startPage: 2, speculate: false });
    expect(ids(items)).toEqual(ids(clusters(150, 100)));
    expect(fake.pages().sort()).toEqual([2, 3]);
    const speculating = fakeEcs({ items: 250 });
    expect(ids(await collectHpcClusters(speculating.client, {}, { startPage: 2 }))).toEqual(ids(clusters(150, 100)));
    expect(speculating.pages().sort()).toEqual([2, 3, 4, 5]); // the first wave starts at startPage
    const withMaxPages = fakeEcs({ items: 250 });
    expect(ids(await collectHpcClusters(withMaxPages.client, {}, { startPage: 2, maxPages: 1 }))).toEqual(
      ids(clusters(100, 100)),
    );
    expect(withMaxPages.pages()).toEqual([2]);
  });

  it("a startPage past the end yields one empty page and stops", async () => {
    const fake = fakeEcs({ items: 250 });
    const pages = [];
    for await (const page of paginateDescribeHpcClusters(fake.client, {}, { startPage: 9, speculate: false }))
      pages.push(page);
    expect(pages.map((p) => [p.pageNumber, p.items.length])).toEqual([[9, 0]]);
    expect(fake.calls).toHaveLength(1);
  });
});

describe("validation", () => {
  const fake = fakeEcs({ items: 10 });
  const bad: [string, object][] = [
    ["pageSize", { pageSize: 0 }],
    ["pageSize", { pageSize: 101 }],
    ["pageSize", { pageSize: 1.5 }],
    ["pageSize", { pageSize: "10" }],
    ["startPage", { startPage: 0 }],
    ["maxItems", { maxItems: -1 }],
    ["maxPages", { maxPages: Number.NaN }],
    ["concurrency", { concurrency: 0 }],
    ["concurrency", { concurrency: Infinity }],
    ["signal", { signal: {} }],
  ];
  it.each(bad)("%s %o is refused before any call, synchronously", (option, options) => {
    let thrown: unknown;
    try {
      paginateDescribeHpcClusters(fake.client, {}, options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PaginationOptionsError);
    expect(thrown).toMatchObject({ kind: "pagination-options", option, name: "PaginationOptionsError" });
    expect((thrown as Error).message).toContain(`DescribeHpcClusters: invalid pagination option ${option}`);
    expect(fake.calls).toHaveLength(0);
  });

  it("names the limits in the message", () => {
    expect(() => paginateDescribeHpcClusters(fake.client, {}, { pageSize: 101 })).toThrow(
      "pageSize: must be an integer from 1 to 100 (got 101)",
    );
  });

  it("collect and iterate refuse the same way (a rejection / a throw), before any call", async () => {
    await expect(collectHpcClusters(fake.client, {}, { pageSize: 0 })).rejects.toBeInstanceOf(PaginationOptionsError);
    expect(() => iterateHpcClusters(fake.client, {}, { pageSize: 0 })).toThrow(PaginationOptionsError);
    expect(fake.calls).toHaveLength(0);
  });

  it("refuses paging parameters in the input", () => {
    expect(() => paginate(fake.client, DescribeHpcClusters, { PageSize: 10 } as never)).toThrow(
      /sets PageSize; pass the pageSize option/,
    );
    expect(() => paginate(fake.client, DescribeHpcClusters, { PageNumber: 2 } as never)).toThrow(
      /sets PageNumber; pass the startPage option/,
    );
    expect(fake.calls).toHaveLength(0);
  });

  it("refuses the operation's idempotency token in the input, in its type and before any request", async () => {
    // One ClientToken on every page request would make the service refuse each page after the first.
    // @ts-expect-error ClientToken is not part of a listing's input
    const input: Parameters<typeof paginate<typeof DescribeHpcClusters>>[2] = { ClientToken: "t-1" };
    expect(() => paginate(fake.client, DescribeHpcClusters, input)).toThrow(PaginationOptionsError);
    await expect(collectItems(fake.client, DescribeHpcClusters, input)).rejects.toThrow(
      /invalid pagination option ClientToken: .*leave it out/,
    );
    expect(fake.calls).toHaveLength(0);
    // Absent or undefined is fine.
    expect(() => paginate(fake.client, DescribeHpcClusters, { ClientToken: undefined } as never)).not.toThrow();
  });

  it("refuses an unknown operation and a client without the method", async () => {
    expect(() => paginate(fake.client, "DescribeNothing" as never, {})).toThrow(
      /"DescribeNothing" is not a generated operation/,
    );
    expect(() => paginate({} as never, DescribeHpcClusters, {})).toThrow(
      /client has no describeHpcClusters method and no send/,
    );
    await expect(collectItems(null as never, DescribeHpcClusters, {})).rejects.toThrow(TypeError);
  });

  it("creating a listing requests nothing until it is iterated", async () => {
    const lazy = fakeEcs({ items: 10 });
    const pages = paginateDescribeHpcClusters(lazy.client);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(lazy.calls).toHaveLength(0);
    await pages.return();
    expect(lazy.calls).toHaveLength(0);
  });
});
