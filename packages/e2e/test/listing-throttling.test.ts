// Adaptive concurrency against the mock: a service with room for three requests at once that
// answers Throttling.User (with x-acs-retry-after) to the rest. The same listing at concurrency 8
// with a fixed concurrency and with adaptive concurrency: the same clusters in the same order,
// and fewer throttled requests when the paginator adapts.
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEcsClient, type AttemptEvent } from "@ecs-hpc/core";
import { createHpcHandlers, createHpcStore, mockCredentials } from "@ecs-hpc/msw";
import { iterateHpcClusters } from "@ecs-hpc/paginate";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterAll(() => server.close());

/** Lets `capacity` requests at once through to the service (after `latencyMs`), throttles the others. */
function capacityLimit(capacity: number, latencyMs: number) {
  const stats = { inFlight: 0, throttled: 0 };
  const handler = http.all("*", async () => {
    if (stats.inFlight >= capacity) {
      stats.throttled += 1;
      return HttpResponse.json(
        {
          Code: "Throttling.User",
          Message: "Request was denied due to user flow control.",
          RequestId: crypto.randomUUID(),
        },
        { status: 400, headers: { "x-acs-retry-after": "3" } },
      );
    }
    stats.inFlight += 1;
    try {
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
    } finally {
      stats.inFlight -= 1;
    }
    return undefined; // on to the service's handlers
  });
  return { handler, stats };
}

describe("listing under load-dependent throttling", () => {
  it("adaptive concurrency: the same clusters, fewer throttled requests than a fixed concurrency", {
    timeout: 120_000,
  }, async () => {
    const store = createHpcStore({ clusters: 1_600, seed: 11 });
    const run = async (adaptiveConcurrency: boolean) => {
      const limit = capacityLimit(3, 5);
      server.resetHandlers(limit.handler, ...createHpcHandlers({ store }));
      const events: AttemptEvent[] = [];
      const ecs = createEcsClient({
        regionId: "cn-hangzhou",
        credentials: mockCredentials,
        retry: { baseDelayMs: 1, maxDelayMs: 5, budget: 100_000 },
        onEvent: (e) => events.push(e),
      });
      const seen: string[] = [];
      for await (const c of iterateHpcClusters(
        ecs,
        {},
        {
          concurrency: 8,
          pageSize: 20,
          adaptiveConcurrency,
          retry: { baseDelayMs: 1, maxDelayMs: 5, maxPerPage: 100, maxPerListing: 10_000 },
        },
      ))
        seen.push(c.HpcClusterId);
      return {
        seen,
        throttled: limit.stats.throttled,
        throttledEvents: events.filter((e) => e.code === "Throttling.User").length,
        requests: events.length,
      };
    };
    const fixed = await run(false);
    const adaptive = await run(true);
    console.log(
      `throttling (mock): fixed ${fixed.throttled} of ${fixed.requests} requests throttled, adaptive ${adaptive.throttled} of ${adaptive.requests}`,
    );
    expect(fixed.seen).toEqual(store.list().map((c) => c.HpcClusterId));
    expect(adaptive.seen).toEqual(fixed.seen);
    expect(adaptive.throttledEvents).toBe(adaptive.throttled);
    expect(fixed.throttled).toBeGreaterThan(40);
    expect(adaptive.throttled).toBeLessThan(fixed.throttled / 2);
  });
});
