// Resumable listings: a PaginationError says where the listing stood, and its resume token
// continues it at the failed page without reading the pages already handed over.
import { describe, expect, it } from "vitest";
import {
  collectHpcClusters,
  iterateHpcClusters,
  paginateDescribeHpcClusters,
  PaginationError,
  PaginationOptionsError,
} from "../src/index.ts";
import { clusters, fakeEcs, ids, serviceError } from "./fake-ecs.ts";

describe("resuming a failed listing", () => {
  it("the error carries the failed page, the page size, the items delivered and the last TotalCount", async () => {
    const fake = fakeEcs({
      items: 1000,
      fail: (call) => (call.page === 4 ? serviceError("InvalidRegionId.NotFound") : undefined),
    });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const c of iterateHpcClusters(fake.client, {}, { pageSize: 50, concurrency: 3 }))
        seen.push(c.HpcClusterId);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ page: 4, pageSize: 50, itemsDelivered: 150, totalCount: 1000, pageRetries: 0 });
    expect(seen).toHaveLength(150);
    expect(typeof (error as PaginationError).resumeToken).toBe("string");
  });

  it("a failure on the first page: nothing delivered, no TotalCount yet", async () => {
    const fake = fakeEcs({ items: 1000, fail: () => serviceError("InvalidRegionId.NotFound") });
    await expect(collectHpcClusters(fake.client, {}, { speculate: false })).rejects.toMatchObject({
      page: 1,
      pageSize: 100,
      itemsDelivered: 0,
      totalCount: undefined,
    });
  });

  it("resume continues at the failed page with the same page size: every item once, no page read twice", async () => {
    let broken = true;
    const fake = fakeEcs({
      items: 1234,
      fail: (call) => (broken && call.page === 6 ? serviceError("Forbidden.RAM") : undefined),
    });
    const seen: string[] = [];
    let error: PaginationError | undefined;
    try {
      for await (const c of iterateHpcClusters(fake.client, {}, { pageSize: 37, concurrency: 4 }))
        seen.push(c.HpcClusterId);
    } catch (e) {
      error = e as PaginationError;
    }
    expect(error?.page).toBe(6);
    expect(seen).toHaveLength(error!.itemsDelivered);
    const requestedBefore = fake.calls.length;
    broken = false;
    for await (const c of iterateHpcClusters(fake.client, {}, { resume: error!.resumeToken, concurrency: 4 }))
      seen.push(c.HpcClusterId);
    expect(seen).toEqual(ids(clusters(1234)));
    const resumed = fake.calls.slice(requestedBefore);
    expect(Math.min(...resumed.map((c) => c.page))).toBe(6);
    expect(resumed.every((c) => c.pageSize === 37)).toBe(true);
  });

  it("startPage: error.page with the same pageSize does the same", async () => {
    const fake = fakeEcs({ items: 500 });
    const rest = await collectHpcClusters(fake.client, {}, { startPage: 3, pageSize: 100 });
    expect(ids(rest)).toEqual(ids(clusters(300, 200)));
  });

  it("the resumed listing's own errors count from where it started", async () => {
    const fake = fakeEcs({
      items: 1000,
      fail: (call) => (call.page === 3 ? serviceError("Forbidden.RAM") : undefined),
    });
    const first = (await collectHpcClusters(fake.client, {}, { concurrency: 2 }).catch(
      (e: unknown) => e,
    )) as PaginationError;
    expect(first).toMatchObject({ page: 3, itemsDelivered: 200 });
    const pages = paginateDescribeHpcClusters(fake.client, {}, { resume: first.resumeToken, concurrency: 2 });
    const second = (await (async () => {
      for await (const _ of pages) void _;
    })().catch((e: unknown) => e)) as PaginationError;
    expect(first.page).toBe(3); // page 3 fails for good here, so the resumed listing fails on it again
    expect(second).toMatchObject({ page: 3, itemsDelivered: 0 });
  });

  it("a bad resume token is refused before any request", () => {
    const fake = fakeEcs({ items: 10 });
    const bad = [
      "",
      "nope",
      "v1.DescribeHpcClusters.0.100",
      "v1.DescribeHpcClusters.2.101",
      "v2.DescribeHpcClusters.2.100",
      42,
    ];
    for (const resume of bad) {
      expect(() => paginateDescribeHpcClusters(fake.client, {}, { resume: resume as string })).toThrow(
        PaginationOptionsError,
      );
    }
    expect(() => paginateDescribeHpcClusters(fake.client, {}, { resume: "v1.DescribeInstances.2.100" })).toThrow(
      /token of a DescribeInstances listing/,
    );
    expect(() =>
      paginateDescribeHpcClusters(fake.client, {}, { resume: "v1.DescribeHpcClusters.2.50", startPage: 2 }),
    ).toThrow(/startPage.*cannot be combined with resume/);
    expect(() =>
      paginateDescribeHpcClusters(fake.client, {}, { resume: "v1.DescribeHpcClusters.2.50", pageSize: 100 }),
    ).toThrow(/must be the resumed listing's page size \(50\)/);
    expect(() =>
      paginateDescribeHpcClusters(fake.client, {}, { resume: "v1.DescribeHpcClusters.2.50", pageSize: 50 }),
    ).not.toThrow();
    expect(fake.calls).toHaveLength(0);
  });
});
