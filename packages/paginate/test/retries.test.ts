import { DescribeHpcClusters, type DescribeHpcClustersOperation } from "@ecs-hpc/core/operations/describe-hpc-clusters";
// Page-level retries: a page whose call failed with a transient error after the client's own
// attempts is requested again, bounded per page and per listing, paying the client's retry
// budget, with a backoff that an abort cuts short. Non-transient errors end the listing at once.
import { EcsAbortError, EcsNetworkError, EcsTimeoutError, type RetryFailureKind } from "@ecs-hpc/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pageStream } from "../src/engine.ts";
import {
  collectHpcClusters,
  iterateHpcClusters,
  paginateDescribeHpcClusters,
  PaginationError,
  type PaginatingClient,
} from "../src/index.ts";
import { resolveOptions } from "../src/options.ts";
import { paginationSpecOf } from "../src/paginate.ts";
import { clusters, fakeEcs, flush, ids, random, serviceError, sleep, trackUnhandledRejections } from "./fake-ecs.ts";

const fast = { baseDelayMs: 1, maxDelayMs: 2 };

let unhandled: () => Promise<unknown[]>;
beforeEach(() => {
  unhandled = trackUnhandledRejections();
});
afterEach(async () => {
  expect(await unhandled()).toEqual([]);
});

/** Fails the first `times` calls of each listed page with `error()`. */
function failFirst(times: Readonly<Record<number, number>>, error: () => unknown) {
  const seen = new Map<number, number>();
  return (call: { page: number }) => {
    const n = (seen.get(call.page) ?? 0) + 1;
    seen.set(call.page, n);
    return n <= (times[call.page] ?? 0) ? error() : undefined;
  };
}

describe("page retries", () => {
  it.each([
    ["throttling", () => serviceError("Throttling.User", 400)],
    ["HTTP 503", () => serviceError("ServiceUnavailable")],
    ["HTTP 500", () => serviceError("InternalError")],
    ["a lost connection", () => new EcsNetworkError("DescribeHpcClusters", new Error("socket hang up"), 3)],
    ["a timeout", () => new EcsTimeoutError("DescribeHpcClusters", 10, "attempt", 3)],
  ])("a page failing with %s is requested again and the listing completes, in order", async (_name, error) => {
    const fake = fakeEcs({ items: 1000, fail: failFirst({ 3: 2, 7: 1 }, error) });
    const seen = ids(await collectHpcClusters(fake.client, {}, { concurrency: 4, retry: fast }));
    expect(seen).toEqual(ids(clusters(1000)));
    expect(fake.pages().filter((p) => p === 3)).toHaveLength(3);
    expect(fake.pages().filter((p) => p === 7)).toHaveLength(2);
    expect(fake.calls).toHaveLength(10 + 3);
  });

  it.each([
    ["a 4xx service error", () => serviceError("InvalidRegionId.NotFound")],
    ["a plain error (a bug, a malformed client)", () => new TypeError("not a client error")],
    ["an abort of the client's own", () => new EcsAbortError("DescribeHpcClusters", undefined)],
  ])("%s ends the listing at once, without a retry", async (_name, error) => {
    const fake = fakeEcs({ items: 1000, fail: failFirst({ 3: 1 }, error) });
    const failure = await collectHpcClusters(fake.client, {}, { concurrency: 1, retry: fast }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PaginationError);
    expect(failure).toMatchObject({ page: 3, pageRetries: 0 });
    expect(fake.pages()).toEqual([1, 2, 3]);
  });

  it("at most maxPerPage retries of one page; the error says how many", async () => {
    const fake = fakeEcs({
      items: 1000,
      fail: (call) => (call.page === 2 ? serviceError("ServiceUnavailable") : undefined),
    });
    const error = await collectHpcClusters(
      fake.client,
      {},
      { concurrency: 3, retry: { ...fast, maxPerPage: 4 } },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "pagination", page: 2, pageRetries: 4 });
    expect((error as Error).message).toMatch(
      /^DescribeHpcClusters: page 2 failed: .*ServiceUnavailable.* \(after 4 page retries\)$/,
    );
    expect(fake.pages().filter((p) => p === 2)).toHaveLength(5);
    expect(fake.stats.inFlight).toBe(0);
  });

  it("at most maxPerListing retries of all pages together", async () => {
    // Every page fails once: with concurrency 1, pages 1..3 use the three retries, page 4 fails.
    const fake = fakeEcs({
      items: 1000,
      fail: failFirst(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i + 1, 1])), () =>
        serviceError("InternalError"),
      ),
    });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const c of iterateHpcClusters(
        fake.client,
        {},
        { concurrency: 1, speculate: false, retry: { ...fast, maxPerListing: 3 } },
      ))
        seen.push(c.HpcClusterId);
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ page: 4, pageRetries: 0, itemsDelivered: 300 });
    expect(seen).toEqual(ids(clusters(300)));
    expect(fake.pages()).toEqual([1, 1, 2, 2, 3, 3, 4]);
  });

  it("retry: false and maxPerPage: 0 turn page retries off", async () => {
    for (const retry of [false, { maxPerPage: 0 }] as const) {
      const fake = fakeEcs({ items: 500, fail: failFirst({ 2: 1 }, () => serviceError("ServiceUnavailable")) });
      await expect(collectHpcClusters(fake.client, {}, { retry, concurrency: 1 })).rejects.toMatchObject({
        page: 2,
        pageRetries: 0,
      });
      expect(fake.pages().filter((p) => p === 2)).toHaveLength(1);
    }
  });

  it("spends the client's retry budget, one acquisition per page retry, and stops when it is empty", async () => {
    const page2Once = failFirst({ 2: 1 }, () => serviceError("Throttling.User"));
    const fake = fakeEcs({
      items: 1000,
      fail: (call) =>
        call.page === 5 ? new EcsNetworkError("DescribeHpcClusters", new Error("reset")) : page2Once(call),
    });
    const spent: RetryFailureKind[] = [];
    let tokens = 3;
    const client = {
      describeHpcClusters: fake.client.describeHpcClusters,
      tryAcquireRetry(kind: RetryFailureKind) {
        spent.push(kind);
        return tokens-- > 0;
      },
    } satisfies PaginatingClient<DescribeHpcClustersOperation> & { tryAcquireRetry: unknown };
    const error = await collectHpcClusters(client, {}, { concurrency: 1, speculate: false, retry: fast }).catch(
      (e: unknown) => e,
    );
    // Page 2 fails once and is retried once; page 5 fails on every call: two paid retries, then the refusal.
    expect(error).toMatchObject({ page: 5, pageRetries: 2 });
    expect(spent).toEqual(["throttling", "network", "network", "network"]);
    expect(fake.pages().filter((p) => p === 5)).toHaveLength(3);
  });

  it("waits a backoff between retries of a page (full jitter, base x 2^n, capped)", async () => {
    const spec = paginationSpecOf(DescribeHpcClusters);
    const fake = fakeEcs({ items: 300, fail: failFirst({ 1: 2 }, () => serviceError("ServiceUnavailable")) });
    const started = performance.now();
    const pages = pageStream({
      operation: "DescribeHpcClusters",
      spec,
      input: {},
      fetchPage: (input, options) => fake.client.describeHpcClusters(input as never, options),
      options: resolveOptions("DescribeHpcClusters", spec, {
        speculate: false,
        retry: { baseDelayMs: 30, maxDelayMs: 40 },
      }),
      random: () => 0.999,
    });
    for await (const _ of pages) void _;
    // Retry 1 waits ~30 ms (30 x 2^0), retry 2 ~40 ms (60 capped at 40).
    expect(performance.now() - started).toBeGreaterThanOrEqual(65);
    expect(fake.pages()).toEqual([1, 1, 1, 2, 3]);
  });

  it("an abort during a page's backoff ends the listing promptly, with no further request", async () => {
    const fake = fakeEcs({
      items: 1000,
      fail: (call) => (call.page === 2 ? serviceError("ServiceUnavailable") : undefined),
    });
    const controller = new AbortController();
    const pages = paginateDescribeHpcClusters(
      fake.client,
      {},
      {
        signal: controller.signal,
        concurrency: 2,
        speculate: false,
        retry: { baseDelayMs: 600_000, maxDelayMs: 600_000 },
      },
    );
    expect((await pages.next()).value?.pageNumber).toBe(1);
    const second = pages.next();
    await sleep(5);
    await flush();
    const callsBefore = fake.calls.length;
    controller.abort();
    // A backoff that ignored the abort would hold this for up to ten minutes (past the test's timeout).
    await expect(second).rejects.toBeInstanceOf(EcsAbortError);
    await sleep(5);
    expect(fake.calls).toHaveLength(callsBefore);
    expect(fake.stats.inFlight).toBe(0);
  });

  it("break during a page's backoff cancels it too", async () => {
    const fake = fakeEcs({
      items: 1000,
      fail: (call) => (call.page === 3 ? serviceError("ServiceUnavailable") : undefined),
    });
    let count = 0;
    for await (const _ of iterateHpcClusters(
      fake.client,
      {},
      { concurrency: 4, retry: { baseDelayMs: 600_000, maxDelayMs: 600_000 } },
    )) {
      if (++count === 150) break;
    }
    expect(fake.stats.inFlight).toBe(0);
    expect(fake.pages().filter((p) => p === 3).length).toBeGreaterThanOrEqual(1);
  });

  it.each([1, 2, 3])(
    "random transient failures (seed %i): every item once, in order, never more than `concurrency` pages ahead",
    async (seed) => {
      const rand = random(seed);
      const fake = fakeEcs({
        items: 5000,
        latency: () => Math.floor(rand() * 3),
        fail: () => {
          const draw = rand();
          return draw < 0.15
            ? serviceError("ServiceUnavailable")
            : draw < 0.3
              ? serviceError("Throttling.User")
              : undefined;
        },
      });
      const seen: string[] = [];
      let consumed = 0;
      for await (const page of paginateDescribeHpcClusters(
        fake.client,
        {},
        { pageSize: 50, concurrency: 6, retry: { ...fast, maxPerPage: 20, maxPerListing: 1000 } },
      )) {
        const ahead = new Set(fake.pages().filter((p) => p > page.pageNumber)).size;
        expect(ahead).toBeLessThanOrEqual(6);
        seen.push(...ids(page.items));
        consumed = page.pageNumber;
      }
      expect(consumed).toBe(100);
      expect(seen).toEqual(ids(clusters(5000)));
      expect(fake.calls.filter((c) => c.outcome === "failed").length).toBeGreaterThan(10);
    },
  );

  it("a page that fails past the end the listing learned is dropped, not retried", async () => {
    // 150 items: pages 3 and 4 of the speculative wave lie past the end. Page 4 fails once page 1
    // has told the end, while page 2 is still on its way: it is not requested again.
    const fake = fakeEcs({
      items: 150,
      latency: (call) => (call.page === 2 ? 60 : call.page === 4 ? 20 : 0),
      fail: (call) => (call.page === 4 ? serviceError("ServiceUnavailable") : undefined),
    });
    expect(ids(await collectHpcClusters(fake.client, {}, { concurrency: 4, retry: fast }))).toEqual(ids(clusters(150)));
    expect(fake.pages().filter((p) => p === 4)).toHaveLength(1);
  });
});

describe("page retries against a broken client or service", () => {
  it("a budget hook that throws pays for nothing: the page fails, nothing hangs", async () => {
    const fake = fakeEcs({
      items: 500,
      fail: (call) => (call.page === 2 ? serviceError("ServiceUnavailable") : undefined),
    });
    const client = {
      describeHpcClusters: fake.client.describeHpcClusters,
      tryAcquireRetry: () => {
        throw new Error("budget bug");
      },
    } as PaginatingClient<DescribeHpcClustersOperation>;
    await expect(collectHpcClusters(client, {}, { concurrency: 2, retry: fast })).rejects.toMatchObject({
      page: 2,
      pageRetries: 0,
    });
  });

  it("a huge x-acs-retry-after holds new requests back for at most retry.maxDelayMs", { timeout: 30_000 }, async () => {
    let throttledOnce = false;
    const fake = fakeEcs({ items: 600 });
    const client: PaginatingClient<DescribeHpcClustersOperation> = {
      describeHpcClusters: async (input, options) => {
        if (!throttledOnce && input.PageNumber === 2) {
          throttledOnce = true;
          options?.onAttempt?.({
            operation: "DescribeHpcClusters",
            method: "POST",
            attempt: 1,
            outcome: "error",
            status: 400,
            code: "Throttling.User",
            requestId: "T",
            durationMs: 1,
            retryInMs: 1,
            retryAfterMs: 2 ** 40,
          });
        }
        return fake.client.describeHpcClusters(input, options);
      },
    };
    // With the hold uncapped the listing would wait for ~35 years (past the test's timeout).
    expect(
      ids(await collectHpcClusters(client, {}, { concurrency: 2, speculate: false, retry: { maxDelayMs: 20 } })),
    ).toEqual(ids(clusters(600)));
  });
});
