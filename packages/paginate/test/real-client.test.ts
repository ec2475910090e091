// The paginator on a real client from createEcsClient, with a stub fetch standing in for the
// service (no network): the structural client type fits, signals reach the transport, and the
// client's typed errors come through as causes.
import { createEcsBaseClient, fetchHandler } from "@ecs-hpc/core/client";
import { DescribeHpcClusters } from "@ecs-hpc/core/operations/describe-hpc-clusters";
import { createEcsClient, EcsAbortError, EcsServiceError, type EcsClient } from "@ecs-hpc/core";
import { describe, expect, it } from "vitest";
import {
  collectHpcClusters,
  collectItems,
  createPaginators,
  iterateHpcClusters,
  paginate,
  PaginationError,
} from "../src/index.ts";
import { clusters, ids } from "./fake-ecs.ts";

const credentials = { accessKeyId: "LTAI5tTESTKEYID", accessKeySecret: "secret" };

function stubService(count: number, behaviour: { failPage?: number; slowFrom?: number } = {}) {
  const store = clusters(count);
  const requested: number[] = [];
  const aborted: number[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const query = new URL(request.url).searchParams;
    const page = Number(query.get("PageNumber") ?? 1);
    const size = Number(query.get("PageSize") ?? 10);
    requested.push(page);
    if (behaviour.slowFrom !== undefined && page >= behaviour.slowFrom) {
      // The signal given to fetch (a Request's own signal is linked to it only weakly).
      const signal = init?.signal ?? request.signal;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, 1000);
        const onAbort = () => {
          clearTimeout(timer);
          aborted.push(page);
          reject(signal.reason);
        };
        if (signal.aborted) onAbort();
        else signal.addEventListener("abort", onAbort, { once: true });
      });
    }
    if (page === behaviour.failPage) {
      return Response.json(
        {
          Code: "InvalidRegionId.NotFound",
          Message: 'The specified parameter "RegionId" is not valid.',
          RequestId: "REQ-ERR",
        },
        { status: 400 },
      );
    }
    const body = {
      RequestId: `REQ-${page}`,
      PageNumber: page,
      PageSize: size,
      TotalCount: store.length,
      HpcClusters: { HpcCluster: store.slice((page - 1) * size, page * size) },
    };
    return Response.json(body);
  };
  const ecs: EcsClient = createEcsClient({
    regionId: "cn-hangzhou",
    credentials,
    fetch: fetch as typeof globalThis.fetch,
    retry: false,
  });
  const base = createEcsBaseClient({
    regionId: "cn-hangzhou",
    credentials,
    requestHandler: fetchHandler(fetch as typeof globalThis.fetch),
    retry: false,
  });
  return { ecs, base, requested, aborted };
}

describe("with a client from createEcsBaseClient (send only, no methods)", () => {
  it("lists through send, with the pagination of the operation it is given", async () => {
    const { base, requested } = stubService(230);
    expect(ids(await collectItems(base, DescribeHpcClusters, {}, { concurrency: 3 }))).toEqual(ids(clusters(230)));
    expect(requested.sort()).toEqual([1, 2, 3]);
    const sizes: number[] = [];
    for await (const page of paginate(base, DescribeHpcClusters, {}, { pageSize: 40, maxPages: 2 }))
      sizes.push(page.items.length, page.response.PageSize);
    expect(sizes).toEqual([40, 40, 40, 40]);
    expect(ids(await collectHpcClusters(base, {}, { maxItems: 5 }))).toEqual(ids(clusters(5)));
  });
});

describe("with a client from createEcsClient", () => {
  it("lists every cluster once, in order", async () => {
    const { ecs, requested } = stubService(250);
    expect(ids(await collectHpcClusters(ecs, {}, { concurrency: 2 }))).toEqual(ids(clusters(250)));
    expect(requested.sort()).toEqual([1, 2, 3]);
    expect(ids(await createPaginators(ecs).describeHpcClusters.collect({}, { pageSize: 100 }))).toHaveLength(250);
  });

  it("a service error on a page is the PaginationError's cause", async () => {
    const { ecs } = stubService(250, { failPage: 2 });
    const error = await collectHpcClusters(ecs, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ page: 2, cause: { kind: "service", code: "InvalidRegionId.NotFound" } });
    expect((error as PaginationError).cause).toBeInstanceOf(EcsServiceError);
  });

  it("break cancels the client's in-flight requests", async () => {
    const { ecs, requested, aborted } = stubService(1000, { slowFrom: 2 });
    for await (const cluster of iterateHpcClusters(ecs, {}, { concurrency: 3 })) {
      if (cluster.HpcClusterId === "hpc-000010") break;
    }
    expect(requested.sort()).toEqual([1, 2, 3, 4]);
    // Cancelled, not waited out: each in-flight page saw its abort (a page left to finish would not).
    expect(aborted.sort()).toEqual([2, 3, 4]);
  });

  it("an abort cancels them and surfaces as EcsAbortError", async () => {
    const { ecs } = stubService(1000, { slowFrom: 2 });
    const controller = new AbortController();
    const error = await (async () => {
      for await (const cluster of iterateHpcClusters(ecs, {}, { signal: controller.signal })) {
        if (cluster.HpcClusterId === "hpc-000099") setTimeout(() => controller.abort(), 5);
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsAbortError);
  });
});
