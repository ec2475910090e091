// Secrets never show: not in toString, JSON or inspect of credentials objects, nor in errors.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import AlibabaCredentials from "@alicloud/credentials";
import {
  type CredentialsError,
  chain,
  fromAlibabaCredentialsClient,
  fromEnv,
  makeCredentials,
  credentialsSource,
} from "../src/index.ts";

const SECRET = "AccessKeySecretValue0123456789";
const TOKEN = "SecurityTokenValue-abcdefghijkl";

describe("credentials objects", () => {
  const c = makeCredentials(
    {
      accessKeyId: "STS.visible",
      accessKeySecret: SECRET,
      securityToken: TOKEN,
      expiration: new Date("2030-01-01T00:00:00Z"),
    },
    "unit",
  );

  it("keep the secret values usable", () => {
    expect(c.accessKeySecret).toBe(SECRET);
    expect(c.securityToken).toBe(TOKEN);
    expect(credentialsSource(c)).toBe("unit");
  });

  it.each([
    ["String()", () => String(c)],
    ["template literal", () => `${c}`],
    ["JSON.stringify", () => JSON.stringify(c)],
    ["util.inspect", () => inspect(c, { depth: 5, showHidden: false })],
    ["inspect inside an object", () => inspect({ nested: [c] }, { depth: 5 })],
  ])("%s shows the key id and expiry, never the secret or token", (_, render) => {
    const text = render();
    expect(text).toContain("STS.visible");
    expect(text).toContain("2030-01-01T00:00:00.000Z");
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
  });

  it("are frozen", () => {
    expect(Object.isFrozen(c)).toBe(true);
  });
});

describe("errors", () => {
  it("a half-set environment names the missing variable, not the value", async () => {
    const error = (await fromEnv({ env: { ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET } })().catch(
      (e: unknown) => e,
    )) as CredentialsError;
    expect(error.message).toBe("ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not");
    expect(inspect(error)).not.toContain(SECRET);
    expect(JSON.stringify(error)).not.toContain(SECRET);
  });

  it("a chain error carries only messages", async () => {
    const p = chain(fromEnv({ env: { ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIx", ALIBABA_CLOUD_SECURITY_TOKEN: TOKEN } }));
    const error = (await p().catch((e: unknown) => e)) as CredentialsError;
    expect(error.sources).toEqual([
      {
        source: "environment",
        message: "ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not",
      },
    ]);
    expect(`${error.message}${inspect(error)}${JSON.stringify(error)}`).not.toContain(TOKEN);
  });
});

describe("fromAlibabaCredentialsClient", () => {
  it("adapts a real @alicloud/credentials client", async () => {
    const Credential = (typeof AlibabaCredentials === "function"
      ? AlibabaCredentials
      : (AlibabaCredentials as unknown as { default: unknown }).default) as unknown as new (
      config: object,
    ) => object;
    const { Config } = (await import("@alicloud/credentials")) as unknown as { Config: new (c: object) => object };
    const client = new Credential(
      new Config({ type: "sts", accessKeyId: "STS.alibaba", accessKeySecret: SECRET, securityToken: TOKEN }),
    );
    const c = await fromAlibabaCredentialsClient(client as never)();
    expect(c).toMatchObject({ accessKeyId: "STS.alibaba", accessKeySecret: SECRET, securityToken: TOKEN });
    expect(String(c)).not.toContain(SECRET);
  });

  it("adapts the older getter style, and refuses what is not a client", async () => {
    const old = {
      getAccessKeyId: async () => "LTAIold",
      getAccessKeySecret: async () => "old-secret",
      getSecurityToken: async () => "",
    };
    const adapted = await fromAlibabaCredentialsClient(old)();
    expect(adapted).toMatchObject({ accessKeyId: "LTAIold", accessKeySecret: "old-secret" });
    expect(adapted.securityToken).toBeUndefined();
    expect(() => fromAlibabaCredentialsClient({} as never)).toThrow(TypeError);
    const failing = {
      getCredential: async () => {
        throw new Error(`boom ${SECRET}`);
      },
    };
    const error = (await fromAlibabaCredentialsClient(failing)().catch((e: unknown) => e)) as Error;
    expect(error.message).toBe("the @alicloud/credentials client failed (Error)");
  });
});
