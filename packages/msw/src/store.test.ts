import { describe, expect, it } from "vitest";
import { createHpcStore } from "./store.ts";

describe("createHpcStore", () => {
  it("is deterministic: same seed, same clusters; another seed, others", () => {
    const a = createHpcStore({ seed: 42, clusters: 250 }).list();
    const b = createHpcStore({ seed: 42, clusters: 250 }).list();
    const c = createHpcStore({ seed: 43, clusters: 250 }).list();
    expect(a).toHaveLength(250);
    expect(b).toEqual(a);
    expect(c.map((x) => x.HpcClusterId)).not.toEqual(a.map((x) => x.HpcClusterId));
    expect(createHpcStore({ seed: "team-a" }).list()).toEqual(createHpcStore({ seed: "team-a" }).list());
  });

  it("generates realistic, unique clusters", () => {
    const clusters = createHpcStore({ clusters: 250 }).list();
    expect(new Set(clusters.map((c) => c.HpcClusterId)).size).toBe(250);
    for (const cluster of clusters) {
      expect(cluster.HpcClusterId).toMatch(/^hpc-bp1[a-z0-9]{17}$/);
      expect(cluster.Name).toMatch(/^[a-z][a-z0-9-]{1,127}$/);
      expect(cluster.Description.length === 0 || cluster.Description.length >= 2).toBe(true);
      expect(cluster.RegionId).toBe("cn-hangzhou");
    }
    expect(clusters.some((c) => c.Description === "")).toBe(true);
    expect(clusters.filter((c) => c.Description !== "").length).toBeGreaterThan(200);
  });

  it("lists a region as it is now: creates, updates, deletes and resets show at once", () => {
    const store = createHpcStore({ clusters: 4, regions: ["cn-hangzhou", "cn-beijing"] });
    const ids = (region: string) => store.list(region).map((c) => c.HpcClusterId);
    const [first, second] = ids("cn-hangzhou") as [string, string];
    expect(ids("cn-hangzhou")).toHaveLength(2);
    const created = store.create({ Name: "new-one", RegionId: "cn-hangzhou" });
    expect(ids("cn-hangzhou")).toEqual([first, second, created.HpcClusterId]);
    store.update(first, { Name: "renamed" });
    expect(store.list("cn-hangzhou")[0]?.Name).toBe("renamed");
    store.delete(second);
    expect(ids("cn-hangzhou")).toEqual([first, created.HpcClusterId]);
    expect(ids("cn-beijing")).toHaveLength(2);
    // The array is the caller's: changing it changes nothing in the store.
    store.list("cn-hangzhou").length = 0;
    expect(ids("cn-hangzhou")).toHaveLength(2);
    store.reset();
    expect(ids("cn-hangzhou")).toEqual([first, second]);
    expect(store.list("cn-shanghai")).toEqual([]);
  });

  it("defaults to 20 clusters in cn-hangzhou, seed 1", () => {
    const store = createHpcStore();
    expect(store.list()).toHaveLength(20);
    expect(store.regions).toEqual(["cn-hangzhou"]);
    expect(store.list()).toEqual(createHpcStore({ seed: 1, clusters: 20, region: "cn-hangzhou" }).list());
  });

  it("puts clusters in one chosen region or spreads them round-robin", () => {
    expect(
      createHpcStore({ clusters: 4, region: "cn-shanghai" })
        .list()
        .map((c) => c.RegionId),
    ).toEqual(Array(4).fill("cn-shanghai"));
    const spread = createHpcStore({ clusters: 7, regions: ["cn-hangzhou", "cn-beijing", "eu-central-1"] });
    expect(spread.list().map((c) => c.RegionId)).toEqual([
      "cn-hangzhou",
      "cn-beijing",
      "eu-central-1",
      "cn-hangzhou",
      "cn-beijing",
      "eu-central-1",
      "cn-hangzhou",
    ]);
    expect(spread.list("cn-beijing")).toHaveLength(2);
    expect(spread.list("cn-beijing")[0]?.HpcClusterId).toMatch(/^hpc-2ze/);
  });

  it("takes an explicit list, generating missing ids from the seed", () => {
    const store = createHpcStore({
      seed: 9,
      clusters: [
        { HpcClusterId: "hpc-explicit", Name: "one", Description: "first" },
        { Name: "two", RegionId: "cn-shanghai" },
      ],
    });
    expect(store.get("hpc-explicit")).toEqual({
      HpcClusterId: "hpc-explicit",
      Name: "one",
      Description: "first",
      RegionId: "cn-hangzhou",
    });
    const [, second] = store.list();
    expect(second).toMatchObject({ Name: "two", Description: "", RegionId: "cn-shanghai" });
    expect(second?.HpcClusterId).toMatch(/^hpc-uf6[a-z0-9]{17}$/);
    expect(createHpcStore({ seed: 9, clusters: [{ Name: "x" }] }).list()).toEqual(
      createHpcStore({ seed: 9, clusters: [{ Name: "x" }] }).list(),
    );
  });

  it("refuses regions the service does not serve, duplicate ids and bad counts", () => {
    expect(() => createHpcStore({ region: "mars-north-1" })).toThrow(/not a region the service serves/);
    expect(() => createHpcStore({ regions: [] })).toThrow(RangeError);
    expect(() =>
      createHpcStore({
        clusters: [
          { HpcClusterId: "hpc-a", Name: "a" },
          { HpcClusterId: "hpc-a", Name: "b" },
        ],
      }),
    ).toThrow(/duplicate/);
    expect(() => createHpcStore({ clusters: -1 })).toThrow(RangeError);
    expect(() => createHpcStore({ clusters: 1.5 })).toThrow(RangeError);
  });

  it("changes state through create/update/delete, and reset() restores the seed state", () => {
    const store = createHpcStore({ seed: 3, clusters: 5 });
    const seedState = store.list();
    const created = store.create({ Name: "new-one", RegionId: "cn-hangzhou" });
    expect(created.HpcClusterId).toMatch(/^hpc-bp1[a-z0-9]{17}$/);
    expect(store.update(seedState[0]?.HpcClusterId as string, { Name: "renamed" })?.Name).toBe("renamed");
    expect(store.update("hpc-missing", { Name: "x" })).toBeUndefined();
    expect(store.delete(seedState[1]?.HpcClusterId as string)).toBe(true);
    expect(store.delete("hpc-missing")).toBe(false);
    store.recordRequest("DescribeHpcClusters");
    store.recordRequest("DescribeHpcClusters");
    store.recordRequest("Other");
    store.idempotency.remember("DescribeHpcClusters", "t", "f", { status: 200, body: {} });
    store.nonces.use("k", "n", 0);
    expect(store.requestCount("DescribeHpcClusters")).toBe(2);
    expect(store.requestCount()).toBe(3);
    expect(store.requestCounts()).toEqual({ DescribeHpcClusters: 2, Other: 1 });

    let resets = 0;
    const unsubscribe = store.onReset(() => resets++);
    store.reset();
    expect(store.list()).toEqual(seedState);
    expect(store.requestCount()).toBe(0);
    expect(store.idempotency.size).toBe(0);
    expect(store.nonces.size).toBe(0);
    expect(resets).toBe(1);
    // Ids of created clusters are seeded too: the same after a reset.
    expect(store.create({ Name: "new-one", RegionId: "cn-hangzhou" }).HpcClusterId).toBe(created.HpcClusterId);
    unsubscribe();
    store.reset();
    expect(resets).toBe(1);
  });

  it("hands out frozen records", () => {
    const cluster = createHpcStore({ clusters: 1 }).list()[0];
    expect(Object.isFrozen(cluster)).toBe(true);
  });
});
