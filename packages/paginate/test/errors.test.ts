import type { DescribeHpcClustersOperation } from "@ecs-hpc/core/operations/describe-hpc-clusters";
import { EcsServiceError, isEcsServiceError } from "@ecs-hpc/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  collectHpcClusters,
  isPaginationError,
  iterateHpcClusters,
  paginateDescribeHpcClusters,
  PaginationError,
  type PaginatingClient,
} from "../src/index.ts";
import { clusters, deferred, fakeEcs, ids, serviceError, sleep, trackUnhandledRejections } from "./fake-ecs.ts";

let unhandled: () => Promise<unknown[]>;
beforeEach(() => {
  unhandled = trackUnhandledRejections();
});
afterEach(async () => {
  expect(await unhandled()).toEqual([]);
});

describe("a failing page", () => {
  it("page 1: a PaginationError with page 1 and the client's typed error as cause, once", async () => {
    const cause = serviceError("InvalidRegionId.NotFound");
    const fake = fakeEcs({ items: 500, fail: () => cause });
    const pages = paginateDescribeHpcClusters(fake.client, { RegionId: "xx-nowhere-1" }, { speculate: false });
    const error = await pages.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(isPaginationError(error)).toBe(true);
    expect(error).toMatchObject({
      kind: "pagination",
      name: "PaginationError",
      operation: "DescribeHpcClusters",
      page: 1,
    });
    expect((error as PaginationError).cause).toBe(cause);
    expect(isEcsServiceError((error as PaginationError).cause, "InvalidRegionId.NotFound")).toBe(true);
    expect((error as Error).message).toBe(`DescribeHpcClusters: page 1 failed: ${cause.message}`);
    expect(await pages.next()).toEqual({ done: true, value: undefined }); // surfaced once
    expect(fake.calls).toHaveLength(1); // not retried: a 4xx is final
  });

  it("a later page: earlier items were yielded, in-flight pages are cancelled and settle before the error surfaces", async () => {
    const fake = fakeEcs({
      items: 1000,
      latency: (call) => (call.page === 3 ? 5 : call.page > 3 ? 40 : 0),
      fail: (call) => (call.page === 3 ? serviceError("ServiceUnavailable") : undefined),
    });
    const seen: string[] = [];
    const iterator = iterateHpcClusters(fake.client, {}, { concurrency: 4, retry: false });
    let error: unknown;
    try {
      for await (const cluster of iterator) seen.push(cluster.HpcClusterId);
    } catch (e) {
      error = e;
      expect(fake.stats.inFlight).toBe(0); // every request settled before the error reached us
    }
    expect(error).toMatchObject({ page: 3 });
    expect((error as PaginationError).cause).toBeInstanceOf(EcsServiceError);
    expect(seen).toEqual(ids(clusters(200)));
    const later = fake.calls.filter((c) => c.page > 3);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((c) => c.outcome === "aborted")).toBe(true);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it("surfaces in page order: a page failing early in time waits for the slower pages before it", async () => {
    const slow = deferred();
    const fake = fakeEcs({
      items: 1000,
      latency: (call) => (call.page === 2 ? slow.promise : 0),
      fail: (call) => (call.page === 3 || call.page === 4 ? new Error(`page ${call.page} down`) : undefined),
    });
    const pages = paginateDescribeHpcClusters(fake.client, {}, { concurrency: 4 });
    expect((await pages.next()).value?.pageNumber).toBe(1);
    await sleep(5); // pages 3 and 4 have failed by now; page 2 has not answered
    setTimeout(() => slow.resolve(), 5);
    expect((await pages.next()).value?.pageNumber).toBe(2);
    const error = await pages.next().catch((e: unknown) => e);
    expect(error).toMatchObject({ page: 3, message: "DescribeHpcClusters: page 3 failed: page 3 down" });
    expect(await pages.next()).toEqual({ done: true, value: undefined });
  });

  it("a failure on a page the listing turns out not to need is never surfaced", async () => {
    // TotalCount said 300, but page 2 comes back short: the listing ends there, page 3's failure is moot.
    const fake = fakeEcs({
      items: 300,
      latency: (call) => (call.page === 2 ? 5 : 0),
      fail: (call) => (call.page === 3 ? serviceError() : undefined),
      beforeRespond: (call, store) => {
        if (call.page === 2) store.splice(150);
      },
    });
    const items = await collectHpcClusters(fake.client, {}, { concurrency: 4 });
    expect(ids(items)).toEqual(ids(clusters(150)));
  });

  it("collect rejects with the PaginationError", async () => {
    const fake = fakeEcs({ items: 500, fail: (call) => (call.page === 2 ? serviceError() : undefined) });
    await expect(collectHpcClusters(fake.client, {}, { concurrency: 1 })).rejects.toMatchObject({
      kind: "pagination",
      page: 2,
    });
  });

  it("a client that throws synchronously, or returns something that is not a page, fails the page", async () => {
    const throwing = {
      describeHpcClusters: () => {
        throw new TypeError("not today");
      },
    } as unknown as PaginatingClient<DescribeHpcClustersOperation>;
    await expect(collectHpcClusters(throwing)).rejects.toMatchObject({ page: 1, cause: { message: "not today" } });
    const malformed = {
      describeHpcClusters: async () => ({ TotalCount: 1, HpcClusters: { HpcCluster: "nope" } }),
    } as unknown as PaginatingClient<DescribeHpcClustersOperation>;
    await expect(collectHpcClusters(malformed)).rejects.toMatchObject({
      page: 1,
      cause: { message: "the response's HpcClusters.HpcCluster is not a list (got string)" },
    });
  });

  it("a missing list is an empty page", async () => {
    const empty = {
      describeHpcClusters: async () => ({ RequestId: "r", TotalCount: 0, PageNumber: 1, PageSize: 100 }),
    } as unknown as PaginatingClient<DescribeHpcClustersOperation>;
    expect(await collectHpcClusters(empty)).toEqual([]);
  });
});
