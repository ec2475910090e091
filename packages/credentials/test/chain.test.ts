// chain() and defaultCredentials(): the official order, the remembered provider, the summary
// error; and createEcsClient without `credentials` signing with a profile from a fixture HOME.
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createEcsClient } from "@ecs-hpc/core";
import {
  chain,
  CredentialsError,
  CredentialsNotConfiguredError,
  defaultCredentials,
  makeCredentials,
} from "../src/node.ts";
import {
  cliConfig,
  fixtureHome,
  isolatedEnv,
  mockCredentials,
  OIDC_PROVIDER_ARN,
  ROLE_ARN,
  startLoopbackMock,
  type LoopbackMock,
} from "./support.ts";

let mock: LoopbackMock | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  await mock?.close();
  mock = undefined;
  for (const c of cleanups.splice(0)) c();
});
function home(files: Record<string, string>) {
  const h = fixtureHome(files);
  cleanups.push(h.cleanup);
  return h;
}
const SECRET = "ProfileSecretThatMustNotLeak000";

describe("chain", () => {
  it("tries in order, remembers the provider that worked and asks only it next time", async () => {
    const a = vi.fn(async () => {
      throw new CredentialsNotConfiguredError("A is not set", { source: "a" });
    });
    const b = vi.fn(async () => makeCredentials({ accessKeyId: "B", accessKeySecret: "s" }));
    const c = vi.fn(async () => makeCredentials({ accessKeyId: "C", accessKeySecret: "s" }));
    const provider = chain({ name: "a", provider: a }, { name: "b", provider: b }, { name: "c", provider: c });
    expect((await provider()).accessKeyId).toBe("B");
    expect(provider.selected).toBe("b");
    expect((await provider()).accessKeyId).toBe("B");
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
    expect(c).not.toHaveBeenCalled();
  });

  it("when none yields: one CredentialsError with what each source said, and no secret", async () => {
    const provider = chain(
      {
        name: "first",
        provider: async () => {
          throw new CredentialsNotConfiguredError("FIRST_VAR is not set", { source: "first" });
        },
      },
      {
        name: "second",
        provider: async () => {
          throw new TypeError("fetch failed");
        },
      },
    );
    const error = (await provider().catch((e: unknown) => e)) as CredentialsError;
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.sources).toEqual([
      { source: "first", message: "FIRST_VAR is not set" },
      { source: "second", message: "TypeError: fetch failed" },
    ]);
    expect(error.message).toBe(
      "no credentials found in the chain (first: FIRST_VAR is not set; second: TypeError: fetch failed)",
    );
  });

  it("concurrent first calls walk the chain once", async () => {
    const slow = vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 5));
      return makeCredentials({ accessKeyId: "S", accessKeySecret: "s" });
    });
    const provider = chain(slow);
    await Promise.all(Array.from({ length: 50 }, () => provider()));
    expect(slow).toHaveBeenCalledTimes(1);
  });
});

describe("defaultCredentials", () => {
  const profile = {
    name: "default",
    mode: "AK",
    access_key_id: "LTAIprofile",
    access_key_secret: SECRET,
    region_id: "cn-shanghai",
  };

  it("the environment wins over a CLI profile, which wins over the credentials file", async () => {
    const h = home({
      ".aliyun/config.json": cliConfig([profile]),
      ".alibabacloud/credentials": "[default]\ntype = access_key\naccess_key_id = LTAIfile\naccess_key_secret = f\n",
    });
    const envFirst = defaultCredentials({
      env: isolatedEnv(h.home, { ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIenv", ALIBABA_CLOUD_ACCESS_KEY_SECRET: "e" }),
    });
    expect((await envFirst()).accessKeyId).toBe("LTAIenv");
    expect(envFirst.selected).toBe("environment");
    const cli = defaultCredentials({ env: isolatedEnv(h.home) });
    expect((await cli()).accessKeyId).toBe("LTAIprofile");
    expect(cli.selected).toBe("cli-profile");
    const file = defaultCredentials({ env: isolatedEnv(h.home, { ALIBABA_CLOUD_CLI_PROFILE_DISABLED: "true" }) });
    expect((await file()).accessKeyId).toBe("LTAIfile");
    expect(file.selected).toBe("credentials-file");
  });

  it("reads the environment again at each call, so rotated keys are seen", async () => {
    const h = home({});
    const env: Record<string, string> = isolatedEnv(h.home, {
      ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIold",
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: "old",
    });
    const provider = defaultCredentials({ env });
    expect((await provider()).accessKeyId).toBe("LTAIold");
    env.ALIBABA_CLOUD_ACCESS_KEY_ID = "LTAInew";
    expect((await provider()).accessKeyId).toBe("LTAInew");
  });

  it("OIDC (all three variables) comes before the CLI profile", async () => {
    const h = home({ ".aliyun/config.json": cliConfig([profile]), token: "eyJ.t" });
    mock = await startLoopbackMock();
    const provider = defaultCredentials({
      stsEndpoint: mock.url,
      env: isolatedEnv(h.home, {
        ALIBABA_CLOUD_ROLE_ARN: ROLE_ARN,
        ALIBABA_CLOUD_OIDC_PROVIDER_ARN: OIDC_PROVIDER_ARN,
        ALIBABA_CLOUD_OIDC_TOKEN_FILE: h.path("token"),
      }),
    });
    expect((await provider()).accessKeyId).toBe(mock.issuer.issued()[0]!.accessKeyId);
    expect(provider.selected).toBe("oidc-role-arn");
  });

  it("then the ECS RAM role, then the credentials URI", async () => {
    const h = home({});
    mock = await startLoopbackMock();
    const ecs = defaultCredentials({ metadataEndpoint: mock.url, env: { HOME: h.home } });
    expect((await ecs()).accessKeyId).toBe(mock.issuer.issued()[0]!.accessKeyId);
    expect(ecs.selected).toBe("ecs-ram-role");

    const uri = `${mock.url}/credentials-uri`;
    const { http, HttpResponse } = await import("msw");
    mock.server.use(
      http.get("*/credentials-uri", () =>
        HttpResponse.json({
          AccessKeyId: "STS.uri",
          AccessKeySecret: "u",
          SecurityToken: "t",
          Expiration: "2099-01-01T00:00:00Z",
        }),
      ),
    );
    const fromUri = defaultCredentials({ env: isolatedEnv(h.home, { ALIBABA_CLOUD_CREDENTIALS_URI: uri }) });
    expect(await fromUri()).toMatchObject({ accessKeyId: "STS.uri", expiration: new Date("2099-01-01T00:00:00Z") });
    expect(fromUri.selected).toBe("credentials-uri");
  });

  it("nothing configured: the error lists every source, in order", async () => {
    const h = home({});
    const error = (await defaultCredentials({ env: isolatedEnv(h.home) })().catch(
      (e: unknown) => e,
    )) as CredentialsError;
    expect(error.sources.map((s) => s.source)).toEqual([
      "environment",
      "oidc-role-arn",
      "cli-profile",
      "credentials-file",
      "ecs-ram-role",
      "credentials-uri",
    ]);
    expect(error.message).toMatch(
      /^no credentials found in the chain \(environment: ALIBABA_CLOUD_ACCESS_KEY_ID and \S+ are not set; /,
    );
    expect(error.message).toContain(`${h.home}/.aliyun/config.json does not exist`);
  });

  it("a broken profile is reported with the file and without its secret, and the chain goes on", async () => {
    const h = home({
      ".aliyun/config.json": cliConfig([{ ...profile, mode: "OAuth" }]),
      ".alibabacloud/credentials": "[default]\ntype = access_key\naccess_key_id = LTAIfile\naccess_key_secret = f\n",
    });
    const provider = defaultCredentials({ env: isolatedEnv(h.home) });
    expect((await provider()).accessKeyId).toBe("LTAIfile");
    const none = home({ ".aliyun/config.json": cliConfig([{ ...profile, mode: "OAuth" }]) });
    const error = (await defaultCredentials({ env: isolatedEnv(none.home) })().catch(
      (e: unknown) => e,
    )) as CredentialsError;
    expect(error.sources.find((s) => s.source === "cli-profile:default")?.message).toMatch(
      /config\.json: profile "default" has mode "OAuth"/,
    );
    expect(`${error.message}${inspect(error)}${JSON.stringify(error)}`).not.toContain(SECRET);
  });
});

describe("createEcsClient without a credentials option", () => {
  it("signs with the CLI profile of a fixture HOME and takes its region", async () => {
    mock = await startLoopbackMock();
    const h = home({
      ".aliyun/config.json": cliConfig([
        {
          name: "default",
          mode: "AK",
          access_key_id: mockCredentials.accessKeyId,
          access_key_secret: mockCredentials.accessKeySecret,
          region_id: "cn-shanghai",
        },
      ]),
    });
    vi.stubEnv("HOME", h.home);
    vi.stubEnv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
    for (const name of [
      "ALIBABA_CLOUD_ACCESS_KEY_ID",
      "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
      "ALIBABA_CLOUD_REGION_ID",
      "ALIBABA_CLOUD_PROFILE",
      "ALIBABA_CLOUD_CREDENTIALS_FILE",
    ])
      vi.stubEnv(name, undefined);
    const ecs = createEcsClient({ endpoint: mock.url, retry: false });
    expect(ecs.regionId).toBe("cn-shanghai");
    await expect(ecs.describeHpcClusters({ PageSize: 10 })).resolves.toMatchObject({ TotalCount: expect.any(Number) });
    expect(mock.requests.at(-1)!.headers.get("authorization")).toContain(`Credential=${mockCredentials.accessKeyId},`);
  });

  it("with nothing configured: core's EcsCredentialsError with the chain's message, before any request", async () => {
    mock = await startLoopbackMock();
    const h = home({});
    vi.stubEnv("HOME", h.home);
    vi.stubEnv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
    for (const name of [
      "ALIBABA_CLOUD_ACCESS_KEY_ID",
      "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
      "ALIBABA_CLOUD_CREDENTIALS_URI",
      "ALIBABA_CLOUD_ROLE_ARN",
      "ALIBABA_CLOUD_CREDENTIALS_FILE",
    ])
      vi.stubEnv(name, undefined);
    const ecs = createEcsClient({ endpoint: mock.url, regionId: "cn-hangzhou", retry: false });
    const error = (await ecs.describeHpcClusters({}).catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({
      name: "EcsCredentialsError",
      kind: "credentials",
      message: expect.stringMatching(/^no credentials found in the chain \(environment: /),
    });
    expect(mock.requests).toHaveLength(0);
  });
});
