// Adaptive concurrency: against a service that throttles whatever exceeds its capacity, the
// paginator lowers the calls it keeps in flight and raises them again as calls succeed; it sends
// fewer throttled requests than a fixed concurrency, and lists the same items.
import { createEcsClient, type AttemptEvent } from "@ecs-hpc/core";
import { describe, expect, it } from "vitest";
import { collectHpcClusters, iterateHpcClusters } from "../src/index.ts";
import { clusters, fakeEcs, ids, serviceError, sleep } from "./fake-ecs.ts";

const credentials = { accessKeyId: "LTAI5tTESTKEYID", accessKeySecret: "secret" };

/** A service that answers Throttling.User (with x-acs-retry-after) to any request beyond `capacity` in flight. */
function cappedService(count: number, capacity: number, latencyMs: number) {
  const store = clusters(count);
  const stats = { inFlight: 0, maxInFlight: 0, throttled: 0, served: 0 };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const query = new URL(request.url).searchParams;
    const page = Number(query.get("PageNumber") ?? 1);
    const size = Number(query.get("PageSize") ?? 10);
    if (stats.inFlight >= capacity) {
      stats.throttled += 1;
      return Response.json(
        { Code: "Throttling.User", Message: "Request was denied due to user flow control.", RequestId: "T" },
        { status: 400, headers: { "x-acs-retry-after": "3" } },
      );
    }
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    try {
      await sleep(latencyMs);
      stats.served += 1;
      return Response.json({
        RequestId: `R-${page}`,
        PageNumber: page,
        PageSize: size,
        TotalCount: store.length,
        HpcClusters: { HpcCluster: store.slice((page - 1) * size, page * size) },
      });
    } finally {
      stats.inFlight -= 1;
    }
  };
  const events: AttemptEvent[] = [];
  const ecs = createEcsClient({
    regionId: "cn-hangzhou",
    credentials,
    fetch: fetch as typeof globalThis.fetch,
    retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 4, budget: 100_000 },
    onEvent: (e) => events.push(e),
  });
  return { ecs, stats, events };
}

describe("adaptive concurrency under throttling", () => {
  it("fewer throttled requests than fixed concurrency, same items", { timeout: 60_000 }, async () => {
    const run = async (adaptiveConcurrency: boolean) => {
      const service = cappedService(6000, 2, 4);
      const items = await collectHpcClusters(
        service.ecs,
        {},
        {
          concurrency: 8,
          pageSize: 50,
          adaptiveConcurrency,
          retry: { baseDelayMs: 1, maxDelayMs: 4, maxPerPage: 50, maxPerListing: 10_000 },
        },
      );
      return { ids: ids(items), ...service.stats, requests: service.events.length };
    };
    const fixed = await run(false);
    const adaptive = await run(true);
    expect(adaptive.ids).toEqual(ids(clusters(6000)));
    expect(fixed.ids).toEqual(adaptive.ids);
    expect(fixed.served).toBe(120);
    expect(adaptive.served).toBe(120);
    console.log(
      `throttling: fixed ${fixed.throttled} throttled of ${fixed.requests} requests, adaptive ${adaptive.throttled} of ${adaptive.requests}`,
    );
    expect(fixed.throttled).toBeGreaterThan(60);
    expect(adaptive.throttled).toBeLessThan(fixed.throttled / 2);
  });

  it("halves the calls in flight on throttling and raises them again once calls succeed", async () => {
    // Throttles pages 5..8 once each: the number in flight drops, then climbs back to 6.
    const throttledOnce = new Set<number>();
    const fake = fakeEcs({
      items: 100 * 60,
      latency: () => 2,
      fail: (call) =>
        call.page >= 5 && call.page <= 8 && !throttledOnce.has(call.page) && throttledOnce.add(call.page)
          ? serviceError("Throttling.User")
          : undefined,
    });
    for await (const _ of iterateHpcClusters(
      fake.client,
      {},
      { concurrency: 6, retry: { baseDelayMs: 1, maxDelayMs: 2 } },
    ))
      void _;
    const inFlight = fake.calls.map((c) => c.inFlightAtStart);
    const firstThrottle = fake.calls.findIndex((c) => c.outcome === "failed");
    const lowest = Math.min(...inFlight.slice(firstThrottle + 1, firstThrottle + 20));
    expect(lowest).toBeLessThanOrEqual(3);
    expect(Math.max(...inFlight.slice(-15))).toBe(6);
    expect(fake.calls.filter((c) => c.outcome === "ok")).toHaveLength(60);
  });

  it("adaptiveConcurrency: false keeps `concurrency` calls in flight", async () => {
    const throttledOnce = new Set<number>();
    const fake = fakeEcs({
      items: 100 * 30,
      latency: () => 2,
      fail: (call) =>
        call.page >= 5 && call.page <= 8 && !throttledOnce.has(call.page) && throttledOnce.add(call.page)
          ? serviceError("Throttling.User")
          : undefined,
    });
    for await (const _ of iterateHpcClusters(
      fake.client,
      {},
      { concurrency: 6, adaptiveConcurrency: false, retry: { baseDelayMs: 1, maxDelayMs: 2 } },
    ))
      void _;
    const firstThrottle = fake.calls.findIndex((c) => c.outcome === "failed");
    expect(
      Math.min(...fake.calls.slice(firstThrottle + 1, firstThrottle + 10).map((c) => c.inFlightAtStart)),
    ).toBeGreaterThanOrEqual(4);
  });
});
