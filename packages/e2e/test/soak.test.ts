// Soak: listing 2,000 clusters through the paginator at concurrency 8 while the mock injects
// throttling, 503s and dropped connections on 30% of requests, 20 times with different seeds.
// Every cluster must come out exactly once every time. Figures are printed for the record.
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEcsClient, type AttemptEvent } from "@ecs-hpc/core";
import { createHpcHandlers, createHpcStore, mockCredentials } from "@ecs-hpc/msw";
import { iterateHpcClusters } from "@ecs-hpc/paginate";

const store = createHpcStore({ clusters: 2000, seed: 7 });
const expected = store.list().map((c) => c.HpcClusterId).sort();
const server = setupServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

describe("soak under 30% faults", () => {
  it("20 listings of 2,000 clusters: none lost, none duplicated", { timeout: 60_000 }, async () => {
    const totals = { runs: 0, items: 0, faults: 0, lost: 0, duplicated: 0, requests: 0 };
    for (let seed = 1; seed <= 20; seed++) {
      server.resetHandlers(...createHpcHandlers({ store, faults: { seed, throttleRate: 0.1, unavailableRate: 0.1, dropRate: 0.1, retryAfterMs: 2 } }));
      const events: AttemptEvent[] = [];
      const ecs = createEcsClient({ regionId: "cn-hangzhou", credentials: mockCredentials, retry: { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 5 }, onEvent: (e) => events.push(e) });
      const seen: string[] = [];
      for await (const cluster of iterateHpcClusters(ecs, { RegionId: "cn-hangzhou" }, { concurrency: 8, pageSize: 100 })) seen.push(cluster.HpcClusterId);
      const unique = new Set(seen);
      totals.runs += 1;
      totals.items += seen.length;
      totals.duplicated += seen.length - unique.size;
      totals.lost += expected.filter((id) => !unique.has(id)).length;
      totals.faults += events.filter((e) => e.outcome !== "success").length;
      totals.requests += events.length;
      expect([...unique].sort()).toEqual(expected);
      expect(seen).toHaveLength(expected.length);
    }
    console.log(`soak: ${JSON.stringify(totals)}`);
    expect(totals.faults).toBeGreaterThan(totals.requests * 0.2);
    expect(totals.lost + totals.duplicated).toBe(0);
  });
});
