// Secrets never reach a caller: not in a service Message that echoes what it received, not in
// a body snippet, not in the cause chain of a custom handler's error (even one carrying the
// request's headers), and not in any percent-encoded or JSON-escaped form.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createEcsClient, type HttpHandler } from "../src/index.ts";
import { caught, json, pageBody } from "./helpers.ts";
import { clientFor, hostileServer } from "./hostile-server.ts";

// Characters that percent-encoding changes, so that the encoded forms differ from the raw ones.
const secrets = {
  accessKeyId: "LTAI-redaction-id",
  accessKeySecret: "Se/cr+et=Value!*'()",
  securityToken: "STS.Tok/en+With=Chars",
};
const encodings = (s: string) => {
  const strict = encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return [
    s,
    encodeURIComponent(s),
    strict,
    strict.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
    encodeURIComponent(strict),
    s.replaceAll("/", "\\/"),
  ];
};
const leakForms = [...encodings(secrets.accessKeySecret), ...encodings(secrets.securityToken)];

/** Everything a caller could print or log of an error. */
function everything(error: unknown): string {
  return [
    String(error),
    (error as Error).stack,
    JSON.stringify(error),
    inspect(error, { depth: 20, showHidden: true }),
  ].join("\n");
}

function expectNoSecret(error: unknown) {
  const text = everything(error);
  for (const form of leakForms) expect(text, `leaked ${form}`).not.toContain(form);
  // Not even a piece of one cut off by a snippet's length limit.
  expect(text).not.toContain(secrets.securityToken.slice(0, 8));
  expect(text).not.toContain(secrets.accessKeySecret.slice(0, 8));
}

const withHandler = (handler: HttpHandler) =>
  createEcsClient({
    endpoint: "http://127.0.0.1:9",
    regionId: "cn-hangzhou",
    credentials: secrets,
    requestHandler: handler,
    retry: false,
  });

describe("service answers that echo secrets", () => {
  it.each(leakForms.map((form) => [form]))("a Message echoing %s is masked everywhere", async (form) => {
    const server = await hostileServer((_req, res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          Code: "InvalidSecurityToken.Malformed",
          Message: `The token ${form} you sent (${form}) is bad`,
          RequestId: `R-${form}`,
        }),
      );
    });
    const error = await caught(clientFor(server.url, { credentials: secrets, retry: false }).describeHpcClusters({}));
    expect(error).toMatchObject({ kind: "service", code: "InvalidSecurityToken.Malformed" });
    expect(error.serviceMessage).toContain("***");
    expectNoSecret(error);
  });

  it("an unreadable body holding the token is masked in bodySnippet and message", async () => {
    const handler: HttpHandler = async () => ({
      status: 502,
      headers: new Headers(),
      body: `<html>proxy saw x-acs-security-token: ${secrets.securityToken}</html>`,
    });
    const error = await caught(withHandler(handler).describeHpcClusters({}));
    expect(error).toMatchObject({ kind: "response" });
    expect(error.bodySnippet).toContain("***");
    expectNoSecret(error);
  });

  it("a 200 whose shape is wrong and echoes the secret (V1 signs into the query)", async () => {
    const handler: HttpHandler = async (request) => ({
      status: 200,
      headers: new Headers(),
      body: JSON.stringify({ RequestId: "R", echo: request.url }),
    });
    const ecs = createEcsClient({
      endpoint: "http://127.0.0.1:9",
      regionId: "cn-hangzhou",
      credentials: secrets,
      requestHandler: handler,
      signatureVersion: "v1",
    });
    const error = await caught(ecs.describeHpcClusters({}));
    expect(error).toMatchObject({ kind: "response" });
    expect(error.bodySnippet).toMatch(/SecurityToken=\*/);
    expectNoSecret(error);
  });
});

describe("a custom handler's error", () => {
  it("an error carrying the request (headers, URL) keeps no trace of them in the cause chain", async () => {
    const handler: HttpHandler = async (request) => {
      const inner = Object.assign(
        new Error(`socket hang up while sending ${request.headers["x-acs-security-token"]}`),
        { code: "ECONNRESET", config: { headers: request.headers } },
      );
      throw Object.assign(new TypeError(`request to ${request.url} failed`, { cause: inner }), {
        request: { headers: request.headers, url: request.url },
      });
    };
    const error = await caught(withHandler(handler).describeHpcClusters({}));
    expect(error).toMatchObject({ kind: "network" });
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(error.cause.request).toBeUndefined();
    expect(error.cause.cause).toMatchObject({ code: "ECONNRESET", message: "socket hang up while sending ***" });
    expect(error.cause.cause.config).toBeUndefined();
    expectNoSecret(error);
  });

  it("a V1 request URL (token in the query, percent-encoded) in an error message is masked", async () => {
    const handler: HttpHandler = async (request) => {
      throw new Error(`getaddrinfo ENOTFOUND for ${request.url}`);
    };
    const ecs = createEcsClient({
      endpoint: "http://127.0.0.1:9",
      regionId: "cn-hangzhou",
      credentials: secrets,
      requestHandler: handler,
      signatureVersion: "v1",
      retry: false,
    });
    const error = await caught(ecs.describeHpcClusters({}));
    expect(error.message).toContain("SecurityToken=***");
    expectNoSecret(error);
  });

  it("an AggregateError's inner errors are kept, masked", async () => {
    const handler: HttpHandler = async (request) => {
      throw new AggregateError(
        [
          Object.assign(new Error(`ECONNREFUSED ${request.headers.authorization}`), {
            code: "ECONNREFUSED",
            headers: request.headers,
          }),
        ],
        "",
      );
    };
    const error = await caught(withHandler(handler).describeHpcClusters({}));
    expect(error.cause.errors[0]).toMatchObject({ code: "ECONNREFUSED" });
    expect(error.cause.errors[0].headers).toBeUndefined();
    expectNoSecret(error);
  });

  it("a success is untouched (masking only applies to what is thrown)", async () => {
    const handler: HttpHandler = async () => ({
      status: 200,
      headers: new Headers(),
      body: JSON.stringify(pageBody()),
    });
    expect((await withHandler(handler).describeHpcClusters({})).TotalCount).toBe(1);
    const { fetch } = { fetch: async () => json(pageBody()) };
    expect(
      (
        await createEcsClient({
          regionId: "cn-hangzhou",
          credentials: secrets,
          fetch: fetch as never,
        }).describeHpcClusters({})
      ).RequestId,
    ).toBe("REQ-1");
  });
});
