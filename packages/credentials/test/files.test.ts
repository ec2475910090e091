// The aliyun CLI config and the INI credentials file, from fixture home directories.
import { afterEach, describe, expect, it } from "vitest";
import { inspect } from "node:util";
import {
  cliProfileRegion,
  defaultRegion,
  fromCliConfig,
  fromCredentialsFile,
  isCredentialsError,
} from "../src/node.ts";
import {
  cliConfig,
  fixtureHome,
  OIDC_PROVIDER_ARN,
  ROLE_ARN,
  startLoopbackMock,
  type LoopbackMock,
} from "./support.ts";

let mock: LoopbackMock | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  await mock?.close();
  mock = undefined;
  for (const c of cleanups.splice(0)) c();
});
function home(files: Record<string, string>) {
  const h = fixtureHome(files);
  cleanups.push(h.cleanup);
  return h;
}
async function rejection(promise: Promise<unknown>): Promise<Error & { file?: string; source?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

const SECRET = "TopSecretValueThatMustNotLeak42";

describe("fromCliConfig", () => {
  const profiles = [
    { name: "default", mode: "AK", access_key_id: "LTAIdefault", access_key_secret: SECRET, region_id: "cn-shanghai" },
    {
      name: "sts",
      mode: "StsToken",
      access_key_id: "STS.id",
      access_key_secret: "sts-secret",
      sts_token: "sts-token",
      region_id: "cn-beijing",
    },
    {
      name: "role",
      mode: "RamRoleArn",
      access_key_id: "LTAI5tMockAccessKey00001",
      access_key_secret: "MockAccessKeySecretForTests000",
      ram_role_arn: ROLE_ARN,
      ram_session_name: "cli-session",
      expired_seconds: 900,
    },
    {
      name: "chained",
      mode: "ChainableRamRoleArn",
      source_profile: "role",
      ram_role_arn: "acs:ram::1234567890123456:role/second",
      ram_session_name: "chained-session",
    },
    { name: "ecs", mode: "EcsRamRole", ram_role_name: "EcsRamRoleMock" },
    {
      name: "oidc",
      mode: "OIDC",
      ram_role_arn: ROLE_ARN,
      oidc_provider_arn: OIDC_PROVIDER_ARN,
      oidc_token_file: "TOKEN_FILE",
      ram_session_name: "oidc-session",
    },
    { name: "sso", mode: "CloudSSO" },
    { name: "loop-a", mode: "ChainableRamRoleArn", source_profile: "loop-b", ram_role_arn: ROLE_ARN },
    { name: "loop-b", mode: "ChainableRamRoleArn", source_profile: "loop-a", ram_role_arn: ROLE_ARN },
    { name: "broken", mode: "AK", access_key_id: "LTAIbroken" },
  ];
  const setup = () => {
    const h = home({ token: "eyJ.oidc" });
    const withToken = profiles.map((p) => (p.name === "oidc" ? { ...p, oidc_token_file: h.path("token") } : p));
    const h2 = home({ ".aliyun/config.json": cliConfig(withToken) });
    return { home: h2.home, env: { HOME: h2.home } };
  };

  it("AK and StsToken profiles; the profile is the option, else ALIBABA_CLOUD_PROFILE, else current", async () => {
    const { env } = setup();
    expect(await fromCliConfig({ env })()).toMatchObject({ accessKeyId: "LTAIdefault", accessKeySecret: SECRET });
    expect(await fromCliConfig({ env: { ...env, ALIBABA_CLOUD_PROFILE: "sts" } })()).toMatchObject({
      accessKeyId: "STS.id",
      securityToken: "sts-token",
    });
    expect(await fromCliConfig({ env: { ...env, ALIBABA_CLOUD_PROFILE: "sts" }, profile: "default" })()).toMatchObject({
      accessKeyId: "LTAIdefault",
    });
  });

  it("region_id of the selected profile is the default region; ALIBABA_CLOUD_REGION_ID wins", () => {
    const { env } = setup();
    expect(cliProfileRegion({ env })).toBe("cn-shanghai");
    expect(defaultRegion({ env, profile: "sts" })).toBe("cn-beijing");
    expect(defaultRegion({ env: { ...env, ALIBABA_CLOUD_REGION_ID: "eu-central-1" } })).toBe("eu-central-1");
    expect(defaultRegion({ env: { ...env, ALIBABA_CLOUD_CLI_PROFILE_DISABLED: "true" } })).toBeUndefined();
    expect(cliProfileRegion({ env: { HOME: "/nonexistent-home" } })).toBeUndefined();
  });

  it("variables the runtime refuses to read (Deno without --allow-env) count as unset", async () => {
    const refusing = new Proxy(
      {},
      {
        get: () => {
          throw new Error("NotCapable: Requires env access");
        },
      },
    );
    expect(defaultRegion({ env: refusing })).toBeUndefined();
    await expect(fromCliConfig({ env: refusing, file: "/nonexistent-ecs-hpc/config.json" })()).rejects.toMatchObject({
      name: "CredentialsNotConfiguredError",
    });
  });

  it("RamRoleArn, ChainableRamRoleArn, EcsRamRole and OIDC profiles reach the loopback mock", async () => {
    const { env } = setup();
    mock = await startLoopbackMock();
    const net = { env, stsEndpoint: mock.url, metadataEndpoint: mock.url };
    const role = await fromCliConfig({ ...net, profile: "role" })();
    expect(mock.issuer.issued().at(-1)).toMatchObject({
      via: "AssumeRole",
      params: { RoleArn: ROLE_ARN, RoleSessionName: "cli-session", DurationSeconds: "900" },
    });
    expect(role.accessKeyId).toBe(mock.issuer.issued().at(-1)!.accessKeyId);

    const chained = await fromCliConfig({ ...net, profile: "chained" })();
    expect(
      mock.issuer
        .issued()
        .slice(-2)
        .map((c) => c.params.RoleSessionName),
    ).toEqual(["cli-session", "chained-session"]);
    expect(chained.accessKeyId).toBe(mock.issuer.issued().at(-1)!.accessKeyId);

    const ecs = await fromCliConfig({ ...net, profile: "ecs" })();
    expect(mock.issuer.issued().at(-1)).toMatchObject({
      via: "MetadataService",
      subject: "EcsRamRoleMock",
      accessKeyId: ecs.accessKeyId,
    });

    const oidc = await fromCliConfig({ ...net, profile: "oidc" })();
    expect(mock.issuer.issued().at(-1)).toMatchObject({
      via: "AssumeRoleWithOIDC",
      params: { RoleSessionName: "oidc-session" },
      accessKeyId: oidc.accessKeyId,
    });
  });

  it("unsupported modes, loops, missing fields, unknown profiles: typed errors naming the file", async () => {
    const { home: h, env } = setup();
    const file = `${h}/.aliyun/config.json`;
    for (const [profile, pattern] of [
      ["sso", /mode "CloudSSO", which @ecs-hpc\/credentials does not support/],
      ["loop-a", /a loop/],
      ["broken", /lacks "access_key_secret"/],
      ["nobody", /has no profile "nobody"/],
    ] as const) {
      const error = await rejection(fromCliConfig({ env, profile })());
      expect(isCredentialsError(error)).toBe(true);
      expect(error.message).toMatch(pattern);
      expect(error.message).toContain(file);
      expect(error.file).toBe(file);
      expect(`${error.message} ${inspect(error)} ${JSON.stringify(error)}`).not.toContain(SECRET);
    }
  });

  it("malformed JSON: a typed error naming the file, never its content", async () => {
    const h = home({
      ".aliyun/config.json": `{"profiles":[{"name":"default","mode":"AK","access_key_secret":"${SECRET}",}]`,
    });
    const error = await rejection(fromCliConfig({ env: { HOME: h.home } })());
    expect(error).toMatchObject({
      name: "CredentialsError",
      file: h.path(".aliyun/config.json"),
      message: `${h.path(".aliyun/config.json")} is not valid JSON`,
    });
    expect(inspect(error)).not.toContain(SECRET);
  });

  it("no file, or ALIBABA_CLOUD_CLI_PROFILE_DISABLED: not configured", async () => {
    await expect(fromCliConfig({ env: { HOME: "/nonexistent-home" } })()).rejects.toMatchObject({
      name: "CredentialsNotConfiguredError",
    });
    const { env } = setup();
    await expect(
      fromCliConfig({ env: { ...env, ALIBABA_CLOUD_CLI_PROFILE_DISABLED: "TRUE" } })(),
    ).rejects.toMatchObject({ name: "CredentialsNotConfiguredError" });
  });
});

describe("fromCredentialsFile", () => {
  const ini = [
    "[default]",
    "type = access_key",
    "access_key_id = LTAIinidefault",
    `access_key_secret = ${SECRET}`,
    "",
    "[ecs]",
    "type = ecs_ram_role",
    "role_name = EcsRamRoleMock",
    "",
    "[role]",
    "type = ram_role_arn",
    "access_key_id = LTAI5tMockAccessKey00001",
    "access_key_secret = MockAccessKeySecretForTests000",
    `role_arn = ${ROLE_ARN}`,
    "role_session_name = ini-session",
    "",
    "[weird]",
    "type = rsa_key_pair",
    "",
    "[half]",
    "type = access_key",
    "access_key_id = LTAIhalf",
    "",
  ].join("\n");

  it("access_key, ecs_ram_role, ram_role_arn; ALIBABA_CLOUD_PROFILE, ALIBABA_CLOUD_CREDENTIALS_FILE", async () => {
    const h = home({
      ".alibabacloud/credentials": ini,
      "elsewhere.ini": "[default]\ntype = access_key\naccess_key_id = LTAIelsewhere\naccess_key_secret = x\n",
    });
    mock = await startLoopbackMock();
    const net = { stsEndpoint: mock.url, metadataEndpoint: mock.url };
    expect(await fromCredentialsFile({ env: { HOME: h.home } })()).toMatchObject({
      accessKeyId: "LTAIinidefault",
      accessKeySecret: SECRET,
    });
    expect(
      await fromCredentialsFile({ env: { HOME: h.home, ALIBABA_CLOUD_CREDENTIALS_FILE: h.path("elsewhere.ini") } })(),
    ).toMatchObject({ accessKeyId: "LTAIelsewhere" });
    const ecs = await fromCredentialsFile({ ...net, env: { HOME: h.home, ALIBABA_CLOUD_PROFILE: "ecs" } })();
    expect(ecs.accessKeyId).toBe(mock.issuer.issued().at(-1)!.accessKeyId);
    const role = await fromCredentialsFile({ ...net, env: { HOME: h.home }, profile: "role" })();
    expect(mock.issuer.issued().at(-1)).toMatchObject({
      via: "AssumeRole",
      params: { RoleSessionName: "ini-session" },
      accessKeyId: role.accessKeyId,
    });
  });

  it("unknown types, missing keys, missing sections: typed errors naming the file, no secret", async () => {
    const h = home({ ".alibabacloud/credentials": ini });
    const file = h.path(".alibabacloud/credentials");
    for (const [profile, pattern] of [
      ["weird", /type "rsa_key_pair"; supported: access_key, ecs_ram_role, ram_role_arn/],
      ["half", /lacks "access_key_secret"/],
      ["none", /has no section \[none\]/],
    ] as const) {
      const error = await rejection(fromCredentialsFile({ env: { HOME: h.home }, profile })());
      expect(error).toMatchObject({ name: "CredentialsError", file });
      expect(error.message).toMatch(pattern);
      expect(error.message).not.toContain(SECRET);
    }
  });

  it("a binary or oversized file is refused naming the file; no file is not configured", async () => {
    const h = home({ ".alibabacloud/credentials": `[default]\u0000${SECRET}`, big: "x".repeat(1024 * 1024 + 1) });
    const binary = await rejection(fromCredentialsFile({ env: { HOME: h.home } })());
    expect(binary.message).toBe(`${h.path(".alibabacloud/credentials")} is not a text file`);
    await expect(fromCredentialsFile({ file: h.path("big"), env: {} })()).rejects.toThrow(/larger than 1048576 bytes/);
    await expect(fromCredentialsFile({ env: { HOME: "/nonexistent-home" } })()).rejects.toMatchObject({
      name: "CredentialsNotConfiguredError",
    });
  });
});
