import { afterEach, describe, expect, it, vi } from "vitest";
import { createEcsClient, type AttemptEvent, type HttpHandler } from "../src/index.ts";
import { backoffDelay, RETRY_DEFAULTS, RetryBudget, serverDelay } from "../src/steps/retry.ts";
import { isRetrySafe, standardClassify, type AttemptOutcome } from "../src/steps/classify.ts";
import { clientOperations } from "../src/generated/client-operations.ts";
import { EcsNetworkError } from "../src/errors.ts";
import { creds, errorBody, json, pageBody, scriptedFetch, type Answer, caught } from "./helpers.ts";

const fast = { baseDelayMs: 1, maxDelayMs: 5 };
const make = (answers: Answer[], options: Parameters<typeof createEcsClient>[0] = {}) => {
  const capture = scriptedFetch(...answers);
  return {
    ...capture,
    ecs: createEcsClient({
      regionId: "cn-hangzhou",
      credentials: creds,
      fetch: capture.fetch,
      retry: fast,
      ...options,
    }),
  };
};
describe("retries", () => {
  it("retries throttling (HTTP 400 Throttling.User) and succeeds", async () => {
    const { ecs, requests } = make([json(errorBody("Throttling.User"), 400), json(pageBody())]);
    await ecs.describeHpcClusters({});
    expect(requests).toHaveLength(2);
  });

  it.each([500, 502, 503])("retries HTTP %i", async (status) => {
    const { ecs, requests } = make([json(errorBody("ServiceUnavailable"), status), json(pageBody())]);
    await ecs.describeHpcClusters({});
    expect(requests).toHaveLength(2);
  });

  it("retries network failures", async () => {
    const { ecs, requests } = make([new TypeError("fetch failed"), new TypeError("fetch failed"), json(pageBody())]);
    await ecs.describeHpcClusters({});
    expect(requests).toHaveLength(3);
  });

  it.each(["InvalidRegionId.NotFound", "Invalid.Parameter", "SignatureDoesNotMatch"])(
    "never retries %s",
    async (code) => {
      const { ecs, requests } = make([json(errorBody(code), 400), json(pageBody())]);
      await expect(ecs.describeHpcClusters({})).rejects.toMatchObject({ code, attempts: 1 });
      expect(requests).toHaveLength(1);
    },
  );

  it("after the last attempt, the error says how many attempts and carries the last code and request id", async () => {
    const { ecs, requests } = make([
      json(errorBody("Throttling.User", "slow", "R1"), 400),
      json(errorBody("ServiceUnavailable", "down", "R2"), 503),
      json(errorBody("InternalError", "boom", "R3"), 500),
    ]);
    const error = await caught(ecs.describeHpcClusters({}));
    expect(requests).toHaveLength(3);
    expect(error).toMatchObject({ kind: "service", code: "InternalError", requestId: "R3", attempts: 3 });
    expect(error.message).toMatch(/after 3 attempts/);
  });

  it("network failures on every attempt give an EcsNetworkError with the attempt count", async () => {
    const { ecs, requests } = make([new TypeError("fetch failed")]);
    expect(await caught(ecs.describeHpcClusters({}))).toMatchObject({ kind: "network", attempts: 3 });
    expect(requests).toHaveLength(3);
  });

  it("honours maxAttempts and retry: false", async () => {
    const five = make([json(errorBody("Throttling"), 400)], { retry: { ...fast, maxAttempts: 5 } });
    await expect(five.ecs.describeHpcClusters({})).rejects.toMatchObject({ attempts: 5 });
    expect(five.requests).toHaveLength(5);
    const off = make([json(errorBody("Throttling"), 400)], { retry: false });
    await expect(off.ecs.describeHpcClusters({})).rejects.toMatchObject({ attempts: 1 });
    expect(off.requests).toHaveLength(1);
  });

  it("waits at least the server-sent x-acs-retry-after delay", async () => {
    const { ecs, requests } = make(
      [json(errorBody("Throttling.User"), 400, { "x-acs-retry-after": "80" }), json(pageBody())],
      { random: () => 0, retry: { baseDelayMs: 1, maxDelayMs: 1000 } },
    );
    const started = performance.now();
    await ecs.describeHpcClusters({});
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    expect(requests).toHaveLength(2);
  });

  it("reports every attempt to onEvent, and a throwing observer does not break the call", async () => {
    const events: AttemptEvent[] = [];
    const { ecs } = make([json(errorBody("Throttling.User", "x", "R1"), 400), json(pageBody())], {
      onEvent: (e) => {
        events.push(e);
        throw new Error("observer bug");
      },
    });
    await ecs.describeHpcClusters({});
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      operation: "DescribeHpcClusters",
      method: "POST",
      attempt: 1,
      outcome: "error",
      status: 400,
      code: "Throttling.User",
      requestId: "R1",
    });
    expect(events[0]!.retryInMs).toBeGreaterThanOrEqual(0);
    expect(events[1]).toMatchObject({ attempt: 2, outcome: "success", status: 200, retryInMs: undefined });
  });
});

describe("the retry budget", () => {
  it("under a total outage, retries add at most capacity / cost extra requests", async () => {
    const capacity = 50;
    const cost = 5;
    const { ecs, requests } = make([json(errorBody("ServiceUnavailable"), 503)], {
      retry: { ...fast, maxAttempts: 3, budget: capacity, retryCost: cost, baseDelayMs: 0 },
    });
    const calls = 100;
    for (let i = 0; i < calls; i++) await ecs.describeHpcClusters({}).catch(() => undefined);
    expect(requests.length).toBeLessThanOrEqual(calls + capacity / cost);
    expect(requests.length).toBeGreaterThan(calls);
    expect(ecs.retryTokens).toBeLessThan(cost);
  });

  it("refills on success", () => {
    const budget = new RetryBudget(10);
    expect(budget.tryAcquire(5)).toBe(true);
    expect(budget.tryAcquire(6)).toBe(false);
    budget.release(5);
    expect(budget.available).toBe(10);
    budget.release(0);
    expect(budget.available).toBe(10);
  });
});

describe("timeouts, deadlines and cancellation", () => {
  // Timers and the clock the transport reads; setImmediate stays real, so `settle().now()` can let
  // every pending promise run before it looks.
  const fakedTimers: NonNullable<Parameters<typeof vi.useFakeTimers>[0]>["toFake"] = [
    "setTimeout",
    "clearTimeout",
    "performance",
    "Date",
  ];
  afterEach(() => {
    vi.useRealTimers();
  });
  /** Where a call stands: `now()` gives its error once pending work has run, or fails if it is still pending. */
  const settle = (promise: Promise<unknown>) => {
    let outcome: { error: unknown } | undefined;
    const done = caught(promise).then((error) => {
      outcome = { error };
    });
    return {
      now: async () => {
        await new Promise((resolve) => setImmediate(resolve));
        if (outcome === undefined) throw new Error("the call is still pending");
        await done;
        return outcome.error as any;
      },
    };
  };
  const hanging = (_: Request, signal: AbortSignal) =>
    new Promise<Response>((_, reject) =>
      signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
    );

  it("a hung attempt times out, is retried, and fails with EcsTimeoutError", async () => {
    const { ecs, requests } = make([hanging], { timeoutMs: 20, retry: { ...fast, maxAttempts: 2 } });
    const error = await caught(ecs.describeHpcClusters({}));
    expect(error).toMatchObject({ kind: "timeout", attempts: 2 });
    expect(requests).toHaveLength(2);
  });

  it("the overall deadline bounds all attempts", async () => {
    vi.useFakeTimers({ toFake: fakedTimers });
    // A handler that hangs until the timeout it is given, on the (fake) timers.
    const budgets: number[] = [];
    const requestHandler: HttpHandler = ({ timeoutMs }) => {
      budgets.push(timeoutMs ?? Infinity);
      return new Promise((_, reject) =>
        setTimeout(() => reject(new DOMException("timed out", "TimeoutError")), timeoutMs),
      );
    };
    const ecs = createEcsClient({
      regionId: "cn-hangzhou",
      credentials: creds,
      requestHandler,
      timeoutMs: 1000,
      deadlineMs: 40,
      retry: { ...fast, maxAttempts: 10 },
    });
    const call = settle(ecs.describeHpcClusters({}));
    await vi.advanceTimersByTimeAsync(40);
    // 40 ms in, long before the 1 s attempt timeout: over, with no attempt given more than the deadline.
    const error = await call.now();
    expect(error).toMatchObject({ kind: "timeout" });
    expect(budgets[0]).toBe(40);
    expect(budgets.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(40);
  });

  it("per-call timeout overrides the client's", async () => {
    const { ecs } = make([hanging], { timeoutMs: 60_000, retry: false });
    expect(await caught(ecs.describeHpcClusters({}, { timeoutMs: 10 }))).toMatchObject({ kind: "timeout" });
  });

  it("aborting stops an in-flight attempt at once", async () => {
    const { ecs } = make([hanging], { timeoutMs: 60_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    expect(await caught(ecs.describeHpcClusters({}, { signal: controller.signal }))).toMatchObject({ kind: "aborted" });
  });

  it("aborting stops a pending backoff at once, with no further attempt", async () => {
    vi.useFakeTimers({ toFake: fakedTimers });
    const { ecs, requests } = make(
      [json(errorBody("Throttling.User"), 400, { "x-acs-retry-after": "5000" }), json(pageBody())],
      { retry: { maxAttempts: 3, maxDelayMs: 10_000 } },
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const call = settle(ecs.describeHpcClusters({}, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(20);
    // 20 ms into the 5 s backoff: aborted, and the second answer never asked for.
    expect(await call.now()).toMatchObject({ kind: "aborted" });
    expect(requests).toHaveLength(1);
  });

  it("an already-aborted signal sends nothing", async () => {
    const { ecs, requests } = make([json(pageBody())]);
    expect(await caught(ecs.describeHpcClusters({}, { signal: AbortSignal.abort() }))).toMatchObject({
      kind: "aborted",
    });
    expect(requests).toHaveLength(0);
  });
});

describe("retry policy pieces", () => {
  const answer = (status: number, code: string | undefined): AttemptOutcome => ({
    operation: clientOperations.DescribeHpcClusters,
    attempt: 1,
    response: { status, headers: new Headers(), body: "" },
    code,
    requestId: undefined,
    error: undefined,
  });
  const lost: AttemptOutcome = {
    ...answer(0, undefined),
    response: undefined,
    error: new EcsNetworkError("X", new Error("reset")),
  };

  it("classifies answers", () => {
    expect(standardClassify(answer(400, "Throttling.User"))).toBe("throttle");
    expect(standardClassify(answer(403, "Throttling"))).toBe("throttle");
    expect(standardClassify(answer(429, undefined))).toBe("throttle");
    expect(standardClassify(answer(503, "ServiceUnavailable"))).toBe("retry");
    expect(standardClassify(lost)).toBe("retry");
    expect(standardClassify(answer(400, "Invalid.Parameter"))).toBe("fail");
    expect(standardClassify(answer(404, undefined))).toBe("fail");
  });

  it("retries non-idempotent work only when it was refused before running", () => {
    expect(isRetrySafe(answer(400, "Throttling"), false)).toBe(true);
    expect(isRetrySafe(answer(400, "IncorrectHpcClusterStatus"), false)).toBe(true);
    expect(isRetrySafe(answer(500, "InternalError"), false)).toBe(false);
    expect(isRetrySafe(lost, false)).toBe(false);
    expect(isRetrySafe(lost, true)).toBe(true);
  });

  it("uses full jitter under an exponential cap", () => {
    const options = { ...RETRY_DEFAULTS, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(1, options, () => 0.999)).toBe(99);
    expect(backoffDelay(3, options, () => 0.5)).toBe(200);
    expect(backoffDelay(10, options, () => 0.999)).toBe(999);
    expect(backoffDelay(2, options, () => 0)).toBe(0);
  });

  it("reads server delays", () => {
    expect(serverDelay(new Headers({ "x-acs-retry-after": "250" }))).toBe(250);
    expect(serverDelay(new Headers({ "retry-after": "2" }))).toBe(2000);
    expect(serverDelay(new Headers({ "retry-after": "Wed, 21 Oct 2015 07:28:00 GMT" }))).toBeUndefined();
  });
});
