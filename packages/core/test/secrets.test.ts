// A scan: the access key secret and security token never appear in any error, log event or
// serialised client, across every failure path.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createEcsClient, type AttemptEvent, type EcsClientOptions } from "../src/index.ts";
import { errorBody, json, scriptedFetch, type Answer } from "./helpers.ts";

const SECRET = "SuperSecret-Value/With+Chars=";
const TOKEN = "STS.SecretTokenValue123";
const credentials = { accessKeyId: "LTAIvisible", accessKeySecret: SECRET, securityToken: TOKEN };
const forms = [SECRET, TOKEN, encodeURIComponent(SECRET), encodeURIComponent(TOKEN)];

function expectClean(value: unknown, where: string) {
  const texts = [
    String(value),
    inspect(value, { depth: 10, showHidden: true }),
    JSON.stringify(value) ?? "",
    (value as Error)?.stack ?? "",
  ];
  for (const text of texts)
    for (const secret of forms)
      expect(text.includes(secret), `${where} leaks a secret: ${text.slice(0, 300)}`).toBe(false);
}

const failurePaths: [string, Answer[], Partial<EcsClientOptions>][] = [
  ["service error", [json(errorBody("InvalidRegionId.NotFound"), 400)], {}],
  ["throttled to exhaustion", [json(errorBody("Throttling.User"), 400)], {}],
  ["server errors to exhaustion", [json(errorBody("ServiceUnavailable"), 503)], {}],
  ["unreadable body", [new Response("<html>oops</html>", { status: 502 })], {}],
  ["network error whose message quotes the URL", [new Error("connect ECONNREFUSED")], {}],
  [
    "timeout",
    [
      (_: Request, signal: AbortSignal) =>
        new Promise<Response>((_, reject) => signal.addEventListener("abort", () => reject(new Error("aborted")))),
    ],
    { timeoutMs: 5 },
  ],
];

describe("secrets never leak", () => {
  for (const signatureVersion of ["v3", "v1"] as const) {
    for (const [name, answers, extra] of failurePaths) {
      it(`${signatureVersion}: ${name}`, async () => {
        const events: AttemptEvent[] = [];
        // The network error quotes the request URL, which in V1 carries the SecurityToken.
        const capture = scriptedFetch(
          ...answers.map((a) =>
            a instanceof Error
              ? (r: Request) =>
                  Promise.reject(new Error(`${a.message} ${r.url} ${r.headers.get("x-acs-security-token") ?? ""}`))
              : a,
          ),
        );
        const ecs = createEcsClient({
          regionId: "cn-hangzhou",
          credentials,
          signatureVersion,
          fetch: capture.fetch,
          retry: { baseDelayMs: 1 },
          onEvent: (e) => events.push(e),
          ...extra,
        });
        let error: unknown;
        try {
          await ecs.describeHpcClusters({});
        } catch (e) {
          error = e;
        }
        expect(error).toBeDefined();
        expectClean(error, "error");
        expectClean((error as Error).cause, "error.cause");
        expectClean(events, "events");
        expectClean(ecs, "client");
        expect(capture.requests.length).toBeGreaterThan(0);
      });
    }
  }

  it("a validation error does not leak, and nothing was sent", async () => {
    const capture = scriptedFetch(json({}));
    const ecs = createEcsClient({ regionId: "cn-hangzhou", credentials, fetch: capture.fetch });
    const error = await ecs.describeHpcClusters({ PageSize: 0 }).catch((e: unknown) => e);
    expectClean(error, "validation error");
    expect(capture.requests).toHaveLength(0);
  });

  it("the client serialises to its public settings only", () => {
    const ecs = createEcsClient({ regionId: "cn-hangzhou", credentials });
    expect(JSON.parse(JSON.stringify(ecs))).toEqual({
      regionId: "cn-hangzhou",
      endpoint: "https://ecs.cn-hangzhou.aliyuncs.com",
      signatureVersion: "v3",
    });
    expect(inspect(ecs)).toBe(
      'EcsClient { regionId: "cn-hangzhou", endpoint: "https://ecs.cn-hangzhou.aliyuncs.com", signatureVersion: "v3" }',
    );
    expect(Object.keys(ecs)).not.toContain("credentials");
  });
});
