// Listings of 100 pages (2,000 clusters at PageSize 20) under the mock's seeded fault plans at 30% and 50%: every one completes
// with every cluster once and in order, with the client's default three attempts per call and the
// paginator's page retries. A create whose responses are all lost after it committed fails with
// the token the client used; retried with it, it makes exactly one cluster.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEcsClient, isEcsError, type AttemptEvent } from "@ecs-hpc/core";
import { createHpcHandlers, createHpcStore, mockCredentials, type FaultOptions } from "@ecs-hpc/msw";
import { iterateHpcClusters } from "@ecs-hpc/paginate";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const spread = (rate: number, seed: number): FaultOptions => ({
  seed,
  throttleRate: rate / 4,
  unavailableRate: rate / 4,
  internalErrorRate: rate / 4,
  dropRate: rate / 4,
  retryAfterMs: 1,
});

describe("100-page listings under seeded faults", () => {
  it.each([
    [0.3, 101],
    [0.3, 102],
    [0.5, 201],
    [0.5, 202],
  ])(
    "%d of requests failing (seed %i): complete, every cluster once, in order",
    { timeout: 120_000 },
    async (rate, seed) => {
      const store = createHpcStore({ clusters: 2_000, seed });
      server.resetHandlers(...createHpcHandlers({ store, faults: spread(rate, seed) }));
      const events: AttemptEvent[] = [];
      const ecs = createEcsClient({
        regionId: "cn-hangzhou",
        credentials: mockCredentials,
        retry: { baseDelayMs: 1, maxDelayMs: 5, budget: 5_000 },
        onEvent: (e) => events.push(e),
      });
      const seen: string[] = [];
      for await (const c of iterateHpcClusters(
        ecs,
        {},
        { concurrency: 8, pageSize: 20, retry: { baseDelayMs: 1, maxDelayMs: 10 } },
      ))
        seen.push(c.HpcClusterId);
      expect(seen).toEqual(store.list().map((c) => c.HpcClusterId));
      const failed = events.filter((e) => e.outcome !== "success").length;
      expect(failed / events.length).toBeGreaterThan(rate - 0.1);
    },
  );
});

describe("a create under drop-after-commit, retried with the exposed token", () => {
  it("fails with err.clientToken, and the retry with it makes exactly one cluster", async () => {
    const store = createHpcStore({ clusters: 3, seed: 5 });
    // Every response of CreateHpcCluster is lost after it committed: all three attempts fail.
    server.resetHandlers(
      ...createHpcHandlers({ store, faults: { seed: 3, dropAfterCommitRate: 1, actions: ["CreateHpcCluster"] } }),
    );
    const ecs = createEcsClient({
      regionId: "cn-hangzhou",
      credentials: mockCredentials,
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
    });
    const error = await ecs.createHpcCluster({ Name: "lost-create" }).catch((e: unknown) => e);
    expect(isEcsError(error, "network")).toBe(true);
    const token = (error as { clientToken?: string }).clientToken;
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(store.list().filter((c) => c.Name === "lost-create")).toHaveLength(1); // it did commit

    server.resetHandlers(...createHpcHandlers({ store }));
    const retried = await ecs.createHpcCluster({ Name: "lost-create", ClientToken: token });
    const created = store.list().filter((c) => c.Name === "lost-create");
    expect(created).toHaveLength(1);
    expect(retried.HpcClusterId).toBe(created[0]?.HpcClusterId);
    expect(store.requestCount("CreateHpcCluster")).toBe(4);
  });
});
