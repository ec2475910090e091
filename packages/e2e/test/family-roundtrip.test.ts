// The HPC-cluster family end to end, written as a downstream project would: public exports only.
// A create -> describe -> modify -> describe -> delete -> describe round trip through our client
// (msw's setupServer in-process, V3 and V1) and through the official SDK (the standalone mock
// server over real HTTP, V3 and `signatureAlgorithm: "v2"`), then ClientToken idempotency under
// lost responses: each logical create makes exactly one cluster although the client retried.
import Ecs20140526, * as $Ecs from "@alicloud/ecs20140526";
import { $OpenApiUtil } from "@alicloud/openapi-core";
import { createEcsClient, type AttemptEvent, type SignatureVersion } from "@ecs-hpc/core";
import { createHpcHandlers, createHpcStore, hpcFault, mockCredentials } from "@ecs-hpc/msw";
import { startMockServer, type RunningMockServer } from "@ecs-hpc/msw/server";
import { http, passthrough } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const REGION = "cn-hangzhou";
const store = createHpcStore({ clusters: 8, seed: 2026 });
// Requests to the standalone server (127.0.0.1) leave the process; every other one is the mock's.
const toLocalServer = http.all(
  ({ request }) => new URL(request.url).hostname === "127.0.0.1",
  () => passthrough(),
);
const server = setupServer(toLocalServer, ...createHpcHandlers({ store }));

beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterEach(() => {
  server.resetHandlers();
  store.reset();
});
afterAll(() => server.close());

describe.each(["v3", "v1"] as const satisfies readonly SignatureVersion[])(
  "round trip through our client, signature %s",
  (signatureVersion) => {
    const ecs = createEcsClient({ regionId: REGION, credentials: mockCredentials, signatureVersion });
    const describeOne = async (id: string) =>
      (await ecs.describeHpcClusters({ HpcClusterIds: [id] })).HpcClusters.HpcCluster;

    it("create -> describe -> modify -> describe -> delete -> describe", async () => {
      const before = store.list().length;
      const created = await ecs.createHpcCluster({
        Name: `roundtrip-${signatureVersion}`,
        Description: "Created by the e2e round trip",
      });
      expect(created.HpcClusterId).toMatch(/^hpc-[a-z0-9]+$/);
      expect(created.RequestId).toMatch(/^[0-9A-F-]{36}$/);
      const id = created.HpcClusterId;
      expect(store.list()).toHaveLength(before + 1);
      expect(store.list().at(-1)?.HpcClusterId).toBe(id);

      expect(await describeOne(id)).toEqual([
        { HpcClusterId: id, Name: `roundtrip-${signatureVersion}`, Description: "Created by the e2e round trip" },
      ]);
      const page = await ecs.describeHpcClusters({ PageSize: 100 });
      expect(page.TotalCount).toBe(before + 1);
      expect(page.HpcClusters.HpcCluster.at(-1)?.HpcClusterId).toBe(id);

      const modified = await ecs.modifyHpcClusterAttribute({ HpcClusterId: id, Name: `renamed-${signatureVersion}` });
      expect(Object.keys(modified)).toEqual(["RequestId"]);
      expect(await describeOne(id)).toEqual([
        { HpcClusterId: id, Name: `renamed-${signatureVersion}`, Description: "Created by the e2e round trip" },
      ]);
      await ecs.modifyHpcClusterAttribute({ HpcClusterId: id, Description: "Changed by the e2e round trip" });
      expect(await describeOne(id)).toEqual([
        { HpcClusterId: id, Name: `renamed-${signatureVersion}`, Description: "Changed by the e2e round trip" },
      ]);

      const deleted = await ecs.deleteHpcCluster({ HpcClusterId: id });
      expect(Object.keys(deleted)).toEqual(["RequestId"]);
      expect(await describeOne(id)).toEqual([]);
      expect((await ecs.describeHpcClusters({ HpcClusterIds: [id] })).TotalCount).toBe(0);
      expect(store.list()).toHaveLength(before);
      // Six logical calls plus the two extra describes, one request each: nothing was retried.
      expect(store.requestCounts()).toEqual({
        CreateHpcCluster: 1,
        DescribeHpcClusters: 6,
        ModifyHpcClusterAttribute: 2,
        DeleteHpcCluster: 1,
      });
    });
  },
);

// The SDK is CommonJS with `exports.default = Client`: Node's ESM import gives module.exports
// (so the class is `.default`), vitest's interop may already unwrap it.
type SdkClientClass = typeof Ecs20140526.default;
const SdkClient: SdkClientClass = (
  typeof Ecs20140526 === "function" ? Ecs20140526 : Ecs20140526.default
) as SdkClientClass;

describe.each(["v3", "v2"] as const)(
  "round trip through the official SDK, signature %s, standalone server",
  (algorithm) => {
    let mock: RunningMockServer;
    beforeAll(async () => {
      mock = await startMockServer({ store: { seed: 9, clusters: 3 } });
    });
    afterAll(() => mock.close());

    const sdk = () =>
      new SdkClient(
        new $OpenApiUtil.Config({
          accessKeyId: mockCredentials.accessKeyId,
          accessKeySecret: mockCredentials.accessKeySecret,
          endpoint: new URL(mock.url).host,
          protocol: "http",
          regionId: REGION,
          ...(algorithm === "v2" ? { signatureAlgorithm: "v2" } : {}),
        }),
      );

    it("create -> describe -> modify -> describe -> delete -> describe", async () => {
      const client = sdk();
      const describeOne = async (id: string) =>
        (
          await client.describeHpcClusters(
            new $Ecs.DescribeHpcClustersRequest({ regionId: REGION, hpcClusterIds: JSON.stringify([id]) }),
          )
        ).body;

      const created = await client.createHpcCluster(
        new $Ecs.CreateHpcClusterRequest({
          regionId: REGION,
          name: `sdk-${algorithm}`,
          description: "Created by the SDK",
          clientToken: `sdk-create-${algorithm}`,
        }),
      );
      expect(created.statusCode).toBe(200);
      const id = created.body?.hpcClusterId as string;
      expect(id).toMatch(/^hpc-[a-z0-9]+$/);
      expect(mock.store.get(id)).toMatchObject({
        Name: `sdk-${algorithm}`,
        Description: "Created by the SDK",
        RegionId: REGION,
      });
      // The same ClientToken again: the same cluster, nothing new.
      const replay = await client.createHpcCluster(
        new $Ecs.CreateHpcClusterRequest({
          regionId: REGION,
          name: `sdk-${algorithm}`,
          description: "Created by the SDK",
          clientToken: `sdk-create-${algorithm}`,
        }),
      );
      expect(replay.body?.hpcClusterId).toBe(id);
      expect(mock.store.list().filter((c) => c.HpcClusterId === id)).toHaveLength(1);

      const listed = await describeOne(id);
      expect(listed?.totalCount).toBe(1);
      expect(listed?.hpcClusters?.hpcCluster?.[0]).toMatchObject({
        hpcClusterId: id,
        name: `sdk-${algorithm}`,
        description: "Created by the SDK",
      });

      const modified = await client.modifyHpcClusterAttribute(
        new $Ecs.ModifyHpcClusterAttributeRequest({
          regionId: REGION,
          hpcClusterId: id,
          name: `sdk-renamed-${algorithm}`,
          description: "Changed by the SDK",
        }),
      );
      expect(modified.statusCode).toBe(200);
      expect(modified.body?.requestId).toMatch(/^[0-9A-F-]{36}$/);
      expect((await describeOne(id))?.hpcClusters?.hpcCluster?.[0]).toMatchObject({
        hpcClusterId: id,
        name: `sdk-renamed-${algorithm}`,
        description: "Changed by the SDK",
      });

      const deleted = await client.deleteHpcCluster(
        new $Ecs.DeleteHpcClusterRequest({ regionId: REGION, hpcClusterId: id }),
      );
      expect(deleted.statusCode).toBe(200);
      const after = await describeOne(id);
      expect(after?.totalCount).toBe(0);
      expect(after?.hpcClusters?.hpcCluster ?? []).toEqual([]);
      expect(mock.store.get(id)).toBeUndefined();
      // Nothing reached the in-process msw handlers.
      expect(store.requestCount()).toBe(0);
    });

    it("surfaces the family's service errors with the spec's codes", async () => {
      const client = sdk();
      const full = mock.store.list()[0]?.HpcClusterId as string;
      mock.store.setInstanceCount(full, 2);
      try {
        await expect(
          client.deleteHpcCluster(new $Ecs.DeleteHpcClusterRequest({ regionId: REGION, hpcClusterId: full })),
        ).rejects.toMatchObject({ code: "NotEmpty.HpcCluster", statusCode: 400 });
      } finally {
        mock.store.setInstanceCount(full, 0);
      }
      await expect(
        client.modifyHpcClusterAttribute(
          new $Ecs.ModifyHpcClusterAttributeRequest({ regionId: REGION, hpcClusterId: "hpc-nosuchcluster" }),
        ),
      ).rejects.toMatchObject({ code: "InvalidModifyInfo" });
      await expect(
        client.deleteHpcCluster(
          new $Ecs.DeleteHpcClusterRequest({ regionId: REGION, hpcClusterId: "hpc-nosuchcluster" }),
        ),
      ).rejects.toMatchObject({ code: "NotExists.HpcCluster" });
    });
  },
);

describe("ClientToken idempotency through our client, with lost responses", () => {
  const client = (onEvent: (event: AttemptEvent) => void, signatureVersion: SignatureVersion = "v3") =>
    createEcsClient({
      regionId: REGION,
      credentials: mockCredentials,
      signatureVersion,
      retry: { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 5 },
      onEvent,
    });

  it.each(["v3", "v1"] as const)(
    "a seeded 50%% dropAfterCommit rate (%s): each logical create makes exactly one cluster",
    async (signatureVersion) => {
      server.use(
        ...createHpcHandlers({ store, faults: { seed: 31, dropAfterCommitRate: 0.5, actions: ["CreateHpcCluster"] } }),
      );
      const events: AttemptEvent[] = [];
      const ecs = client((event) => events.push(event), signatureVersion);
      const before = store.list().length;
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) ids.push((await ecs.createHpcCluster({ Name: `lossy-${i}` })).HpcClusterId);

      expect(store.list()).toHaveLength(before + 12);
      expect(
        store
          .list()
          .slice(before)
          .map((c) => c.HpcClusterId),
      ).toEqual(ids);
      expect(new Set(ids).size).toBe(12);
      // Responses were lost and the calls retried, each with its one auto-filled token.
      const lost = events.filter((event) => event.outcome !== "success").length;
      expect(lost).toBeGreaterThan(0);
      expect(events.filter((event) => event.outcome === "network")).toHaveLength(lost);
      expect(store.requestCount("CreateHpcCluster")).toBe(12 + lost);
      expect(store.idempotency.size).toBe(12);
    },
  );

  it("hpcFault('dropAfterCommit'): the one lost response is retried into the same cluster", async () => {
    server.use(hpcFault("CreateHpcCluster", "dropAfterCommit", { times: 1 }));
    const events: AttemptEvent[] = [];
    const before = store.list().length;
    const created = await client((event) => events.push(event)).createHpcCluster({
      Name: "lost-once",
      Description: "One response lost",
    });
    expect(store.list()).toHaveLength(before + 1);
    expect(store.get(created.HpcClusterId)).toMatchObject({ Name: "lost-once" });
    expect(store.requestCount("CreateHpcCluster")).toBe(2);
    expect(events.map((event) => event.outcome)).toEqual(["network", "success"]);
  });
});
