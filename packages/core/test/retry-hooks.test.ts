// The hooks that let work on top of the client retry safely: the idempotency token on every
// error of an operation that takes one, a per-call attempt observer, and spending the client's
// shared retry budget from outside (a paginator retrying a page).
import { describe, expect, it } from "vitest";
import { createEcsClient, type AttemptEvent } from "../src/index.ts";
import { caught, creds, errorBody, json, pageBody, scriptedFetch, type Answer } from "./helpers.ts";

const fast = { baseDelayMs: 0, maxDelayMs: 1 };
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
const createdBody = { RequestId: "REQ-C", HpcClusterId: "hpc-new" };
const sentToken = (request: Request) => new URL(request.url).searchParams.get("ClientToken");

describe("err.clientToken", () => {
  it("a create that loses every response: the network error carries the token every attempt sent", async () => {
    const { ecs, requests } = make([new TypeError("socket hang up")], { idempotencyToken: () => "token-abc" });
    const error = await caught(ecs.createHpcCluster({ Name: "cfd" }));
    expect(error).toMatchObject({ kind: "network", attempts: 3, clientToken: "token-abc" });
    expect(requests.map(sentToken)).toEqual(["token-abc", "token-abc", "token-abc"]);
  });

  it("a service error, a timeout and an abort of a create carry it too; a caller's own token is the one exposed", async () => {
    const service = make([json(errorBody("QuotaExceeded.HpcCluster"), 400)]);
    const error = await caught(service.ecs.createHpcCluster({ Name: "cfd", ClientToken: "mine-1" }));
    expect(error).toMatchObject({ kind: "service", clientToken: "mine-1" });

    const hang = (_: Request, signal: AbortSignal) =>
      new Promise<Response>((_, reject) =>
        signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      );
    const timing = make([hang], { timeoutMs: 10, retry: false, idempotencyToken: () => "token-t" });
    expect(await caught(timing.ecs.deleteHpcCluster({ HpcClusterId: "hpc-1" }))).toMatchObject({
      kind: "timeout",
      clientToken: "token-t",
    });

    const controller = new AbortController();
    const aborting = make([hang], { idempotencyToken: () => "token-a" });
    setTimeout(() => controller.abort(), 5);
    expect(
      await caught(
        aborting.ecs.modifyHpcClusterAttribute(
          { HpcClusterId: "hpc-1", Name: "renamed" },
          { signal: controller.signal },
        ),
      ),
    ).toMatchObject({ kind: "aborted", clientToken: "token-a" });
  });

  it("retrying with the exposed token sends the same token", async () => {
    const { ecs, requests } = make(
      [new TypeError("reset"), new TypeError("reset"), new TypeError("reset"), json(createdBody)],
      { idempotencyToken: () => crypto.randomUUID() },
    );
    const error = await caught(ecs.createHpcCluster({ Name: "cfd" }));
    const again = await ecs.createHpcCluster({ Name: "cfd", ClientToken: error.clientToken });
    expect(again.HpcClusterId).toBe("hpc-new");
    expect(new Set(requests.map(sentToken))).toEqual(new Set([error.clientToken]));
  });

  it("each call exposes its own token, the one its requests sent (reads take a ClientToken too)", async () => {
    const { ecs, requests } = make([json(errorBody("InvalidRegionId.NotFound"), 400)]);
    const first = await caught(ecs.describeHpcClusters({}));
    const second = await caught(ecs.describeHpcClusters({}));
    expect(first.clientToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.clientToken).not.toBe(first.clientToken);
    expect(requests.map(sentToken)).toEqual([first.clientToken, second.clientToken]);
  });
});

describe("CallOptions.onAttempt", () => {
  it("sees this call's attempts (with the server's delay), alongside the client's onEvent", async () => {
    const clientEvents: AttemptEvent[] = [];
    const callEvents: AttemptEvent[] = [];
    const { ecs } = make([json(errorBody("Throttling.User"), 400, { "x-acs-retry-after": "3" }), json(pageBody())], {
      onEvent: (e) => clientEvents.push(e),
    });
    await ecs.describeHpcClusters({}, { onAttempt: (e) => callEvents.push(e) });
    await ecs.describeHpcClusters({});
    expect(callEvents.map((e) => [e.outcome, e.code, e.retryAfterMs])).toEqual([
      ["error", "Throttling.User", 3],
      ["success", undefined, undefined],
    ]);
    expect(clientEvents).toHaveLength(3);
  });

  it("a throwing observer does not break the call; a non-function is refused before any request", async () => {
    const { ecs, requests } = make([json(pageBody())]);
    await ecs.describeHpcClusters(
      {},
      {
        onAttempt: () => {
          throw new Error("observer bug");
        },
      },
    );
    await expect(ecs.describeHpcClusters({}, { onAttempt: "nope" as never })).rejects.toThrow(
      /onAttempt must be a function/,
    );
    expect(requests).toHaveLength(1);
  });
});

describe("tryAcquireRetry", () => {
  it("spends the shared budget at the client's costs and refuses once it is empty", () => {
    const { ecs } = make([json(pageBody())], { retry: { budget: 25, retryCost: 5 } });
    expect(ecs.tryAcquireRetry("throttling")).toBe(true);
    expect(ecs.retryTokens).toBe(20);
    expect(ecs.tryAcquireRetry("network")).toBe(true);
    expect(ecs.retryTokens).toBe(10);
    expect(ecs.tryAcquireRetry("timeout")).toBe(true);
    expect(ecs.retryTokens).toBe(0);
    expect(ecs.tryAcquireRetry("server")).toBe(false);
    expect(ecs.retryTokens).toBe(0);
  });
});
