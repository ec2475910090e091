// A request that cannot be built is not a network error and is not retried: malformed
// credentials (a token with a trailing newline, an ID with a space) are named by field, never
// by value, before anything is sent; and whatever else Node refuses to put on the wire is an
// EcsRequestError after one attempt.
import { describe, expect, it } from "vitest";
import {
  createEcsClient,
  EcsCredentialsError,
  EcsRequestError,
  fetchHandler,
  nodeHttpHandler,
  type Credentials,
} from "../src/index.ts";
import { caught, pageBody } from "./helpers.ts";
import { clientFor, hostileServer, transports } from "./hostile-server.ts";

const good = {
  accessKeyId: "LTAI5tLOCALFAIL",
  accessKeySecret: "local-secret-value",
  securityToken: "STS.local-token-value",
};

describe.each(transports)("malformed credentials on %s", (_, transport) => {
  it.each([
    ["securityToken", { ...good, securityToken: `${good.securityToken}\n` }, "character 22 of 22 is U+000A"],
    ["securityToken", { ...good, securityToken: `${good.securityToken}\r\n` }, "character 22 of 23 is U+000D"],
    ["accessKeyId", { ...good, accessKeyId: `${good.accessKeyId} ` }, "U+0020"],
    ["accessKeyId", { ...good, accessKeyId: `LTAI\u00e9` }, "U+00E9"],
    ["accessKeySecret", { ...good, accessKeySecret: `${good.accessKeySecret}\n` }, "U+000A"],
  ] as const)(
    "a malformed %s is named, without its value, and nothing is sent or retried",
    async (field, credentials, what) => {
      const server = await hostileServer((_req, res) => res.end(JSON.stringify(pageBody())));
      const ecs = clientFor(server.url, { ...transport(), credentials, retry: { maxAttempts: 3, baseDelayMs: 0 } });
      const error = await caught(ecs.describeHpcClusters({}));
      expect(error).toBeInstanceOf(EcsCredentialsError);
      expect(error.message).toContain(`${field} is malformed`);
      expect(error.message).toContain(what);
      for (const value of Object.values(credentials)) expect(error.message).not.toContain(value.trim());
      expect(server.received).toHaveLength(0);
    },
  );

  it("a provider yielding a token with a trailing newline fails the same way (checked every attempt)", async () => {
    const server = await hostileServer((_req, res) => res.end(JSON.stringify(pageBody())));
    let calls = 0;
    const provider = async (): Promise<Credentials> => ({
      ...good,
      securityToken: calls++ === 0 ? good.securityToken : `${good.securityToken}\n`,
    });
    const ecs = clientFor(server.url, { ...transport(), credentials: provider });
    await ecs.describeHpcClusters({});
    expect(await caught(ecs.describeHpcClusters({}))).toMatchObject({
      kind: "credentials",
      message: expect.stringContaining("securityToken is malformed"),
    });
    expect(server.received).toHaveLength(1);
  });
  it("the same credentials object, changed after a call, is checked again (the checks are memoised by value)", async () => {
    const server = await hostileServer((_req, res) => res.end(JSON.stringify(pageBody())));
    const same: { accessKeyId: string; accessKeySecret: string; securityToken: string } = { ...good };
    const ecs = clientFor(server.url, { ...transport(), credentials: () => same });
    await ecs.describeHpcClusters({});
    await ecs.describeHpcClusters({});
    same.securityToken = `${good.securityToken}\n`;
    expect(await caught(ecs.describeHpcClusters({}))).toMatchObject({
      kind: "credentials",
      message: expect.stringContaining("securityToken is malformed"),
    });
    same.securityToken = good.securityToken;
    same.accessKeySecret = `${good.accessKeySecret}\n`;
    expect(await caught(ecs.describeHpcClusters({}))).toMatchObject({
      kind: "credentials",
      message: expect.stringContaining("accessKeySecret is malformed"),
    });
    expect(server.received).toHaveLength(2);
  });
});

describe("requests the HTTP stack refuses to build", () => {
  it("on node:http: an EcsRequestError after one attempt, not a retried network error", async () => {
    const server = await hostileServer((_req, res) => res.end(JSON.stringify(pageBody())));
    let attempts = 0;
    const handler = nodeHttpHandler();
    const ecs = createEcsClient({
      endpoint: server.url,
      regionId: "cn-hangzhou",
      credentials: good,
      // A nonce source gone wrong puts a newline into a signed header.
      nonce: () => "nonce-with\nnewline",
      requestHandler: (request) => {
        attempts++;
        return handler(request);
      },
      retry: { maxAttempts: 3, baseDelayMs: 0 },
    });
    const error = await caught(ecs.describeHpcClusters({}));
    expect(error).toBeInstanceOf(EcsRequestError);
    expect(error).toMatchObject({ kind: "request", operation: "DescribeHpcClusters" });
    expect(error.message).toMatch(/could not be built \(nothing was sent\)/);
    expect(attempts).toBe(1);
    expect(server.received).toHaveLength(0);
    expect(ecs.retryTokens).toBe(500);
  });

  it.each([
    ["a nonce that cannot be percent-encoded (V1)", { signatureVersion: "v1" as const, nonce: () => "\uD800" }],
    [
      "a clock that throws",
      {
        clock: () => {
          throw new Error("no time");
        },
      },
    ],
  ])("%s is an EcsRequestError, not a raw error, and nothing is sent", async (_, options) => {
    const server = await hostileServer((_req, res) => res.end(JSON.stringify(pageBody())));
    const ecs = createEcsClient({ endpoint: server.url, regionId: "cn-hangzhou", credentials: good, ...options });
    const error = await caught(ecs.describeHpcClusters({}));
    expect(error).toBeInstanceOf(EcsRequestError);
    expect(error.message).toMatch(/signing failed/);
    expect(server.received).toHaveLength(0);
  });

  it("the error keeps Node's code but no secret", async () => {
    const ecs = createEcsClient({
      endpoint: "http://127.0.0.1:9",
      regionId: "cn-hangzhou",
      credentials: good,
      requestHandler: async () => {
        throw Object.assign(
          new TypeError(`Invalid character in header content ["x-acs-security-token"] ${good.securityToken}`),
          { code: "ERR_INVALID_CHAR" },
        );
      },
    });
    const error = await caught(ecs.describeHpcClusters({}));
    expect(error).toMatchObject({ kind: "request", cause: { code: "ERR_INVALID_CHAR" } });
    expect(error.message).not.toContain(good.securityToken);
  });

  it("fetchHandler is covered by the credential check before fetch could refuse the header", async () => {
    let fetched = 0;
    const ecs = createEcsClient({
      endpoint: "http://127.0.0.1:9",
      regionId: "cn-hangzhou",
      credentials: { ...good, securityToken: "tok\u0000en" },
      requestHandler: fetchHandler(async () => {
        fetched++;
        return new Response("{}");
      }),
    });
    expect(await caught(ecs.describeHpcClusters({}))).toMatchObject({
      kind: "credentials",
      message: expect.stringContaining("U+0000"),
    });
    expect(fetched).toBe(0);
  });
});
