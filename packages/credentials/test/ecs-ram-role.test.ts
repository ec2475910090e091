// The ECS RAM role source against the loopback mock of the metadata service.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createEcsClient } from "@ecs-hpc/core";
import { fromEcsRamRole } from "../src/node.ts";
import { startLoopbackMock, type LoopbackMock } from "./support.ts";

let mock: LoopbackMock | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await mock?.close();
  mock = undefined;
});

const paths = (m: LoopbackMock) => m.requests.map((r) => `${r.method} ${r.path}`);

describe("fromEcsRamRole", () => {
  it("IMDSv2: gets a token first, sends it, asks the role name, returns the role's credentials", async () => {
    mock = await startLoopbackMock();
    const credentials = await fromEcsRamRole({ endpoint: mock.url, env: {} })();
    expect(credentials.accessKeyId).toMatch(/^STS\./);
    expect(credentials.securityToken).toBeTruthy();
    expect(credentials.expiration).toBeInstanceOf(Date);
    expect(paths(mock)).toEqual([
      "PUT /latest/api/token",
      "GET /latest/meta-data/ram/security-credentials/",
      "GET /latest/meta-data/ram/security-credentials/EcsRamRoleMock",
    ]);
    expect(mock.requests[0]!.headers.get("x-aliyun-ecs-metadata-token-ttl-seconds")).toBe("21600");
    const token = mock.requests[1]!.headers.get("x-aliyun-ecs-metadata-token");
    expect(token).toBeTruthy();
    expect(mock.requests[2]!.headers.get("x-aliyun-ecs-metadata-token")).toBe(token);
  });

  it("a given role name (or ALIBABA_CLOUD_ECS_METADATA) skips the role-name request", async () => {
    mock = await startLoopbackMock({ imds: { roleName: "MyRole" } });
    await fromEcsRamRole({ endpoint: mock.url, env: { ALIBABA_CLOUD_ECS_METADATA: "MyRole" } })();
    expect(paths(mock)).toEqual(["PUT /latest/api/token", "GET /latest/meta-data/ram/security-credentials/MyRole"]);
  });

  it("falls back to IMDSv1 when the token endpoint fails", async () => {
    mock = await startLoopbackMock({ imds: { imdsV2: "unsupported" } });
    const credentials = await fromEcsRamRole({ endpoint: mock.url, env: {} })();
    expect(credentials.accessKeyId).toMatch(/^STS\./);
    expect(mock.requests.slice(1).every((r) => r.headers.get("x-aliyun-ecs-metadata-token") === null)).toBe(true);
  });

  it.each([
    ["the option", { disableImdsV1: true, env: {} }],
    ["ALIBABA_CLOUD_IMDSV1_DISABLED=true", { env: { ALIBABA_CLOUD_IMDSV1_DISABLED: "true" } }],
  ])("with IMDSv1 disabled (%s) a failed token request is an error and nothing else is asked", async (_, options) => {
    mock = await startLoopbackMock({ imds: { imdsV2: "unsupported" } });
    const error = await fromEcsRamRole({ endpoint: mock.url, ...options })().catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "CredentialsError",
      source: "ecs-ram-role",
      message: expect.stringMatching(/IMDSv1 is disabled.*HTTP 404/),
    });
    expect(paths(mock)).toEqual(["PUT /latest/api/token"]);
  });

  it("an instance that requires IMDSv2 serves a client that uses it", async () => {
    mock = await startLoopbackMock({ imds: { imdsV2: "required" } });
    await expect(fromEcsRamRole({ endpoint: mock.url, env: {}, disableImdsV1: true })()).resolves.toMatchObject({
      accessKeyId: expect.stringMatching(/^STS\./),
    });
  });

  it("an instance without a role: a CredentialsError naming the request", async () => {
    mock = await startLoopbackMock({ imds: { roleName: null } });
    await expect(fromEcsRamRole({ endpoint: mock.url, env: {} })()).rejects.toThrow(/security-credentials\/: HTTP 404/);
  });

  it("50 concurrent calls make one set of metadata requests", async () => {
    mock = await startLoopbackMock();
    const provider = fromEcsRamRole({ endpoint: mock.url, env: {} });
    const all = await Promise.all(Array.from({ length: 50 }, () => provider()));
    expect(new Set(all.map((c) => c.accessKeyId)).size).toBe(1);
    expect(mock.requests).toHaveLength(3);
    expect(mock.issuer.issued()).toHaveLength(1);
  });

  it("refreshes before expiry, so no ECS call carries expired credentials; the mock ECS refuses them", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-01T00:00:00Z"));
    mock = await startLoopbackMock({ imds: { credentialsTtlSeconds: 3600, refreshWithinSeconds: 300 } });
    const provider = fromEcsRamRole({ endpoint: mock.url, env: {}, refreshBeforeMs: 180_000 });
    const ecs = createEcsClient({ endpoint: mock.url, regionId: "cn-hangzhou", credentials: provider, retry: false });
    const first = await provider();
    await ecs.describeHpcClusters({ PageSize: 10 });

    // 58 minutes later the first credentials have 2 minutes left: the provider refreshes first.
    vi.setSystemTime(new Date("2026-06-01T00:58:00Z"));
    await ecs.describeHpcClusters({ PageSize: 10 });
    const second = await provider();
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(mock.issuer.issued()).toHaveLength(2);

    // The old ones, once expired, are refused by the mock's ECS.
    vi.setSystemTime(new Date("2026-06-01T01:00:01Z"));
    const stale = createEcsClient({ endpoint: mock.url, regionId: "cn-hangzhou", credentials: first, retry: false });
    await expect(stale.describeHpcClusters({ PageSize: 10 })).rejects.toMatchObject({
      kind: "service",
      code: "InvalidAccessKeyId.NotFound",
    });
    await expect(ecs.describeHpcClusters({ PageSize: 10 })).resolves.toMatchObject({ TotalCount: expect.any(Number) });
  });

  it("bad options fail before any request", async () => {
    mock = await startLoopbackMock();
    expect(() => fromEcsRamRole({ endpoint: "ftp://127.0.0.1", env: {} })).toThrow(/http\(s\)/);
    expect(() => fromEcsRamRole({ endpoint: mock!.url, roleName: "bad/role", env: {} })).toThrow(/not a RAM role name/);
    expect(() => fromEcsRamRole({ endpoint: mock!.url, timeoutMs: 0, env: {} })).toThrow(TypeError);
    expect(mock.requests).toHaveLength(0);
  });
});

describe("a hostile metadata service", () => {
  async function hostile(handler: Parameters<typeof createServer>[1]) {
    const server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () =>
        new Promise<void>((r) => {
          server.closeAllConnections();
          server.close(() => r());
        }),
    };
  }

  it("a redirect is not followed", async () => {
    let followed = false;
    const s = await hostile((req, res) => {
      if (req.url === "/elsewhere") followed = true;
      res.writeHead(302, { location: "/elsewhere" }).end();
    });
    try {
      await expect(fromEcsRamRole({ endpoint: s.url, env: {}, roleName: "R" })()).rejects.toThrow(/redirect/);
      expect(followed).toBe(false);
    } finally {
      await s.close();
    }
  });

  it("an endless body is cut off with a typed error", async () => {
    const s = await hostile((req, res) => {
      if (req.method === "PUT") return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      const pump = () => {
        while (res.write(chunk)) if (res.destroyed) return;
        res.once("drain", pump);
      };
      pump();
    });
    try {
      await expect(fromEcsRamRole({ endpoint: s.url, env: {}, roleName: "R", timeoutMs: 20_000 })()).rejects.toThrow(
        /larger than 65536 bytes/,
      );
    } finally {
      await s.close();
    }
  });

  it("an answer whose Code is not Success is an error, and control characters are escaped", async () => {
    const s = await hostile((req, res) => {
      if (req.method === "PUT") return void res.writeHead(200).end("tok");
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          Code: "Fail\u001b[31m",
          AccessKeyId: "STS.x",
          AccessKeySecret: "leaked-secret",
          SecurityToken: "t",
          Expiration: "2030-01-01T00:00:00Z",
        }),
      );
    });
    try {
      const error = (await fromEcsRamRole({ endpoint: s.url, env: {}, roleName: "R" })().catch(
        (e: unknown) => e,
      )) as Error;
      expect(error.message).toMatch(/Code is "Fail\\\\u001b\[31m", not "Success"/);
      expect(error.message).not.toContain("\u001b");
      expect(error.message).not.toContain("leaked-secret");
    } finally {
      await s.close();
    }
  });
});
