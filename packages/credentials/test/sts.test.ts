// Role assumption against the loopback mock's STS: AssumeRole signed with the source keys,
// AssumeRoleWithOIDC anonymous; the issued credentials then work on the mock's ECS.
import { writeFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createEcsClient } from "@ecs-hpc/core";
import { fromOidcRoleArn, fromRamRoleArn, makeCredentials } from "../src/node.ts";
import {
  fixtureHome,
  mockCredentials,
  OIDC_PROVIDER_ARN,
  ROLE_ARN,
  startLoopbackMock,
  type LoopbackMock,
} from "./support.ts";

let mock: LoopbackMock | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await mock?.close();
  mock = undefined;
  for (const c of cleanups.splice(0)) c();
});

describe("fromRamRoleArn", () => {
  it("assumes the role with signed AssumeRole; the temporary keys work on ECS", async () => {
    mock = await startLoopbackMock();
    const provider = fromRamRoleArn({
      source: mockCredentials,
      roleArn: ROLE_ARN,
      roleSessionName: "unit-test",
      durationSeconds: 1800,
      policy: '{"Version":"1"}',
      externalId: "ext-1",
      stsEndpoint: mock.url,
    });
    const credentials = await provider();
    expect(credentials).toMatchObject({
      accessKeyId: expect.stringMatching(/^STS\./),
      securityToken: expect.any(String),
    });
    const [issued] = mock.issuer.issued();
    expect(issued).toMatchObject({
      via: "AssumeRole",
      subject: ROLE_ARN,
      params: {
        RoleArn: ROLE_ARN,
        RoleSessionName: "unit-test",
        DurationSeconds: "1800",
        Policy: '{"Version":"1"}',
        ExternalId: "ext-1",
      },
    });
    expect(credentials.expiration!.getTime()).toBe(issued!.expiration.getTime());
    expect(mock.requests[0]!.headers.get("authorization")).toMatch(
      /^ACS3-HMAC-SHA256 Credential=LTAI5tMockAccessKey00001,/,
    );
    const ecs = createEcsClient({ endpoint: mock.url, regionId: "cn-hangzhou", credentials: provider, retry: false });
    await expect(ecs.describeHpcClusters({ PageSize: 10 })).resolves.toMatchObject({ TotalCount: expect.any(Number) });
  });

  it("a wrong source secret gives STS's signature error, with no secret in the message", async () => {
    mock = await startLoopbackMock();
    const provider = fromRamRoleArn({
      source: { accessKeyId: mockCredentials.accessKeyId, accessKeySecret: "wrong-secret-123" },
      roleArn: ROLE_ARN,
      stsEndpoint: mock.url,
    });
    const error = (await provider().catch((e: unknown) => e)) as Error & { code?: string };
    expect(error).toMatchObject({ name: "CredentialsError", code: "SignatureDoesNotMatch" });
    expect(error.message).toMatch(/STS AssumeRole at 127\.0\.0\.1:\d+ failed: SignatureDoesNotMatch/);
    expect(error.message).not.toContain("wrong-secret-123");
  });

  it("a role the mock does not know, or too long a session: STS's codes", async () => {
    mock = await startLoopbackMock({ sts: { roleExists: (arn) => arn.endsWith("/known") } });
    await expect(
      fromRamRoleArn({ source: mockCredentials, roleArn: ROLE_ARN, stsEndpoint: mock.url })(),
    ).rejects.toMatchObject({ code: "EntityNotExist.Role" });
    await expect(
      fromRamRoleArn({
        source: mockCredentials,
        roleArn: "acs:ram::1:role/known",
        durationSeconds: 7200,
        stsEndpoint: mock.url,
      })(),
    ).rejects.toMatchObject({ code: "InvalidParameter.DurationSeconds" });
  });

  it("refreshes before expiry; 50 concurrent callers share one AssumeRole", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-01T00:00:00Z"));
    mock = await startLoopbackMock();
    const provider = fromRamRoleArn({
      source: mockCredentials,
      roleArn: ROLE_ARN,
      durationSeconds: 900,
      stsEndpoint: mock.url,
    });
    const first = await Promise.all(Array.from({ length: 50 }, () => provider()));
    expect(mock.issuer.issued()).toHaveLength(1);
    vi.setSystemTime(new Date("2026-06-01T00:12:30Z")); // 2.5 min left, under the 3 min margin
    const second = await Promise.all(Array.from({ length: 50 }, () => provider()));
    expect(mock.issuer.issued()).toHaveLength(2);
    expect(second[0]!.accessKeyId).not.toBe(first[0]!.accessKeyId);
    expect(new Set(second.map((c) => c.accessKeyId)).size).toBe(1);
  });

  it("bad input fails with a typed error before any request", async () => {
    mock = await startLoopbackMock();
    expect(() =>
      fromRamRoleArn({ source: mockCredentials, roleArn: "arn:aws:iam::1:role/x", stsEndpoint: mock!.url }),
    ).toThrow(/acs:ram::<account id>:role/);
    expect(() =>
      fromRamRoleArn({ source: mockCredentials, roleArn: ROLE_ARN, durationSeconds: 899, stsEndpoint: mock!.url }),
    ).toThrow(/>= 900/);
    expect(() =>
      fromRamRoleArn({ source: { accessKeyId: "", accessKeySecret: "" }, roleArn: ROLE_ARN, stsEndpoint: mock!.url }),
    ).toThrow(/lack accessKeyId/);
    expect(() => fromRamRoleArn({ source: mockCredentials, roleArn: ROLE_ARN, stsEndpoint: "ftp://x" })).toThrow(
      /http\(s\)/,
    );
    expect(mock.requests).toHaveLength(0);
  });

  it("uses sts.<region>.aliyuncs.com with ALIBABA_CLOUD_STS_REGION (and -vpc when asked)", async () => {
    const seen: string[] = [];
    const fakeFetch = (async (url: URL) => {
      seen.push(url.host);
      return new Response(JSON.stringify({ Code: "Denied", Message: "no" }), { status: 403 });
    }) as unknown as typeof fetch;
    await fromRamRoleArn({
      source: mockCredentials,
      roleArn: ROLE_ARN,
      fetch: fakeFetch,
      env: { ALIBABA_CLOUD_STS_REGION: "cn-beijing" },
    })().catch(() => undefined);
    await fromRamRoleArn({
      source: mockCredentials,
      roleArn: ROLE_ARN,
      fetch: fakeFetch,
      env: { ALIBABA_CLOUD_STS_REGION: "cn-beijing", ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED: "true" },
    })().catch(() => undefined);
    await fromRamRoleArn({ source: mockCredentials, roleArn: ROLE_ARN, fetch: fakeFetch, env: {} })().catch(
      () => undefined,
    );
    expect(seen).toEqual(["sts.cn-beijing.aliyuncs.com", "sts-vpc.cn-beijing.aliyuncs.com", "sts.aliyuncs.com"]);
  });

  it("chains: role credentials can sign the next AssumeRole", async () => {
    mock = await startLoopbackMock();
    const first = fromRamRoleArn({ source: mockCredentials, roleArn: ROLE_ARN, stsEndpoint: mock.url });
    const second = fromRamRoleArn({
      source: first,
      roleArn: "acs:ram::1234567890123456:role/next",
      stsEndpoint: mock.url,
    });
    const credentials = await second();
    expect(mock.issuer.issued().map((c) => c.subject)).toEqual([ROLE_ARN, "acs:ram::1234567890123456:role/next"]);
    expect(mock.requests[1]!.headers.get("x-acs-security-token")).toBe(mock.issuer.issued()[0]!.securityToken);
    expect(credentials.accessKeyId).toBe(mock.issuer.issued()[1]!.accessKeyId);
  });

  it("an expired source is refused by STS", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-01T00:00:00Z"));
    mock = await startLoopbackMock();
    const temp = await fromRamRoleArn({
      source: mockCredentials,
      roleArn: ROLE_ARN,
      durationSeconds: 900,
      stsEndpoint: mock.url,
    })();
    vi.setSystemTime(new Date("2026-06-01T00:16:00Z"));
    const stale = makeCredentials({
      accessKeyId: temp.accessKeyId,
      accessKeySecret: temp.accessKeySecret,
      securityToken: temp.securityToken,
    });
    await expect(fromRamRoleArn({ source: stale, roleArn: ROLE_ARN, stsEndpoint: mock.url })()).rejects.toMatchObject({
      code: "InvalidSecurityToken.Expired",
    });
  });
});

describe("fromOidcRoleArn", () => {
  it("reads the token file at every refresh and calls AssumeRoleWithOIDC without a signature", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-01T00:00:00Z"));
    const tokens: string[] = [];
    mock = await startLoopbackMock({ sts: { acceptOidcToken: (t) => (tokens.push(t), t.startsWith("eyJ")) } });
    const dir = fixtureHome({ token: "eyJ.first\n" });
    cleanups.push(dir.cleanup);
    const provider = fromOidcRoleArn({
      env: {
        ALIBABA_CLOUD_ROLE_ARN: ROLE_ARN,
        ALIBABA_CLOUD_OIDC_PROVIDER_ARN: OIDC_PROVIDER_ARN,
        ALIBABA_CLOUD_OIDC_TOKEN_FILE: dir.path("token"),
      },
      stsEndpoint: mock.url,
      durationSeconds: 900,
    });
    const first = await provider();
    expect(mock.requests[0]!.headers.get("authorization")).toBeNull();
    writeFileSync(dir.path("token"), "eyJ.rotated");
    vi.setSystemTime(new Date("2026-06-01T00:13:00Z"));
    const second = await provider();
    expect(tokens).toEqual(["eyJ.first", "eyJ.rotated"]);
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(mock.issuer.issued().map((c) => c.params.OIDCProviderArn)).toEqual([OIDC_PROVIDER_ARN, OIDC_PROVIDER_ARN]);
    const ecs = createEcsClient({ endpoint: mock.url, regionId: "cn-hangzhou", credentials: provider, retry: false });
    await expect(ecs.describeHpcClusters({})).resolves.toBeDefined();
  });

  it("a refused token, a missing token file, and bad ARNs are typed errors", async () => {
    mock = await startLoopbackMock({ sts: { acceptOidcToken: () => false } });
    const dir = fixtureHome({ token: "eyJ.x" });
    cleanups.push(dir.cleanup);
    const env = {
      ALIBABA_CLOUD_ROLE_ARN: ROLE_ARN,
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: OIDC_PROVIDER_ARN,
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: dir.path("token"),
    };
    await expect(fromOidcRoleArn({ env, stsEndpoint: mock.url })()).rejects.toMatchObject({
      code: "AuthenticationFail.OIDCToken.Invalid",
    });
    await expect(
      fromOidcRoleArn({ env: { ...env, ALIBABA_CLOUD_OIDC_TOKEN_FILE: dir.path("missing") }, stsEndpoint: mock.url })(),
    ).rejects.toThrow(/token file .*missing cannot be read \(ENOENT\)/);
    const before = mock.requests.length;
    expect(() =>
      fromOidcRoleArn({ env: { ...env, ALIBABA_CLOUD_OIDC_PROVIDER_ARN: "nope" }, stsEndpoint: mock!.url }),
    ).toThrow(/oidcProviderArn/);
    expect(() => fromOidcRoleArn({ env: {}, stsEndpoint: mock!.url })).toThrow(/are not set/);
    expect(mock.requests.length).toBe(before);
  });
});
