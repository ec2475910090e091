// The extension points of the pipeline, each doing something a user would want: middleware on
// named steps, retry strategies, response metadata, the logger, and the step errors carry.
import { describe, expect, it } from "vitest";
import {
  createEcsClient,
  standardRetry,
  type EcsClientOptions,
  type Middleware,
  type RetryStrategy,
} from "../src/index.ts";
import {
  caught,
  creds,
  errorBody,
  json,
  pageBody,
  referenceV3Authorization,
  scriptedFetch,
  type Answer,
} from "./helpers.ts";

const make = (answers: Answer[], options: EcsClientOptions = {}) => {
  const capture = scriptedFetch(...answers);
  return {
    ...capture,
    ecs: createEcsClient({
      regionId: "cn-hangzhou",
      credentials: creds,
      fetch: capture.fetch,
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
      ...options,
    }),
  };
};
const signedHeaders = (request: Request) =>
  /SignedHeaders=([^,]+)/.exec(request.headers.get("authorization") ?? "")?.[1]?.split(";");

describe("middleware", () => {
  const tenantHeader: Middleware = {
    name: "tenant",
    step: "sign",
    run(ctx, next) {
      ctx.request!.headers["x-acs-tenant"] = "team-a";
      return next();
    },
  };

  it("a middleware before `sign` adds a header to every attempt of every call, and it is signed", async () => {
    const { ecs, requests } = make(
      [json(errorBody("Throttling.User"), 400), json(pageBody()), json({ RequestId: "D" })],
      { middleware: [tenantHeader] },
    );
    await ecs.describeHpcClusters({});
    await ecs.deleteHpcCluster({ HpcClusterId: "hpc-1" });
    expect(requests).toHaveLength(3);
    for (const request of requests) {
      expect(request.headers.get("x-acs-tenant")).toBe("team-a");
      expect(signedHeaders(request)).toContain("x-acs-tenant");
      expect(request.headers.get("authorization")).toBe(
        referenceV3Authorization(request, creds.accessKeySecret, creds.accessKeyId),
      );
    }
  });

  it("the same header added after `sign` (at `send`) breaks the signature: the order of steps is real", async () => {
    const late: Middleware = {
      name: "late",
      step: "send",
      run(ctx, next) {
        ctx.signed!.headers["x-acs-tenant"] = "team-a";
        return next();
      },
    };
    const { ecs, requests } = make([json(pageBody())], { middleware: [late] });
    await ecs.describeHpcClusters({});
    expect(requests[0]!.headers.get("x-acs-tenant")).toBe("team-a");
    expect(signedHeaders(requests[0]!)).not.toContain("x-acs-tenant");
    expect(requests[0]!.headers.get("authorization")).not.toBe(
      referenceV3Authorization(requests[0]!, creds.accessKeySecret, creds.accessKeyId),
    );
  });

  it("a logging middleware at `send` sees every attempt with its action, number and status", async () => {
    const lines: string[] = [];
    const log: Middleware = {
      name: "log",
      step: "send",
      async run(ctx, next) {
        try {
          const response = await next();
          lines.push(`${ctx.operation.action} #${ctx.attempt} ${response.status}`);
          return response;
        } catch (error) {
          lines.push(`${ctx.operation.action} #${ctx.attempt} ${(error as Error).name}`);
          throw error;
        }
      },
    };
    const { ecs } = make(
      [json(errorBody("ServiceUnavailable"), 503), new TypeError("socket hang up"), json(pageBody())],
      { middleware: [log] },
    );
    await ecs.describeHpcClusters({});
    expect(lines).toEqual([
      "DescribeHpcClusters #1 503",
      "DescribeHpcClusters #2 EcsNetworkError",
      "DescribeHpcClusters #3 200",
    ]);
  });

  it("a middleware at `send` answers with a canned response: nothing is sent, the rest runs as usual", async () => {
    const canned: Middleware = {
      name: "canned",
      step: "send",
      run: () => ({
        status: 200,
        headers: new Headers({ "x-acs-request-id": "CANNED" }),
        body: JSON.stringify(pageBody({ TotalCount: 42 })),
      }),
    };
    const { ecs, requests } = make([json(pageBody())]);
    const page = await ecs.describeHpcClusters({}, { middleware: [canned] });
    expect(page.TotalCount).toBe(42);
    expect(page.$metadata).toMatchObject({ attempts: 1, httpStatus: 200 });
    expect(requests).toHaveLength(0);
    // A canned error answer goes through classify too: retried, then a typed error.
    const failing: Middleware = {
      name: "canned",
      step: "send",
      run: () => ({ status: 503, headers: new Headers(), body: JSON.stringify(errorBody("ServiceUnavailable")) }),
    };
    expect(await caught(ecs.describeHpcClusters({}, { middleware: [failing] }))).toMatchObject({
      kind: "service",
      code: "ServiceUnavailable",
      attempts: 3,
      step: "deserialize",
    });
    expect(requests).toHaveLength(0);
  });

  it("a caching middleware at `initialize` answers repeated reads without a request", async () => {
    const cache = new Map<string, unknown>();
    const caching: Middleware = {
      name: "cache",
      step: "initialize",
      async run(ctx, next) {
        if (ctx.operation.operationType !== "get") return next();
        const key = `${ctx.operation.action}:${JSON.stringify(ctx.input)}`;
        if (!cache.has(key)) cache.set(key, await next());
        return cache.get(key);
      },
    };
    const { ecs, requests } = make([json(pageBody({ TotalCount: 3 }))], { middleware: [caching] });
    expect((await ecs.describeHpcClusters({ PageSize: 10 })).TotalCount).toBe(3);
    expect((await ecs.describeHpcClusters({ PageSize: 10 })).TotalCount).toBe(3);
    expect(requests).toHaveLength(1);
  });

  it("runs by priority, then client before call; `validate` sees the prepared input", async () => {
    const order: string[] = [];
    const mark = (name: string, step: Middleware["step"], priority?: "high" | "low"): Middleware =>
      ({
        name,
        step,
        priority,
        run: (ctx: { input: Record<string, unknown> }, next: () => Promise<unknown>) => (
          order.push(`${name}:${"RegionId" in ctx.input}`), next()
        ),
      }) as Middleware;
    const { ecs } = make([json(pageBody())], {
      middleware: [mark("a", "initialize"), mark("b", "initialize", "low"), mark("v", "validate")],
    });
    await ecs.describeHpcClusters({}, { middleware: [mark("c", "initialize", "high"), mark("d", "initialize")] });
    expect(order).toEqual(["c:false", "a:false", "d:false", "b:false", "v:true"]);
  });

  it("a middleware at `validate` can change the input, and validation still applies to the result", async () => {
    const clamp: Middleware = {
      name: "clamp",
      step: "validate",
      run(ctx, next) {
        ctx.input = { ...ctx.input, PageSize: 500 };
        return next();
      },
    };
    const { ecs, requests } = make([json(pageBody())], { middleware: [clamp] });
    expect(await caught(ecs.describeHpcClusters({ PageSize: 10 }))).toMatchObject({
      kind: "validation",
      param: "PageSize",
      step: "validate",
    });
    expect(requests).toHaveLength(0);
  });

  it("refuses bad middleware where it is given", async () => {
    const run = (_: unknown, next: () => Promise<unknown>) => next();
    expect(() =>
      createEcsClient({
        regionId: "cn-hangzhou",
        middleware: [
          { name: "x", step: "initialize", run },
          { name: "x", step: "send", run },
        ] as Middleware[],
      }),
    ).toThrow(/middleware "x" is the name of two middleware/);
    expect(() =>
      createEcsClient({
        regionId: "cn-hangzhou",
        middleware: [{ name: "x", step: "classify", run }] as unknown as Middleware[],
      }),
    ).toThrow(/retry/);
    expect(() =>
      createEcsClient({
        regionId: "cn-hangzhou",
        middleware: [{ name: "x", step: "transport", run }] as unknown as Middleware[],
      }),
    ).toThrow(
      /unknown step "transport" \(one of initialize, validate, serialize, credentials, sign, send, deserialize;/,
    );
    expect(() =>
      createEcsClient({ regionId: "cn-hangzhou", middleware: [{ name: "", step: "send", run }] as Middleware[] }),
    ).toThrow(/name/);
    const { ecs, requests } = make([json(pageBody())]);
    expect(
      await caught(ecs.describeHpcClusters({}, { middleware: [{ name: "y", step: "sign" } as unknown as Middleware] })),
    ).toBeInstanceOf(TypeError);
    // A header a middleware adds is checked like a call's own: refused, not sent and retried as a network error.
    const injecting: Middleware = {
      name: "inject",
      step: "sign",
      run: (ctx, next) => ((ctx.request!.headers["x-acs-evil"] = "a\r\nx-injected: 1"), next()),
    };
    expect(await caught(ecs.describeHpcClusters({}, { middleware: [injecting] }))).toMatchObject({
      name: "TypeError",
      message: expect.stringMatching(/x-acs-evil/),
    });
    const late: Middleware = {
      name: "late",
      step: "send",
      run: (ctx, next) => ((ctx.signed!.headers["bad name"] = "x"), next()),
    };
    expect(await caught(ecs.describeHpcClusters({}, { middleware: [late] }))).toMatchObject({
      name: "TypeError",
      message: expect.stringMatching(/not a valid header name/),
    });
    expect(requests).toHaveLength(0);
  });
});

describe("errors name the step the call stopped in", () => {
  it("validate, credentials, send, deserialize", async () => {
    const { ecs } = make([json(errorBody("InvalidRegionId.NotFound"), 404)]);
    expect(await caught(ecs.describeHpcClusters({ PageSize: 0 }))).toMatchObject({
      kind: "validation",
      step: "validate",
    });
    expect(await caught(ecs.describeHpcClusters({}))).toMatchObject({ kind: "service", step: "deserialize" });
    const noCreds = make([json(pageBody())], { credentials: () => Promise.reject(new Error("metadata service down")) });
    expect(await caught(noCreds.ecs.describeHpcClusters({}))).toMatchObject({
      kind: "credentials",
      step: "credentials",
    });
    const down = make([new TypeError("connect ECONNREFUSED")], { retry: false });
    expect(await caught(down.ecs.describeHpcClusters({}))).toMatchObject({
      kind: "network",
      step: "send",
      attempts: 1,
    });
    const unreadable = make([new Response("<html>", { status: 200 })]);
    expect(await caught(unreadable.ecs.describeHpcClusters({}))).toMatchObject({
      kind: "response",
      step: "deserialize",
    });
  });
});

describe("response metadata", () => {
  it("every result has a non-enumerable $metadata: request id, attempts, status, headers, delay", async () => {
    const { ecs } = make(
      [
        json(errorBody("Throttling.User"), 400),
        json(pageBody({ RequestId: "REQ-OK" }), 200, { "x-acs-request-id": "REQ-OK", "x-custom": "1" }),
      ],
      { random: () => 0.5, retry: { baseDelayMs: 20 } },
    );
    const page = await ecs.describeHpcClusters({});
    expect(page.$metadata).toEqual({
      requestId: "REQ-OK",
      attempts: 2,
      httpStatus: 200,
      headers: expect.anything(),
      totalRetryDelayMs: 10,
    });
    expect(page.$metadata!.headers.get("x-custom")).toBe("1");
    expect(Object.keys(page)).not.toContain("$metadata");
    expect(JSON.parse(JSON.stringify(page))).toEqual(pageBody({ RequestId: "REQ-OK" }));
    expect({ ...page }).not.toHaveProperty("$metadata");
  });

  it("falls back to the x-acs-request-id header when the body has no RequestId (an rpc() action)", async () => {
    const { ecs } = make([json({ Regions: {} }, 200, { "x-acs-request-id": "FROM-HEADER" })]);
    expect((await ecs.rpc("DescribeRegions", {})).$metadata).toMatchObject({
      requestId: "FROM-HEADER",
      attempts: 1,
      totalRetryDelayMs: 0,
    });
  });
});

describe("retry strategies", () => {
  it("standardRetry({ retryableCodes }) retries a documented code the default treats as final", async () => {
    const busy = () => json(errorBody("IncorrectHpcClusterStatus"), 403);
    const plain = make([busy(), json({ RequestId: "ok" })]);
    expect(await caught(plain.ecs.deleteHpcCluster({ HpcClusterId: "hpc-1" }))).toMatchObject({
      code: "IncorrectHpcClusterStatus",
      attempts: 1,
    });
    const patient = make([busy(), json({ RequestId: "ok" })], {
      retry: standardRetry({ retryableCodes: ["IncorrectHpcClusterStatus"], baseDelayMs: 1 }),
    });
    expect((await patient.ecs.deleteHpcCluster({ HpcClusterId: "hpc-1" })).$metadata?.attempts).toBe(2);
  });

  it("an adaptive strategy of the user's decides and paces the retries", async () => {
    const seen: string[] = [];
    let rate = 1;
    const adaptive: RetryStrategy = {
      maxAttempts: 4,
      classify: (o) => (
        seen.push(`${o.attempt}:${o.code ?? o.error?.kind}`),
        o.code?.startsWith("Throttling") ? "throttle" : o.error ? "retry" : "fail"
      ),
      delayMs: (_, decision) => (decision === "throttle" ? (rate *= 2) : 1),
      acquire: () => 1,
      success: () => {
        rate = Math.max(1, rate / 2);
      },
    };
    const { ecs, requests } = make(
      [
        json(errorBody("Throttling.User"), 400),
        json(errorBody("Throttling.User"), 400),
        new TypeError("reset"),
        json(pageBody()),
      ],
      { retry: adaptive },
    );
    const page = await ecs.describeHpcClusters({});
    expect(requests).toHaveLength(4);
    expect(seen).toEqual(["1:Throttling.User", "2:Throttling.User", "3:network"]);
    expect(page.$metadata?.totalRetryDelayMs).toBe(2 + 4 + 1);
    expect(rate).toBe(2);
    expect(ecs.retryTokens).toBeNaN();
  });

  it("the pipeline, not the strategy, keeps a write that may have committed from running twice", async () => {
    const eager: RetryStrategy = {
      maxAttempts: 5,
      classify: () => "retry",
      delayMs: () => 1,
      acquire: () => 1,
      success: () => undefined,
    };
    const { ecs, requests } = make([json(errorBody("InternalError"), 500), json({ RequestId: "ok" })], {
      retry: eager,
    });
    // rpc() actions are not idempotent unless told: a 5xx may have done the work.
    expect(await caught(ecs.rpc("RebootInstance", { InstanceId: "i-1" }))).toMatchObject({
      kind: "service",
      code: "InternalError",
      attempts: 1,
    });
    expect(requests).toHaveLength(1);
    // A refusal (4xx) did nothing, so the strategy may retry it.
    const refused = make([json(errorBody("IncorrectInstanceStatus"), 403), json({ RequestId: "ok" })], {
      retry: eager,
    });
    expect((await refused.ecs.rpc("RebootInstance", { InstanceId: "i-1" })).$metadata?.attempts).toBe(2);
    // Declared idempotent, the 5xx is retried.
    const safe = make([json(errorBody("InternalError"), 500), json({ RequestId: "ok" })], { retry: eager });
    expect(
      (await safe.ecs.rpc("RebootInstance", { InstanceId: "i-1" }, { idempotent: true })).$metadata?.attempts,
    ).toBe(2);
  });

  it("refuses a strategy without a usable maxAttempts", () => {
    expect(() =>
      createEcsClient({
        regionId: "cn-hangzhou",
        retry: { maxAttempts: 0, classify: () => "fail", delayMs: () => 0, acquire: () => 0, success: () => undefined },
      }),
    ).toThrow(/maxAttempts/);
  });
});
