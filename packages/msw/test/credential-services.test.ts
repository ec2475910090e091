// The mock's STS and instance metadata service: what they check, what they issue, and that the
// mock's ECS accepts the issued credentials until they expire.
import { afterEach, describe, expect, it, vi } from "vitest";
import { setupServer } from "msw/node";
import { formatAcsDate, signV1, v1CommonParams, percentEncode } from "@ecs-hpc/core/signer";
import { createEcsClient } from "@ecs-hpc/core";
import {
  createCredentialIssuer,
  createHpcHandlers,
  createImdsHandlers,
  createStsHandlers,
  mockCredentials,
} from "../src/index.ts";
import { startBin } from "./support/bin-process.ts";

const ROLE = "acs:ram::1234567890123456:role/mock-test";
let server: ReturnType<typeof setupServer> | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
  vi.useRealTimers();
});

function setup(options: Parameters<typeof createImdsHandlers>[0] = {}) {
  const issuer = createCredentialIssuer();
  server = setupServer(
    ...createStsHandlers({ issuer }),
    ...createImdsHandlers({ issuer, ...options }),
    ...createHpcHandlers({ credentials: issuer.accepted }),
  );
  server.listen({ onUnhandledFrame: "error" });
  return issuer;
}

/** A V1-signed AssumeRole as Alibaba's own library sends it: common parameters in the query, the rest in the body. */
async function assumeRoleV1(
  params: Record<string, string>,
  key: { accessKeyId: string; accessKeySecret: string; securityToken?: string } = mockCredentials,
) {
  const query = v1CommonParams({
    action: "AssumeRole",
    version: "2015-04-01",
    accessKeyId: key.accessKeyId,
    nonce: crypto.randomUUID(),
    timestamp: formatAcsDate(new Date()),
    securityToken: key.securityToken,
  });
  const { signature } = signV1({
    method: "POST",
    params: { ...query, ...params },
    accessKeySecret: key.accessKeySecret,
  });
  const qs = Object.entries({ ...query, Signature: signature })
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
    .join("&");
  const body = Object.entries(params)
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
    .join("&");
  const response = await fetch(`https://sts.aliyuncs.com/?${qs}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe("createStsHandlers", () => {
  it("AssumeRole (V1) issues credentials the mock's ECS accepts until they expire", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-01T00:00:00Z"));
    const issuer = setup();
    const { status, body } = await assumeRoleV1({ RoleArn: ROLE, RoleSessionName: "s1", DurationSeconds: "900" });
    expect(status).toBe(200);
    expect(body.Credentials).toMatchObject({
      AccessKeyId: expect.stringMatching(/^STS\./),
      Expiration: "2026-06-01T00:15:00Z",
    });
    expect(body.AssumedRoleUser.Arn).toBe(`${ROLE}/s1`);
    const temp = {
      accessKeyId: body.Credentials.AccessKeyId,
      accessKeySecret: body.Credentials.AccessKeySecret,
      securityToken: body.Credentials.SecurityToken,
    };
    const ecs = createEcsClient({ regionId: "cn-hangzhou", credentials: temp, retry: false, fetch });
    await expect(ecs.describeHpcClusters({})).resolves.toBeDefined();
    vi.setSystemTime(new Date("2026-06-01T00:15:00Z"));
    await expect(ecs.describeHpcClusters({})).rejects.toMatchObject({ code: "InvalidAccessKeyId.NotFound" });
    expect(issuer.isExpired(temp.accessKeyId)).toBe(true);
    // An expired STS key cannot assume a role either.
    expect((await assumeRoleV1({ RoleArn: ROLE, RoleSessionName: "s2" }, temp)).body.Code).toBe(
      "InvalidSecurityToken.Expired",
    );
  });

  it.each([
    [{ RoleSessionName: "ok" }, "MissingRoleArn"],
    [{ RoleArn: "acs:ram::x:role/y", RoleSessionName: "ok" }, "InvalidParameter.RoleArn"],
    [{ RoleArn: ROLE }, "MissingRoleSessionName"],
    [{ RoleArn: ROLE, RoleSessionName: "a b" }, "InvalidParameter.RoleSessionName"],
    [{ RoleArn: ROLE, RoleSessionName: "ok", DurationSeconds: "899" }, "InvalidParameter.DurationSeconds"],
    [{ RoleArn: ROLE, RoleSessionName: "ok", DurationSeconds: "3601" }, "InvalidParameter.DurationSeconds"],
  ])("refuses %o with %s and issues nothing", async (params, code) => {
    const issuer = setup();
    const { status, body } = await assumeRoleV1(params);
    expect(status).toBe(400);
    expect(body.Code).toBe(code);
    expect(issuer.issued()).toHaveLength(0);
  });

  it("a wrong secret is SignatureDoesNotMatch; requests for ECS's version fall through to ECS", async () => {
    setup();
    expect(
      (await assumeRoleV1({ RoleArn: ROLE, RoleSessionName: "ok" }, { ...mockCredentials, accessKeySecret: "wrong" }))
        .body.Code,
    ).toBe("SignatureDoesNotMatch");
    const ecs = await fetch(
      "https://ecs.cn-hangzhou.aliyuncs.com/?Action=DescribeHpcClusters&Version=2014-05-26&Format=JSON",
    );
    expect(((await ecs.json()) as { Code: string }).Code).toBe("IncompleteSignature");
  });
});

describe("createImdsHandlers", () => {
  const base = "http://100.100.100.200";
  const token = async (ttl = "60") =>
    fetch(`${base}/latest/api/token`, { method: "PUT", headers: { "x-aliyun-ecs-metadata-token-ttl-seconds": ttl } });

  it("tokens: TTL checked, required when asked, refused once expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-01T00:00:00Z"));
    setup({ imdsV2: "required" });
    expect((await token("0")).status).toBe(400);
    expect((await token("21601")).status).toBe(400);
    const t = await (await token("60")).text();
    const role = (headers: Record<string, string>) =>
      fetch(`${base}/latest/meta-data/ram/security-credentials/`, { headers });
    expect((await role({})).status).toBe(403);
    expect(await (await role({ "x-aliyun-ecs-metadata-token": t })).text()).toBe("EcsRamRoleMock");
    expect((await role({ "x-aliyun-ecs-metadata-token": "forged" })).status).toBe(401);
    vi.setSystemTime(new Date("2026-06-01T00:01:00Z"));
    expect((await role({ "x-aliyun-ecs-metadata-token": t })).status).toBe(401);
  });

  it("credentials: kept while fresh, re-issued near expiry, unknown roles 404", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-01T00:00:00Z"));
    const issuer = setup({ credentialsTtlSeconds: 3600, refreshWithinSeconds: 600 });
    const get = async (role = "EcsRamRoleMock") => fetch(`${base}/latest/meta-data/ram/security-credentials/${role}`);
    const first = (await (await get()).json()) as Record<string, string>;
    expect(first).toMatchObject({
      Code: "Success",
      Expiration: "2026-06-01T01:00:00Z",
      LastUpdated: "2026-06-01T00:00:00Z",
    });
    vi.setSystemTime(new Date("2026-06-01T00:49:00Z"));
    expect(((await (await get()).json()) as Record<string, string>).AccessKeyId).toBe(first.AccessKeyId);
    vi.setSystemTime(new Date("2026-06-01T00:51:00Z"));
    expect(((await (await get()).json()) as Record<string, string>).AccessKeyId).not.toBe(first.AccessKeyId);
    expect(issuer.issued()).toHaveLength(2);
    expect((await get("Other")).status).toBe(404);
  });

  it("imdsV2 unsupported: the token endpoint is 404, v1 requests work", async () => {
    setup({ imdsV2: "unsupported" });
    expect((await token()).status).toBe(404);
    expect((await fetch(`${base}/latest/meta-data/ram/security-credentials/`)).status).toBe(200);
  });
});

describe("ecs-hpc-mock --credential-services", () => {
  it("serves STS and the metadata service next to ECS", async () => {
    const bin = await startBin(["--credential-services", "--clusters", "3"]);
    try {
      expect(bin.stderr()).toContain("STS and metadata service on");
      const role = await fetch(`${bin.url}/latest/meta-data/ram/security-credentials/`);
      expect(await role.text()).toBe("EcsRamRoleMock");
      const creds = (await (
        await fetch(`${bin.url}/latest/meta-data/ram/security-credentials/EcsRamRoleMock`)
      ).json()) as Record<string, string>;
      const ecs = createEcsClient({
        endpoint: bin.url,
        regionId: "cn-hangzhou",
        retry: false,
        credentials: {
          accessKeyId: creds.AccessKeyId!,
          accessKeySecret: creds.AccessKeySecret!,
          securityToken: creds.SecurityToken,
        },
      });
      expect((await ecs.describeHpcClusters({})).TotalCount).toBe(3);
    } finally {
      await bin.stop();
    }
  }, 30_000);
});
