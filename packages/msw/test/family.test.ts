// CreateHpcCluster, ModifyHpcClusterAttribute and DeleteHpcCluster against the store: what each
// does, the not-found and not-empty decisions, and ClientToken idempotency as the service
// documents it (same token + same parameters: the original result and nothing new; same token +
// other parameters: IdempotentParameterMismatch; tokens are per action), also when a committed
// response is lost and the request retried.
import { operations } from "@ecs-hpc/core";
import { describe, expect, it } from "vitest";
import { createHpcStore, hpcFault } from "../src/index.ts";
import { useMockService } from "./support/mock-server.ts";
import { call, codeOf, send, v1, v3, type Answer } from "./support/wire.ts";

const { store, server, withOptions } = useMockService({ clusters: 6 });
const REGION = "cn-hangzhou";

const create = (params: Record<string, string>) =>
  call(v3({ action: "CreateHpcCluster", params: { RegionId: REGION, ...params } }));
const modify = (params: Record<string, string>) =>
  call(v3({ action: "ModifyHpcClusterAttribute", params: { RegionId: REGION, ...params } }));
const remove = (params: Record<string, string>) =>
  call(v3({ action: "DeleteHpcCluster", params: { RegionId: REGION, ...params } }));
const describeAll = async (regionId = REGION) => {
  const answer = await call(v3({ params: { RegionId: regionId, PageSize: "100" } }));
  expect(answer.status).toBe(200);
  return (answer.body.HpcClusters as { HpcCluster: { HpcClusterId: string; Name: string; Description: string }[] })
    .HpcCluster;
};
const ok = (answer: Answer): Answer => {
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer;
};
/** The error an answer carries, checked against the operation's documented status and message. */
function expectError(answer: Answer, action: keyof typeof operations, code: string): void {
  const documented = (operations[action].errors as Record<string, { status: number; message: string }>)[code];
  expect(documented, `${code} is documented for ${action}`).toBeDefined();
  expect(answer.body.Code, answer.headers.get("x-ecs-hpc-mock-reason") ?? "").toBe(code);
  expect(answer.status).toBe(documented?.status);
  expect(answer.body.Message).toBe(documented?.message);
}
const first = () => store.list(REGION)[0]!;

describe("CreateHpcCluster", () => {
  it("creates a cluster in the request's region with a seeded id, listed last by DescribeHpcClusters", async () => {
    const before = store.list().map((c) => c.HpcClusterId);
    const answer = ok(await create({ Name: "cfd-prod-07", Description: "CFD for the wing team" }));
    expect(Object.keys(answer.body).sort()).toEqual(["HpcClusterId", "RequestId"]);
    const id = answer.body.HpcClusterId as string;
    expect(id).toMatch(/^hpc-bp1[a-z0-9]{17}$/);
    expect(before).not.toContain(id);
    expect(store.get(id)).toEqual({
      HpcClusterId: id,
      Name: "cfd-prod-07",
      Description: "CFD for the wing team",
      RegionId: REGION,
    });
    const listed = await describeAll();
    expect(listed.map((c) => c.HpcClusterId)).toEqual([...before, id]);
    expect(listed.at(-1)).toEqual({ HpcClusterId: id, Name: "cfd-prod-07", Description: "CFD for the wing team" });
  });

  it("defaults the description to empty, and keeps clusters per region", async () => {
    const id = ok(await create({ RegionId: "cn-shanghai", Name: "genomics-batch" })).body.HpcClusterId as string;
    expect(id).toMatch(/^hpc-uf6[a-z0-9]{17}$/);
    expect(store.get(id)).toMatchObject({ Description: "", RegionId: "cn-shanghai" });
    expect((await describeAll("cn-shanghai")).map((c) => c.HpcClusterId)).toEqual([id]);
    expect((await describeAll()).map((c) => c.HpcClusterId)).not.toContain(id);
  });

  it("draws ids from the store's seed: the same seed and calls give the same ids, reset restarts them", async () => {
    const ids = [
      ok(await create({ Name: "a1" })).body.HpcClusterId,
      ok(await create({ Name: "a2" })).body.HpcClusterId,
    ];
    expect(new Set(ids).size).toBe(2);
    const twin = createHpcStore({ clusters: 6 });
    expect([
      twin.create({ RegionId: REGION, Name: "x" }).HpcClusterId,
      twin.create({ RegionId: REGION, Name: "y" }).HpcClusterId,
    ]).toEqual(ids);
    store.reset();
    expect(ok(await create({ Name: "a1" })).body.HpcClusterId).toBe(ids[0]);
  });

  it("answers XML to V1 without Format", async () => {
    const response = await fetch(
      v1({ action: "CreateHpcCluster", format: null, params: { RegionId: REGION, Name: "xml-cluster" } }).url,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<CreateHpcClusterResponse><RequestId>[0-9A-F-]{36}<\/RequestId><HpcClusterId>hpc-bp1[a-z0-9]{17}<\/HpcClusterId><\/CreateHpcClusterResponse>/,
    );
  });
});

describe("ModifyHpcClusterAttribute", () => {
  it("renames a cluster, keeping its description and its place in the list", async () => {
    const target = store.list()[2]!;
    const order = store.list().map((c) => c.HpcClusterId);
    const answer = ok(await modify({ HpcClusterId: target.HpcClusterId, Name: "renamed-cluster" }));
    expect(Object.keys(answer.body)).toEqual(["RequestId"]);
    expect(store.get(target.HpcClusterId)).toEqual({ ...target, Name: "renamed-cluster" });
    const listed = await describeAll();
    expect(listed.map((c) => c.HpcClusterId)).toEqual(order);
    expect(listed[2]).toEqual({
      HpcClusterId: target.HpcClusterId,
      Name: "renamed-cluster",
      Description: target.Description,
    });
  });

  it("changes the description alone, or both", async () => {
    const target = first();
    ok(await modify({ HpcClusterId: target.HpcClusterId, Description: "Moved to eRDMA" }));
    expect(store.get(target.HpcClusterId)).toEqual({ ...target, Description: "Moved to eRDMA" });
    ok(await modify({ HpcClusterId: target.HpcClusterId, Name: "both-changed", Description: "Both at once" }));
    expect(store.get(target.HpcClusterId)).toEqual({ ...target, Name: "both-changed", Description: "Both at once" });
  });

  it("needs a Name or a Description", async () => {
    expectError(await modify({ HpcClusterId: first().HpcClusterId }), "ModifyHpcClusterAttribute", "InvalidModifyInfo");
  });

  it("an id no region has is HpcClusterNotExists; an id of another region is HPC_CLUSTER_MODIFY_FAILED, and nothing changes", async () => {
    expectError(
      await modify({ HpcClusterId: "hpc-bp1nosuchcluster00000", Name: "renamed" }),
      "ModifyHpcClusterAttribute",
      "HpcClusterNotExists",
    );
    const shanghai = store.create({ RegionId: "cn-shanghai", Name: "sh-cluster", Description: "Shanghai" });
    expectError(
      await modify({ HpcClusterId: shanghai.HpcClusterId, Name: "renamed" }),
      "ModifyHpcClusterAttribute",
      "HPC_CLUSTER_MODIFY_FAILED",
    );
    expect(store.get(shanghai.HpcClusterId)).toEqual(shanghai);
    ok(await modify({ RegionId: "cn-shanghai", HpcClusterId: shanghai.HpcClusterId, Name: "renamed" }));
    expect(store.get(shanghai.HpcClusterId)?.Name).toBe("renamed");
  });
});

describe("DeleteHpcCluster", () => {
  it("removes a cluster; DescribeHpcClusters no longer lists it; a second delete is NotExists.HpcCluster", async () => {
    const target = store.list()[1]!;
    const answer = ok(await remove({ HpcClusterId: target.HpcClusterId }));
    expect(Object.keys(answer.body)).toEqual(["RequestId"]);
    expect(store.get(target.HpcClusterId)).toBeUndefined();
    expect((await describeAll()).map((c) => c.HpcClusterId)).not.toContain(target.HpcClusterId);
    expectError(await remove({ HpcClusterId: target.HpcClusterId }), "DeleteHpcCluster", "NotExists.HpcCluster");
  });

  it("a cluster of another region is NotExists.HpcCluster and stays", async () => {
    const shanghai = store.create({ RegionId: "cn-shanghai", Name: "sh-cluster" });
    expectError(await remove({ HpcClusterId: shanghai.HpcClusterId }), "DeleteHpcCluster", "NotExists.HpcCluster");
    expect(store.get(shanghai.HpcClusterId)).toBeDefined();
  });

  it("a cluster marked with instances is NotEmpty.HpcCluster until emptied", async () => {
    const target = first();
    store.setInstanceCount(target.HpcClusterId, 3);
    expect(store.instanceCount(target.HpcClusterId)).toBe(3);
    expectError(await remove({ HpcClusterId: target.HpcClusterId }), "DeleteHpcCluster", "NotEmpty.HpcCluster");
    expect(store.get(target.HpcClusterId)).toEqual(target);
    store.setInstanceCount(target.HpcClusterId, 0);
    ok(await remove({ HpcClusterId: target.HpcClusterId }));
  });

  it("store.reset() empties marked clusters; seeded `instances` come back with the seed", async () => {
    const target = first();
    store.setInstanceCount(target.HpcClusterId, 1);
    store.reset();
    expect(store.instanceCount(target.HpcClusterId)).toBe(0);
    const seeded = createHpcStore({
      clusters: [
        { HpcClusterId: "hpc-full", Name: "full", instances: 8 },
        { HpcClusterId: "hpc-empty", Name: "empty" },
      ],
    });
    expect(seeded.instanceCount("hpc-full")).toBe(8);
    seeded.setInstanceCount("hpc-full", 0);
    seeded.reset();
    expect(seeded.instanceCount("hpc-full")).toBe(8);
    expect(seeded.instanceCount("hpc-empty")).toBe(0);
  });

  it("setInstanceCount refuses unknown clusters and bad counts", () => {
    expect(() => store.setInstanceCount("hpc-nope", 1)).toThrow(RangeError);
    expect(() => store.setInstanceCount(first().HpcClusterId, -1)).toThrow(RangeError);
    expect(() => store.setInstanceCount(first().HpcClusterId, 1.5)).toThrow(RangeError);
    expect(() => createHpcStore({ clusters: [{ Name: "x", instances: -2 }] })).toThrow(RangeError);
  });
});

describe("ClientToken on the cluster family", () => {
  it("Create: same token, same parameters -> the same cluster and no second one; V1 or V3 alike", async () => {
    const count = store.list().length;
    const firstAnswer = ok(await create({ Name: "idem-cluster", ClientToken: "create-1" }));
    const again = ok(
      await call(
        v1({ action: "CreateHpcCluster", params: { RegionId: REGION, Name: "idem-cluster", ClientToken: "create-1" } }),
      ),
    );
    expect(again.body.HpcClusterId).toBe(firstAnswer.body.HpcClusterId);
    expect(again.body.RequestId).not.toBe(firstAnswer.body.RequestId);
    expect(store.list()).toHaveLength(count + 1);
  });

  it("Create: same token, other parameters -> IdempotentParameterMismatch, nothing created", async () => {
    ok(await create({ Name: "idem-cluster", ClientToken: "create-2" }));
    const count = store.list().length;
    expectError(
      await create({ Name: "idem-cluster", Description: "now with one", ClientToken: "create-2" }),
      "CreateHpcCluster",
      "IdempotentParameterMismatch",
    );
    expectError(
      await create({ RegionId: "cn-shanghai", Name: "idem-cluster", ClientToken: "create-2" }),
      "CreateHpcCluster",
      "IdempotentParameterMismatch",
    );
    expect(store.list()).toHaveLength(count);
  });

  it("Create: another token creates another cluster; tokens are case-sensitive", async () => {
    const a = ok(await create({ Name: "twin", ClientToken: "Create-3" })).body.HpcClusterId;
    const b = ok(await create({ Name: "twin", ClientToken: "create-3" })).body.HpcClusterId;
    expect(a).not.toBe(b);
  });

  it("Modify: a replay answers success and changes nothing again", async () => {
    const id = first().HpcClusterId;
    ok(await modify({ HpcClusterId: id, Name: "first-name", ClientToken: "modify-1" }));
    store.update(id, { Name: "changed-meanwhile" });
    ok(await modify({ HpcClusterId: id, Name: "first-name", ClientToken: "modify-1" }));
    expect(store.get(id)?.Name).toBe("changed-meanwhile");
    expectError(
      await modify({ HpcClusterId: id, Name: "second-name", ClientToken: "modify-1" }),
      "ModifyHpcClusterAttribute",
      "IdempotentParameterMismatch",
    );
    expect(store.get(id)?.Name).toBe("changed-meanwhile");
  });

  it("Delete: a replay answers the original success; without the token the cluster is gone", async () => {
    const id = first().HpcClusterId;
    ok(await remove({ HpcClusterId: id, ClientToken: "delete-1" }));
    ok(await remove({ HpcClusterId: id, ClientToken: "delete-1" }));
    expectError(await remove({ HpcClusterId: id }), "DeleteHpcCluster", "NotExists.HpcCluster");
    expectError(
      await remove({ HpcClusterId: store.list()[0]!.HpcClusterId, ClientToken: "delete-1" }),
      "DeleteHpcCluster",
      "IdempotentParameterMismatch",
    );
  });

  it("tokens are per action: one token on Create, Modify and Delete is three calls", async () => {
    const token = "shared-token";
    const id = ok(await create({ Name: "per-action", ClientToken: token })).body.HpcClusterId as string;
    ok(await modify({ HpcClusterId: id, Name: "per-action-2", ClientToken: token }));
    ok(await call(v3({ params: { RegionId: REGION, ClientToken: token } })));
    ok(await remove({ HpcClusterId: id, ClientToken: token }));
    expect(store.get(id)).toBeUndefined();
    expect(store.idempotency.size).toBe(4);
  });

  it("a refused or faulted Create takes neither the token nor a cluster", async () => {
    const count = store.list().length;
    expectError(
      await create({ Name: "1-bad-name", ClientToken: "create-4" }),
      "CreateHpcCluster",
      "InvalidHpcClusterName.Malformed",
    );
    withOptions({ faults: { internalErrorRate: 1 } });
    expectError(await create({ Name: "good-name", ClientToken: "create-4" }), "CreateHpcCluster", "InternalError");
    expect(store.list()).toHaveLength(count);
    server.resetHandlers();
    ok(await create({ Name: "other-name", ClientToken: "create-4" }));
    expect(store.list()).toHaveLength(count + 1);
  });

  it("dropAfterCommit faults: the retries with the same token create one cluster, whose id the first answer that gets through carries", async () => {
    const count = store.list().length;
    withOptions({ faults: { dropAfterCommitRate: 1 } });
    const params = { RegionId: REGION, Name: "lost-response", ClientToken: "create-5" };
    // Every attempt is a new signed request (new nonce), as a client's retry is.
    for (let attempt = 0; attempt < 3; attempt++)
      await expect(send(v3({ action: "CreateHpcCluster", params }))).rejects.toThrow();
    expect(store.list()).toHaveLength(count + 1);
    server.resetHandlers();
    const answer = ok(await call(v3({ action: "CreateHpcCluster", params })));
    expect(answer.body.HpcClusterId).toBe(store.list().at(-1)?.HpcClusterId);
    expect(store.list()).toHaveLength(count + 1);
    expect(store.requestCount("CreateHpcCluster")).toBe(4);
  });

  it("a seeded 50% dropAfterCommit rate: each logical create makes exactly one cluster", async () => {
    withOptions({ faults: { seed: 11, dropAfterCommitRate: 0.5 } });
    const count = store.list().length;
    let lost = 0;
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const params = { RegionId: REGION, Name: `batch-${i}`, ClientToken: `logical-${i}` };
      for (;;) {
        try {
          ids.push((await call(v3({ action: "CreateHpcCluster", params }))).body.HpcClusterId as string);
          break;
        } catch {
          lost += 1;
        }
      }
    }
    expect(lost).toBeGreaterThan(0);
    expect(store.list()).toHaveLength(count + 10);
    expect(
      store
        .list()
        .slice(count)
        .map((c) => c.HpcClusterId),
    ).toEqual(ids);
  });

  it("hpcFault('dropAfterCommit') loses one Create response; the retry gets the cluster it made", async () => {
    server.use(hpcFault("CreateHpcCluster", "dropAfterCommit", { times: 1 }));
    const count = store.list().length;
    const params = { RegionId: REGION, Name: "one-lost", ClientToken: "create-6" };
    await expect(send(v3({ action: "CreateHpcCluster", params }))).rejects.toThrow();
    const retry = ok(await call(v3({ action: "CreateHpcCluster", params })));
    expect(store.list()).toHaveLength(count + 1);
    expect(store.get(retry.body.HpcClusterId as string)?.Name).toBe("one-lost");
    expect(codeOf(await call(v3({ action: "CreateHpcCluster", params: { ...params, Name: "two-lost" } })))).toBe(
      "IdempotentParameterMismatch",
    );
  });
});
