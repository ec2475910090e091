// The official SDK (@alicloud/ecs20140526 on @alicloud/openapi-core) against the mock over real
// HTTP: the standalone server started in-process, and the built bin as a subprocess. Both
// signature algorithms: V3 (the SDK's default) and `signatureAlgorithm: "v2"` (V1, HMAC-SHA1).
import Ecs20140526, * as $Ecs from "@alicloud/ecs20140526";
import { $OpenApiUtil } from "@alicloud/openapi-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations } from "@ecs-hpc/core";
import { createHpcStore, mockCredentials, type MockCredential } from "../src/index.ts";
import { startMockServer, type RunningMockServer } from "../src/server.ts";
import { startBin, type RunningBin } from "./support/bin-process.ts";

type Algorithm = "v3" | "v2";

// The SDK is CommonJS with `exports.default = Client`: Node's ESM import gives module.exports
// (so the class is `.default`), vitest's interop may already unwrap it.
type EcsClientClass = typeof Ecs20140526.default;
const EcsClient: EcsClientClass = (
  typeof Ecs20140526 === "function" ? Ecs20140526 : Ecs20140526.default
) as EcsClientClass;

function sdkClient(url: string, credential: MockCredential, algorithm: Algorithm) {
  const { host } = new URL(url);
  return new EcsClient(
    new $OpenApiUtil.Config({
      accessKeyId: credential.accessKeyId,
      accessKeySecret: credential.accessKeySecret,
      ...(credential.securityToken ? { securityToken: credential.securityToken } : {}),
      endpoint: host,
      protocol: "http",
      regionId: "cn-hangzhou",
      ...(algorithm === "v2" ? { signatureAlgorithm: "v2" } : {}),
    }),
  );
}

const errors = operations.DescribeHpcClusters.errors;
const request = (fields: ConstructorParameters<typeof $Ecs.DescribeHpcClustersRequest>[0]) =>
  new $Ecs.DescribeHpcClustersRequest(fields);

interface SdkError {
  code: string;
  statusCode: number;
  retryAfter?: number;
  data?: Record<string, unknown>;
}

async function sdkError(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error("the call succeeded");
}

describe.each(["v3", "v2"] as const)("official SDK, signature %s, standalone server in-process", (algorithm) => {
  let mock: RunningMockServer;
  beforeAll(async () => {
    mock = await startMockServer({ store: { seed: 77, clusters: 23 } });
  });
  afterAll(() => mock.close());

  it("pages through DescribeHpcClusters", async () => {
    const client = sdkClient(mock.url, mockCredentials, algorithm);
    const first = await client.describeHpcClusters(request({ regionId: "cn-hangzhou" }));
    expect(first.statusCode).toBe(200);
    expect(first.body?.pageNumber).toBe(1);
    expect(first.body?.pageSize).toBe(10);
    expect(first.body?.totalCount).toBe(23);
    expect(first.body?.requestId).toMatch(/^[0-9A-F-]{36}$/);
    const last = await client.describeHpcClusters(request({ regionId: "cn-hangzhou", pageNumber: 3, pageSize: 10 }));
    expect(last.body?.hpcClusters?.hpcCluster?.map((c) => c.hpcClusterId)).toEqual(
      mock.store
        .list()
        .slice(20)
        .map((c) => c.HpcClusterId),
    );
    const cluster = mock.store.list()[20];
    expect(last.body?.hpcClusters?.hpcCluster?.[0]).toMatchObject({
      hpcClusterId: cluster?.HpcClusterId,
      name: cluster?.Name,
      description: cluster?.Description,
    });
  });

  it("filters by HpcClusterIds (a JSON-array string) and sends a ClientToken", async () => {
    const client = sdkClient(mock.url, mockCredentials, algorithm);
    const ids = mock.store
      .list()
      .slice(2, 5)
      .map((c) => c.HpcClusterId);
    const answer = await client.describeHpcClusters(
      request({
        regionId: "cn-hangzhou",
        hpcClusterIds: JSON.stringify(ids),
        clientToken: `sdk-${algorithm}-${Date.now()}`,
        ownerId: 1,
      }),
    );
    expect(answer.body?.totalCount).toBe(3);
  });

  it("surfaces the service's errors: code, status, request id", async () => {
    const client = sdkClient(mock.url, mockCredentials, algorithm);
    const region = await sdkError(client.describeHpcClusters(request({ regionId: "cn-nowhere-9" })));
    expect(region).toMatchObject({
      code: "InvalidRegionId.NotFound",
      statusCode: errors["InvalidRegionId.NotFound"].status,
    });
    expect(region.data?.HostId).toBe(new URL(mock.url).host);
    const paging = await sdkError(client.describeHpcClusters(request({ regionId: "cn-hangzhou", pageSize: 500 })));
    expect(paging).toMatchObject({ code: "Invalid.Parameter", statusCode: errors["Invalid.Parameter"].status });
  });

  it("is refused with a wrong secret or an unknown key", async () => {
    const wrongSecret = sdkClient(mock.url, { ...mockCredentials, accessKeySecret: "not-it" }, algorithm);
    expect(await sdkError(wrongSecret.describeHpcClusters(request({ regionId: "cn-hangzhou" })))).toMatchObject({
      code: "SignatureDoesNotMatch",
      statusCode: errors.SignatureDoesNotMatch.status,
    });
    const unknown = sdkClient(mock.url, { accessKeyId: "LTAI5tUnknown00000000000", accessKeySecret: "x" }, algorithm);
    expect(await sdkError(unknown.describeHpcClusters(request({ regionId: "cn-hangzhou" })))).toMatchObject({
      code: "InvalidAccessKeyId.NotFound",
      statusCode: errors["InvalidAccessKeyId.NotFound"].status,
    });
  });

  it("signs STS credentials with their token", async () => {
    const sts = {
      accessKeyId: "STS.MockTemporaryKey0001",
      accessKeySecret: "MockStsSecret",
      securityToken: "CAIS-sdk-token",
    };
    const withSts = await startMockServer({ credentials: [sts], store: mock.store });
    try {
      expect(
        (await sdkClient(withSts.url, sts, algorithm).describeHpcClusters(request({ regionId: "cn-hangzhou" })))
          .statusCode,
      ).toBe(200);
      const wrongToken = sdkClient(withSts.url, { ...sts, securityToken: "CAIS-other" }, algorithm);
      expect(await sdkError(wrongToken.describeHpcClusters(request({ regionId: "cn-hangzhou" })))).toMatchObject({
        code: "InvalidSecurityToken.Mismatch",
      });
    } finally {
      await withSts.close();
    }
  });

  it("reads injected throttling as a throttling error with the retry delay", async () => {
    const throttled = await startMockServer({ faults: { throttleRate: 1, retryAfterMs: 1500 } });
    try {
      const error = await sdkError(
        sdkClient(throttled.url, mockCredentials, algorithm).describeHpcClusters(request({ regionId: "cn-hangzhou" })),
      );
      expect(error).toMatchObject({
        code: "Throttling.User",
        statusCode: errors["Throttling.User"].status,
        retryAfter: 1500,
      });
    } finally {
      await throttled.close();
    }
  });
});

// The bin is a spawned Node process: an explicit budget for a loaded machine.
describe("official SDK against the ecs-hpc-mock bin", { timeout: 60_000 }, () => {
  const credential = { accessKeyId: "LTAI5tBinTestKey00000001", accessKeySecret: "BinTestSecret0000000000000000" };
  let bin: RunningBin;
  beforeAll(async () => {
    bin = await startBin([
      "--port",
      "0",
      "--seed",
      "5",
      "--clusters",
      "13",
      "--access-key-id",
      credential.accessKeyId,
      "--access-key-secret",
      credential.accessKeySecret,
    ]);
  });
  afterAll(async () => {
    await bin.stop();
  });

  it("prints its URL first, the key pair on the next stdout lines, and a human line on stderr without the secret", () => {
    expect([bin.accessKeyId, bin.accessKeySecret]).toEqual([credential.accessKeyId, credential.accessKeySecret]);
    expect(bin.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(bin.stderr()).toContain(`13 HPC clusters in cn-hangzhou at ${bin.url}`);
    expect(bin.stderr()).not.toContain(credential.accessKeySecret);
  });

  it.each(["v3", "v2"] as const)(
    "serves DescribeHpcClusters to the SDK (%s), seeded like createHpcStore",
    async (algorithm) => {
      const answer = await sdkClient(bin.url, credential, algorithm).describeHpcClusters(
        request({ regionId: "cn-hangzhou", pageSize: 100 }),
      );
      expect(answer.body?.totalCount).toBe(13);
      expect(answer.body?.hpcClusters?.hpcCluster?.map((c) => c.hpcClusterId)).toEqual(
        createHpcStore({ seed: 5, clusters: 13 })
          .list()
          .map((c) => c.HpcClusterId),
      );
      expect(
        await sdkError(
          sdkClient(bin.url, mockCredentials, algorithm).describeHpcClusters(request({ regionId: "cn-hangzhou" })),
        ),
      ).toMatchObject({ code: "InvalidAccessKeyId.NotFound" });
    },
  );

  it("stops cleanly on SIGTERM", async () => {
    const other = await startBin(["--clusters", "1"]);
    expect(await other.stop("SIGTERM")).toBe(0);
    expect(other.stderr()).toContain("stopped (SIGTERM)");
  });
});
