// Written as a downstream project would write its tests: public exports only, msw's
// setupServer with the package's handlers, our client and paginator on top.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEcsClient, isEcsServiceError } from "@ecs-hpc/core";
import { createHpcHandlers, createHpcStore, hpcError, mockCredentials } from "@ecs-hpc/msw";
import { collectHpcClusters, iterateHpcClusters } from "@ecs-hpc/paginate";

const store = createHpcStore({ clusters: 250, seed: 42 });
const server = setupServer(...createHpcHandlers({ store }));

beforeAll(() => server.listen());
afterEach(() => {
  server.resetHandlers();
  store.reset();
});
afterAll(() => server.close());

const ecs = createEcsClient({ regionId: "cn-hangzhou", credentials: mockCredentials });

describe("a downstream suite", () => {
  it("pages through every cluster of the region", async () => {
    const ids: string[] = [];
    for await (const cluster of iterateHpcClusters(ecs, { RegionId: "cn-hangzhou" }, { concurrency: 8 }))
      ids.push(cluster.HpcClusterId);
    expect(ids).toEqual(store.list("cn-hangzhou").map((c) => c.HpcClusterId));
  });

  it("sees the service's defaults on one page", async () => {
    const page = await ecs.describeHpcClusters({});
    expect(page).toMatchObject({ PageNumber: 1, PageSize: 10, TotalCount: 250 });
    expect(page.HpcClusters.HpcCluster).toHaveLength(10);
  });

  it("filters by id before paging", async () => {
    const wanted = store
      .list()
      .slice(100, 103)
      .map((c) => c.HpcClusterId);
    const page = await ecs.describeHpcClusters({ HpcClusterIds: [...wanted, "hpc-doesnotexist"] });
    expect(page.TotalCount).toBe(3);
    expect(page.HpcClusters.HpcCluster.map((c) => c.HpcClusterId)).toEqual(wanted);
  });

  it("overrides one call with a documented error, msw style", async () => {
    server.use(hpcError("DescribeHpcClusters", "InvalidRegionId.NotFound"));
    const error = await ecs.describeHpcClusters({}).catch((e: unknown) => e);
    expect(isEcsServiceError(error, "InvalidRegionId.NotFound")).toBe(true);
  });

  it("is refused with the wrong secret", async () => {
    const wrong = createEcsClient({
      regionId: "cn-hangzhou",
      credentials: { ...mockCredentials, accessKeySecret: "not-the-secret" },
    });
    await expect(wrong.describeHpcClusters({})).rejects.toMatchObject({ code: "SignatureDoesNotMatch" });
  });

  it("collects with a cap", async () => {
    expect(await collectHpcClusters(ecs, { RegionId: "cn-hangzhou" }, { maxItems: 123 })).toHaveLength(123);
  });
});
