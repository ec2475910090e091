// Soak: 100-page listings (2,000 clusters at PageSize 20, small pages keep the mock's CPU low) through the paginator at concurrency 8
// while the mock injects throttling, 503s, 500s and dropped connections on 30% of requests, 20
// seeds in a row. Every listing must complete, with every cluster exactly once and in the
// service's order: the client's own attempts absorb most faults, the paginator's page retries the
// rest, within the client's (explicit) retry budget. Figures are printed for the record.
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEcsClient, type AttemptEvent } from "@ecs-hpc/core";
import { createHpcHandlers, createHpcStore, mockCredentials } from "@ecs-hpc/msw";
import { paginateDescribeHpcClusters } from "@ecs-hpc/paginate";

const store = createHpcStore({ clusters: 2_000, seed: 7 });
const expected = store.list().map((c) => c.HpcClusterId);
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterAll(() => server.close());

/** The client the issue describes: three attempts per call, fast backoff, an explicit budget. */
const client = (onEvent: (event: AttemptEvent) => void) =>
  createEcsClient({
    regionId: "cn-hangzhou",
    credentials: mockCredentials,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5, budget: 2_000, retryCost: 5 },
    onEvent,
  });

describe("soak under 30% faults", () => {
  // Seconds alone; the budget is for a loaded machine. The loop stops on the test's signal.
  it("20 listings of 100 pages in a row: each completes, every cluster once, in order", { timeout: 300_000 }, async ({
    signal,
  }) => {
    const totals = {
      runs: 0,
      completed: 0,
      items: 0,
      requests: 0,
      faults: 0,
      pageRetries: 0,
      lost: 0,
      duplicated: 0,
      minTokensLeft: Infinity,
    };
    for (let seed = 1; seed <= 20; seed++) {
      signal.throwIfAborted();
      server.resetHandlers(
        ...createHpcHandlers({
          store,
          faults: {
            seed,
            throttleRate: 0.075,
            unavailableRate: 0.075,
            internalErrorRate: 0.075,
            dropRate: 0.075,
            retryAfterMs: 2,
          },
        }),
      );
      const events: AttemptEvent[] = [];
      const ecs = client((e) => events.push(e));
      const seen: string[] = [];
      const pages: number[] = [];
      for await (const page of paginateDescribeHpcClusters(
        ecs,
        { RegionId: "cn-hangzhou" },
        { concurrency: 8, pageSize: 20, retry: { baseDelayMs: 1, maxDelayMs: 10 }, signal },
      )) {
        pages.push(page.pageNumber);
        for (const cluster of page.items) seen.push(cluster.HpcClusterId);
      }
      const unique = new Set(seen);
      totals.runs += 1;
      totals.completed += 1;
      totals.items += seen.length;
      totals.duplicated += seen.length - unique.size;
      totals.lost += expected.filter((id) => !unique.has(id)).length;
      totals.requests += events.length;
      totals.faults += events.filter((e) => e.outcome !== "success").length;
      totals.pageRetries += events.filter((e) => e.attempt === 1).length - pages.length; // calls beyond one per page
      totals.minTokensLeft = Math.min(totals.minTokensLeft, ecs.retryTokens);
      expect(pages).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      expect(seen).toEqual(expected);
    }
    console.log(`soak: ${JSON.stringify(totals)}`);
    expect(totals.completed).toBe(20);
    expect(totals.faults).toBeGreaterThan(totals.requests * 0.2);
    expect(totals.lost + totals.duplicated).toBe(0);
  });
});
