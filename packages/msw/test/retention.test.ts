// Flat memory over a long run: what the service remembers between requests (nonces, ClientToken
// records, request counters) stays within its documented bounds however many requests arrive,
// while replay protection and ClientToken replays keep working inside those bounds. The
// service's clock is injected, so "a CI day" is simulated without waiting.
import { describe, expect, it } from "vitest";
import {
  createHpcService,
  createHpcStore,
  DEFAULT_RETENTION,
  type HpcRetention,
  OTHER_ACTIONS,
  SIGNATURE_WINDOW_MS,
} from "../src/index.ts";
import { ExpiringMap } from "../src/internal.ts";
import { v3, type WireRequest } from "./support/wire.ts";

function toRequest(wire: WireRequest): Request {
  return new Request(wire.url, {
    method: wire.method,
    headers: wire.headers,
    ...(wire.method === "GET" ? {} : { body: wire.body }),
  });
}

/** A service on a store and a clock the test moves. */
function serviceAt(startMs: number, retention: Partial<HpcRetention> = {}) {
  let nowMs = startMs;
  const store = createHpcStore({ clusters: 30, retention });
  const service = createHpcService({ store, now: () => new Date(nowMs) });
  return {
    store,
    service,
    now: () => nowMs,
    advance: (ms: number) => {
      nowMs += ms;
    },
  };
}

const START = Date.UTC(2026, 0, 5, 8, 0, 0);

describe("a long run stays bounded", () => {
  it("thousands of requests with fresh nonces, fresh ClientTokens and made-up actions leave bounded state", {
    timeout: 180_000,
  }, async () => {
    const clock = serviceAt(START, { clientTokens: 500 });
    const STEP_MS = 400;
    const ROUNDS = 3_000; // 3 requests a round: 9,000 requests over 20 minutes of service time
    let accepted = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const date = new Date(clock.now());
      const signed = await clock.service.handle(
        toRequest(v3({ date, params: { RegionId: "cn-hangzhou", PageSize: "50", ClientToken: `token-${round}` } })),
      );
      if (signed.status === 200) accepted++;
      // Unauthenticated requests naming an action nobody has.
      const unknown = await clock.service.handle(
        new Request(`https://ecs.cn-hangzhou.aliyuncs.com/?Action=MadeUp${round}&Version=2014-05-26&Format=JSON`),
      );
      expect(unknown.status).toBe(404);
      const unknownV3 = await clock.service.handle(
        toRequest(v3({ date, action: `Bogus${round}`, params: { RegionId: "cn-hangzhou" } })),
      );
      expect(unknownV3.status).toBe(404);
      clock.advance(STEP_MS);
      // Every 5 minutes of service time, look at the bounds.
      if (round % 750 === 749) {
        const stats = clock.store.stats();
        expect(stats.nonces.entries).toBeLessThanOrEqual(SIGNATURE_WINDOW_MS / STEP_MS + 1);
        expect(stats.clientTokens.entries).toBeLessThanOrEqual(500);
        expect(stats.clientTokens.weight).toBeLessThanOrEqual(DEFAULT_RETENTION.clientTokenBytes);
        expect(stats.requestCountKeys).toBeLessThanOrEqual(2);
      }
    }
    expect(accepted).toBe(ROUNDS);
    const stats = clock.store.stats();
    // Nonces leave with their window (not through the cap); ClientTokens are capped at 500.
    expect(stats.nonces.entries).toBe(SIGNATURE_WINDOW_MS / STEP_MS);
    expect(stats.nonces.evictedEarly).toBe(0);
    expect(stats.clientTokens.entries).toBe(500);
    expect(stats.clientTokens.evictedEarly).toBe(ROUNDS - 500);
    expect(clock.store.requestCounts()).toEqual({ DescribeHpcClusters: ROUNDS, [OTHER_ACTIONS]: 2 * ROUNDS });
    expect(clock.store.requestCount()).toBe(3 * ROUNDS);

    // After a quiet hour, a request finds nothing left to remember but its own traces.
    clock.advance(61 * 60 * 1000);
    await clock.service.handle(
      toRequest(v3({ date: new Date(clock.now()), params: { RegionId: "cn-hangzhou", ClientToken: "after-an-hour" } })),
    );
    expect(clock.store.stats().nonces.entries).toBe(1);
    expect(clock.store.stats().clientTokens.entries).toBe(1);
  });

  it("a nonce is single-use for the whole window, and forgotten after it", async () => {
    const clock = serviceAt(START);
    const wire = v3({ date: new Date(START), nonce: "nonce-1" });
    expect((await clock.service.handle(toRequest(wire))).status).toBe(200);
    clock.advance(SIGNATURE_WINDOW_MS - 1000);
    const replay = await clock.service.handle(toRequest(wire));
    expect(replay.status).toBe(400);
    expect(((await replay.json()) as { Code: string }).Code).toBe("SignatureNonceUsed");
    // Past the window the same request is too old anyway; a fresh one with the nonce is accepted.
    clock.advance(2000);
    expect(((await (await clock.service.handle(toRequest(wire))).json()) as { Code: string }).Code).toBe(
      "InvalidTimeStamp.Expired",
    );
    expect((await clock.service.handle(toRequest(v3({ date: new Date(clock.now()), nonce: "nonce-1" })))).status).toBe(
      200,
    );
  });

  it("a ClientToken replays for clientTokenTtlMs, then is a new call", async () => {
    const clock = serviceAt(START, { clientTokenTtlMs: 60_000 });
    const create = () =>
      clock.service.handle(
        toRequest(
          v3({
            date: new Date(clock.now()),
            action: "CreateHpcCluster",
            params: { RegionId: "cn-hangzhou", Name: "ttl-test", ClientToken: "create-once" },
          }),
        ),
      );
    const first = (await (await create()).json()) as { HpcClusterId: string };
    clock.advance(59_000);
    const replay = (await (await create()).json()) as { HpcClusterId: string };
    expect(replay.HpcClusterId).toBe(first.HpcClusterId);
    expect(clock.store.list().filter((c) => c.Name === "ttl-test")).toHaveLength(1);
    clock.advance(2_000);
    const later = (await (await create()).json()) as { HpcClusterId: string };
    expect(later.HpcClusterId).not.toBe(first.HpcClusterId);
    expect(clock.store.list().filter((c) => c.Name === "ttl-test")).toHaveLength(2);
  });

  it("page snapshots are capped in bytes too; a mismatch is still refused while the record lives", async () => {
    const clock = serviceAt(START, { clientTokenBytes: 20_000 });
    for (let i = 0; i < 40; i++) {
      const answer = await clock.service.handle(
        toRequest(
          v3({
            date: new Date(clock.now()),
            params: { RegionId: "cn-hangzhou", PageSize: "30", ClientToken: `page-${i}` },
          }),
        ),
      );
      expect(answer.status).toBe(200);
    }
    const { clientTokens } = clock.store.stats();
    expect(clientTokens.weight).toBeLessThanOrEqual(20_000);
    expect(clientTokens.entries).toBeLessThan(40);
    const mismatch = await clock.service.handle(
      toRequest(
        v3({
          date: new Date(clock.now()),
          params: { RegionId: "cn-hangzhou", PageSize: "29", ClientToken: "page-39" },
        }),
      ),
    );
    expect(((await mismatch.json()) as { Code: string }).Code).toBe("IdempotentParameterMismatch");
  });

  it("refuses retention bounds that are not positive integers", () => {
    expect(() => createHpcStore({ retention: { nonces: 0 } })).toThrow(/retention.nonces/);
    expect(() => createHpcStore({ retention: { clientTokenTtlMs: 1.5 } })).toThrow(/retention.clientTokenTtlMs/);
  });
});

describe("ExpiringMap", () => {
  it("evicts by age from the oldest end, caps entries and weight, and treats rewrites as new", () => {
    const map = new ExpiringMap<string, string>({ ttlMs: 100, maxEntries: 3, maxWeight: 10, weigh: (v) => v.length });
    map.set("a", "1", 0);
    map.set("b", "22", 10);
    expect(map.get("a", 99)).toBe("1");
    expect(map.get("a", 100)).toBeUndefined();
    expect(map.size).toBe(1);
    map.set("b", "333", 50); // rewritten: lives from 50
    expect(map.get("b", 120)).toBe("333");
    map.set("c", "4", 60);
    map.set("d", "5", 60);
    map.set("e", "6", 60); // a fourth entry: the oldest (b) goes
    expect(map.get("b", 60)).toBeUndefined();
    expect(map.stats()).toEqual({ entries: 3, weight: 3, evictedEarly: 1 });
    map.set("f", "123456789", 60); // weight 12 > 10: the oldest go until it fits
    expect(map.stats().weight).toBeLessThanOrEqual(10);
    expect(map.get("f", 60)).toBe("123456789");
  });

  it("drops entries written 'in the future' when the clock jumps back past the ttl", () => {
    const map = new ExpiringMap<string, number>({ ttlMs: 100, maxEntries: 1000 });
    for (let i = 0; i < 10; i++) map.set(`k${i}`, i, 10_000);
    expect(map.get("k1", 9_950)).toBe(1); // a small step back: still used
    map.set("x", 0, 0); // a big step back
    expect(map.size).toBe(1);
  });
});
