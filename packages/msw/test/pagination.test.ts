import { describe, expect, it } from "vitest";
import { createHpcHandlers, createHpcStore } from "../src/index.ts";
import { useMockService } from "./support/mock-server.ts";
import { call, v1, v3 } from "./support/wire.ts";

const { store, server } = useMockService({ seed: "pagination", clusters: 25 });

type Page = {
  PageNumber: number;
  PageSize: number;
  TotalCount: number;
  HpcClusters: { HpcCluster: { HpcClusterId: string; Name: string; Description: string }[] };
};

async function page(params: Record<string, string>, signer: typeof v3 = v3): Promise<Page> {
  const answer = await call(signer({ params: { RegionId: "cn-hangzhou", ...params } }));
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as unknown as Page;
}

/** A page without its RequestId (new for every answer). */
const withoutRequestId = ({ RequestId: _, ...rest }: Page & { RequestId?: string }) => rest;

const idsOf = (p: Page) => p.HpcClusters.HpcCluster.map((c) => c.HpcClusterId);

describe("pagination", () => {
  it("defaults to page 1 of 10 (the spec's defaults) with the total count", async () => {
    const first = await page({});
    expect(first.PageNumber).toBe(1);
    expect(first.PageSize).toBe(10);
    expect(first.TotalCount).toBe(25);
    expect(idsOf(first)).toEqual(
      store
        .list("cn-hangzhou")
        .slice(0, 10)
        .map((c) => c.HpcClusterId),
    );
  });

  it("returns items as {HpcClusterId, Name, Description} in creation order", async () => {
    const first = await page({ PageSize: "3" });
    expect(first.HpcClusters.HpcCluster).toEqual(
      store
        .list()
        .slice(0, 3)
        .map(({ HpcClusterId, Name, Description }) => ({ HpcClusterId, Name, Description })),
    );
  });

  it("has a partial last page and an empty page past the end", async () => {
    const third = await page({ PageNumber: "3" });
    expect(third.HpcClusters.HpcCluster).toHaveLength(5);
    expect(third.TotalCount).toBe(25);
    const fourth = await page({ PageNumber: "4" });
    expect(fourth).toMatchObject({ PageNumber: 4, PageSize: 10, TotalCount: 25, HpcClusters: { HpcCluster: [] } });
    const far = await page({ PageNumber: "2147483647", PageSize: "100" });
    expect(far.HpcClusters.HpcCluster).toEqual([]);
  });

  it("walks every cluster exactly once, page by page", async () => {
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      const p = await page({ PageNumber: String(n), PageSize: "7" }, n % 2 ? v3 : v1);
      seen.push(...idsOf(p));
      if (n * p.PageSize >= p.TotalCount) break;
    }
    expect(seen).toEqual(store.list().map((c) => c.HpcClusterId));
  });

  it("accepts PageSize 100 and PageNumber at the int32 maximum", async () => {
    const all = await page({ PageSize: "100" });
    expect(all.HpcClusters.HpcCluster).toHaveLength(25);
  });

  it("filters by HpcClusterIds before paging; unknown ids are simply absent", async () => {
    const all = store.list().map((c) => c.HpcClusterId);
    const wanted = [all[20], all[3], "hpc-bp1doesnotexist00000", all[7], all[12]] as string[];
    const first = await page({ HpcClusterIds: JSON.stringify(wanted), PageSize: "2" });
    expect(first.TotalCount).toBe(4);
    // Store order, not request order.
    expect(idsOf(first)).toEqual([all[3], all[7]]);
    const second = await page({ HpcClusterIds: JSON.stringify(wanted), PageSize: "2", PageNumber: "2" });
    expect(idsOf(second)).toEqual([all[12], all[20]]);
    const third = await page({ HpcClusterIds: JSON.stringify(wanted), PageSize: "2", PageNumber: "3" });
    expect(third).toMatchObject({ TotalCount: 4, HpcClusters: { HpcCluster: [] } });
  });

  it("counts a repeated id once and accepts exactly 100 ids", async () => {
    const id = store.list()[0]?.HpcClusterId as string;
    const p = await page({ HpcClusterIds: JSON.stringify(Array.from({ length: 100 }, () => id)) });
    expect(p.TotalCount).toBe(1);
  });

  it("only lists the clusters of the requested region", async () => {
    const spread = createHpcStore({ seed: 7, clusters: 9, regions: ["cn-hangzhou", "cn-shanghai", "ap-southeast-1"] });
    server.use(...createHpcHandlers({ store: spread }));
    const region = async (RegionId: string, extra: Record<string, string> = {}) =>
      (await call(v3({ params: { RegionId, ...extra } }))).body as unknown as Page;
    expect((await region("cn-shanghai")).TotalCount).toBe(3);
    expect(idsOf(await region("ap-southeast-1"))).toEqual(spread.list("ap-southeast-1").map((c) => c.HpcClusterId));
    expect((await region("eu-west-1")).TotalCount).toBe(0);
    const hangzhouId = spread.list("cn-hangzhou")[0]?.HpcClusterId as string;
    expect((await region("cn-shanghai", { HpcClusterIds: JSON.stringify([hangzhouId]) })).TotalCount).toBe(0);
    expect((await region("cn-hangzhou", { HpcClusterIds: JSON.stringify([hangzhouId]) })).TotalCount).toBe(1);
  });

  it("answers a page asked again the same, and a changed store's page changed (rename, create, delete, reset)", async () => {
    const asked = { PageSize: "5", PageNumber: "1" };
    const before = withoutRequestId(await page(asked));
    expect(withoutRequestId(await page(asked))).toEqual(before);
    const [first, second] = idsOf(before) as [string, string];
    store.update(first, { Name: "renamed-between-pages" });
    const renamed = await page(asked);
    expect(renamed.HpcClusters.HpcCluster[0]).toMatchObject({ HpcClusterId: first, Name: "renamed-between-pages" });
    store.create({ Name: "added", RegionId: "cn-hangzhou" });
    expect((await page(asked)).TotalCount).toBe(26);
    store.delete(second);
    const deleted = await page(asked);
    expect(deleted.TotalCount).toBe(25);
    expect(idsOf(deleted)).not.toContain(second);
    store.reset();
    expect(withoutRequestId(await page(asked))).toEqual(before);
  });

  it("hands out a copy from store.list: changing it changes no later answer", async () => {
    const asked = { PageSize: "3" };
    const before = withoutRequestId(await page(asked));
    const listed = store.list("cn-hangzhou");
    listed.reverse();
    listed.length = 1;
    expect(withoutRequestId(await page(asked))).toEqual(before);
    expect(store.list("cn-hangzhou")).toHaveLength(25);
  });
});
