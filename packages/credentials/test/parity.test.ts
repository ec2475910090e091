// Alibaba's own @alicloud/credentials (a dev dependency, only here) is the oracle: on the same
// fixture files and environment, its default chain and ours resolve the same keys. Network
// sources (STS, the metadata service, a credentials URI) are served in-process by msw, which
// intercepts both libraries (node:https for theirs, fetch for ours); nothing leaves the process.
// Each side gets a fresh mock whose issuer numbers credentials from 1, so equal keys mean both
// made the same requests; the STS parameters they sent are compared too.
import { afterEach, describe, expect, it, vi } from "vitest";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import AlibabaCredentials from "@alicloud/credentials";
import { createCredentialIssuer, createImdsHandlers, createStsHandlers } from "@ecs-hpc/msw";
import { defaultCredentials } from "../src/node.ts";
import { cliConfig, fixtureHome, OIDC_PROVIDER_ARN, ROLE_ARN } from "./support.ts";

// A CommonJS module whose `exports.default` is the class; interop may or may not unwrap it.
const AlibabaCredential = (typeof AlibabaCredentials === "function"
  ? AlibabaCredentials
  : (AlibabaCredentials as unknown as { default: unknown }).default) as unknown as new () => {
  getCredential(): Promise<{ accessKeyId?: string; accessKeySecret?: string; securityToken?: string }>;
};

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const c of cleanups.splice(0)) c();
});

const VARIABLES = [
  "ALIBABA_CLOUD_ACCESS_KEY_ID",
  "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  "ALIBABA_CLOUD_SECURITY_TOKEN",
  "ALIBABA_CLOUD_PROFILE",
  "ALIBABA_CLOUD_ROLE_ARN",
  "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
  "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
  "ALIBABA_CLOUD_ROLE_SESSION_NAME",
  "ALIBABA_CLOUD_CLI_PROFILE_DISABLED",
  "ALIBABA_CLOUD_CREDENTIALS_FILE",
  "ALIBABA_CLOUD_ECS_METADATA",
  "ALIBABA_CLOUD_ECS_METADATA_DISABLED",
  "ALIBABA_CLOUD_IMDSV1_DISABLED",
  "ALIBABA_CLOUD_CREDENTIALS_URI",
  "ALIBABA_CLOUD_STS_REGION",
  "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED",
];

interface Resolved {
  keys: { accessKeyId: string | undefined; accessKeySecret: string | undefined; securityToken: string | undefined };
  issued: { via: string; params: Readonly<Record<string, string>> }[];
}

async function resolveWith(side: "theirs" | "ours"): Promise<Resolved> {
  const issuer = createCredentialIssuer();
  const server = setupServer(
    ...createStsHandlers({ issuer, maxSessionDurationSeconds: 43200 }),
    ...createImdsHandlers({ issuer, roleName: "ParityRole" }),
    http.get("http://credentials-uri.test/creds", () =>
      HttpResponse.json({
        Code: "Success",
        AccessKeyId: "STS.uri",
        AccessKeySecret: "uri-secret",
        SecurityToken: "uri-token",
        Expiration: "2099-01-01T00:00:00Z",
      }),
    ),
  );
  server.listen({ onUnhandledFrame: "error" });
  try {
    let keys: Resolved["keys"];
    if (side === "theirs") {
      const client = new AlibabaCredential();
      const c = await client.getCredential();
      keys = {
        accessKeyId: c.accessKeyId,
        accessKeySecret: c.accessKeySecret,
        securityToken: c.securityToken || undefined,
      };
    } else {
      const c = await defaultCredentials()();
      keys = { accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, securityToken: c.securityToken };
    }
    return { keys, issued: issuer.issued().map((c) => ({ via: c.via, params: c.params })) };
  } finally {
    server.close();
  }
}

const profiles = [
  { name: "ak", mode: "AK", access_key_id: "LTAIcliak", access_key_secret: "cli-ak-secret", region_id: "cn-hangzhou" },
  {
    name: "sts",
    mode: "StsToken",
    access_key_id: "STS.cli",
    access_key_secret: "cli-sts-secret",
    sts_token: "cli-sts-token",
  },
  {
    name: "role",
    mode: "RamRoleArn",
    access_key_id: "LTAI5tMockAccessKey00001",
    access_key_secret: "MockAccessKeySecretForTests000",
    ram_role_arn: ROLE_ARN,
    ram_session_name: "parity-role",
    expired_seconds: 900,
  },
  { name: "ecs", mode: "EcsRamRole", ram_role_name: "ParityRole" },
  {
    name: "oidc",
    mode: "OIDC",
    ram_role_arn: ROLE_ARN,
    oidc_provider_arn: OIDC_PROVIDER_ARN,
    oidc_token_file: "TOKEN",
    ram_session_name: "parity-oidc",
  },
  {
    name: "chained",
    mode: "ChainableRamRoleArn",
    source_profile: "role",
    ram_role_arn: "acs:ram::1234567890123456:role/second",
    ram_session_name: "parity-chained",
  },
];
const credentialsIni = (type: string) =>
  ({
    access_key: "[default]\ntype = access_key\naccess_key_id = LTAIini\naccess_key_secret = ini-secret\n",
    ecs_ram_role: "[default]\ntype = ecs_ram_role\nrole_name = ParityRole\n",
    ram_role_arn:
      "[default]\ntype = ram_role_arn\naccess_key_id = LTAI5tMockAccessKey00001\n" +
      `access_key_secret = MockAccessKeySecretForTests000\nrole_arn = ${ROLE_ARN}\nrole_session_name = parity-ini\n`,
  })[type] as string;

type Case = { name: string; cli?: string; ini?: string; env?: Record<string, string>; token?: boolean };
const cases: Case[] = [
  {
    name: "environment AK",
    env: { ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIenv", ALIBABA_CLOUD_ACCESS_KEY_SECRET: "env-secret" },
  },
  {
    name: "environment STS",
    env: {
      ALIBABA_CLOUD_ACCESS_KEY_ID: "STS.env",
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: "env-secret",
      ALIBABA_CLOUD_SECURITY_TOKEN: "env-token",
    },
  },
  {
    name: "environment beats a CLI profile",
    cli: "ak",
    env: { ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIenv", ALIBABA_CLOUD_ACCESS_KEY_SECRET: "env-secret" },
  },
  {
    name: "OIDC variables",
    token: true,
    env: {
      ALIBABA_CLOUD_ROLE_ARN: ROLE_ARN,
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: OIDC_PROVIDER_ARN,
      ALIBABA_CLOUD_ROLE_SESSION_NAME: "parity-env-oidc",
    },
  },
  ...profiles.map((p) => ({ name: `CLI profile mode ${p.mode}`, cli: p.name, token: p.mode === "OIDC" })),
  {
    name: "ALIBABA_CLOUD_PROFILE picks a profile other than current",
    cli: "ak",
    env: { ALIBABA_CLOUD_PROFILE: "sts" },
  },
  { name: "CLI profile beats the credentials file", cli: "sts", ini: "access_key" },
  { name: "credentials file access_key", ini: "access_key" },
  { name: "credentials file ecs_ram_role", ini: "ecs_ram_role" },
  { name: "credentials file ram_role_arn", ini: "ram_role_arn" },
  {
    name: "ALIBABA_CLOUD_CLI_PROFILE_DISABLED skips the CLI profile",
    cli: "ak",
    ini: "access_key",
    env: { ALIBABA_CLOUD_CLI_PROFILE_DISABLED: "true" },
  },
  { name: "ECS RAM role with ALIBABA_CLOUD_ECS_METADATA", env: { ALIBABA_CLOUD_ECS_METADATA: "ParityRole" } },
  { name: "ECS RAM role, name from the metadata service", env: {} },
  {
    name: "credentials URI",
    env: {
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: "true",
      ALIBABA_CLOUD_CREDENTIALS_URI: "http://credentials-uri.test/creds",
    },
  },
];

describe("parity with @alicloud/credentials 2.4.7", () => {
  it.each(cases)(
    "$name",
    async (c) => {
      const files: Record<string, string> = {};
      const home = fixtureHome({ token: "eyJ.parity-token" });
      cleanups.push(home.cleanup);
      if (c.cli)
        files[".aliyun/config.json"] = cliConfig(
          profiles.map((p) => (p.mode === "OIDC" ? { ...p, oidc_token_file: home.path("token") } : p)),
          c.cli,
        );
      if (c.ini) files[".alibabacloud/credentials"] = credentialsIni(c.ini);
      const withFiles = fixtureHome(files);
      cleanups.push(withFiles.cleanup);
      for (const name of VARIABLES) vi.stubEnv(name, undefined);
      vi.stubEnv("HOME", withFiles.home);
      if (c.token) vi.stubEnv("ALIBABA_CLOUD_OIDC_TOKEN_FILE", home.path("token"));
      for (const [name, value] of Object.entries(c.env ?? {})) vi.stubEnv(name, value);

      const theirs = await resolveWith("theirs");
      const ours = await resolveWith("ours");
      expect(ours.keys).toEqual(theirs.keys);
      expect(ours.keys.accessKeyId).toBeTruthy();
      // The same STS calls with the same parameters (their default session name is their own).
      const comparable = (r: Resolved) =>
        r.issued.map((i) => ({
          via: i.via,
          RoleArn: i.params.RoleArn,
          DurationSeconds: i.params.DurationSeconds,
          OIDCProviderArn: i.params.OIDCProviderArn,
          RoleSessionName: i.params.RoleSessionName?.startsWith("parity") ? i.params.RoleSessionName : "(default)",
        }));
      expect(comparable(ours)).toEqual(comparable(theirs));
    },
    30_000,
  );
});
