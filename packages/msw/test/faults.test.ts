import { setupServer, type SetupServer } from "msw/node";
import { describe, expect, it as base, vi } from "vitest";
import {
  createHpcHandlers,
  createHpcStore,
  hpcError,
  hpcFault,
  type FaultOptions,
  type HpcStore,
} from "../src/index.ts";
import { call as callOnce, send as sendOnce, v1, v3, type WireRequest } from "./support/wire.ts";
import { operations } from "@ecs-hpc/core";

/** Statuses come from the spec's table. */
const statusOf = (code: keyof typeof operations.DescribeHpcClusters.errors): number =>
  operations.DescribeHpcClusters.errors[code].status;

interface Mock {
  store: HpcStore;
  server: SetupServer;
  /** Sends one request; refuses once the test is over (timed out or done), so nothing leaks into the next. */
  call: (wire: WireRequest) => ReturnType<typeof callOnce>;
  send: (wire: WireRequest) => ReturnType<typeof sendOnce>;
  /** The outcome of one request as a short label: a status, an error code, or `dropped`. */
  outcome: () => Promise<string>;
  /** `n` outcomes under fresh handlers with `faults`. */
  outcomes: (faults: FaultOptions, n: number) => Promise<string[]>;
}

// A store and a server per test: a test that overruns its budget and is abandoned cannot reset the
// handlers or the store of the next one, and its requests stop on the test's signal.
const it = base.extend<{ mock: Mock }>({
  mock: async ({ signal }, use) => {
    const store = createHpcStore({ clusters: 5 });
    const server = setupServer(...createHpcHandlers({ store }));
    server.listen({ onUnhandledFrame: "error" });
    const call = (wire: WireRequest) => (signal.throwIfAborted(), callOnce(wire, signal));
    const send = (wire: WireRequest) => (signal.throwIfAborted(), sendOnce(wire, signal));
    const outcome = async (): Promise<string> => {
      signal.throwIfAborted();
      try {
        const answer = await callOnce(v3(), signal);
        return answer.status === 200 ? "200" : `${answer.status} ${String(answer.body.Code)}`;
      } catch {
        signal.throwIfAborted();
        return "dropped";
      }
    };
    const outcomes = async (faults: FaultOptions, n: number): Promise<string[]> => {
      server.resetHandlers(...createHpcHandlers({ store, faults }));
      const seen: string[] = [];
      for (let i = 0; i < n; i++) seen.push(await outcome());
      return seen;
    };
    try {
      await use({ store, server, call, send, outcome, outcomes });
    } finally {
      server.close();
    }
  },
});

const mixed = { throttleRate: 0.15, unavailableRate: 0.15, internalErrorRate: 0.15, dropRate: 0.15 };

describe("seeded faults", () => {
  it("the same seed gives the same fault sequence; another seed another", { timeout: 30_000 }, async ({
    mock: { outcomes },
  }) => {
    const first = await outcomes({ ...mixed, seed: 2024 }, 40);
    const second = await outcomes({ ...mixed, seed: 2024 }, 40);
    const other = await outcomes({ ...mixed, seed: 2025 }, 40);
    expect(second).toEqual(first);
    expect(other).not.toEqual(first);
    expect(new Set(first)).toEqual(
      new Set([
        "200",
        ...(["Throttling.User", "ServiceUnavailable", "InternalError"] as const).map(
          (code) => `${statusOf(code)} ${code}`,
        ),
        "dropped",
      ]),
    );
  });

  it("store.reset() restarts the fault sequence", { timeout: 30_000 }, async ({ mock: { store, server, outcome } }) => {
    const handlers = createHpcHandlers({ store, faults: { ...mixed, seed: 8 } });
    server.resetHandlers(...handlers);
    const first: string[] = [];
    for (let i = 0; i < 15; i++) first.push(await outcome());
    store.reset();
    const again: string[] = [];
    for (let i = 0; i < 15; i++) again.push(await outcome());
    expect(again).toEqual(first);
  });

  it("throttling carries x-acs-retry-after in milliseconds", async ({ mock: { store, server, call } }) => {
    server.resetHandlers(...createHpcHandlers({ store, faults: { throttleRate: 1, retryAfterMs: 250 } }));
    const answer = await call(v3());
    expect(answer.status).toBe(statusOf("Throttling.User"));
    expect(answer.body.Code).toBe("Throttling.User");
    expect(answer.headers.get("x-acs-retry-after")).toBe("250");
  });

  it("faults come before validation and signatures, and count as requests", async ({
    mock: { store, server, call },
  }) => {
    server.resetHandlers(...createHpcHandlers({ store, faults: { unavailableRate: 1 } }));
    const answer = await call(v3({ params: {} }));
    expect(answer.body.Code).toBe("ServiceUnavailable");
    expect(store.requestCount("DescribeHpcClusters")).toBe(1);
  });

  it("adds latency", async ({ mock: { store, server, call } }) => {
    server.resetHandlers(...createHpcHandlers({ store, faults: { latencyMs: [60, 80] } }));
    const start = performance.now();
    expect((await call(v3())).status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(55);
  });

  it("answers after the latency but does the work on arrival, as a service serving many requests at once", async ({
    mock: { store, server, call },
  }) => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    try {
      server.resetHandlers(...createHpcHandlers({ store, faults: { latencyMs: 300 } }));
      const before = store.list("cn-hangzhou").length;
      let settled = false;
      const created = call(v3({ action: "CreateHpcCluster", params: { RegionId: "cn-hangzhou", Name: "on-arrival" } }));
      void created.then(() => (settled = true));
      // The cluster exists while its answer is still on its way: no time has passed yet.
      for (let i = 0; i < 50 && store.list("cn-hangzhou").length === before; i++) await vi.advanceTimersByTimeAsync(0);
      expect(store.list("cn-hangzhou").some((c) => c.Name === "on-arrival")).toBe(true);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(299);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await created).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it("limits faults to the listed actions", async ({ mock: { store, server, call } }) => {
    server.resetHandlers(
      ...createHpcHandlers({ store, faults: { internalErrorRate: 1, actions: ["SomeOtherAction"] } }),
    );
    expect((await call(v3())).status).toBe(200);
  });
});

describe("overrides with server.use()", () => {
  it("hpcError answers an action with a documented error, `times` times", async ({ mock: { server, call } }) => {
    server.use(hpcError("DescribeHpcClusters", "InvalidRegionId.NotFound", { times: 2 }));
    for (let i = 0; i < 2; i++) {
      const answer = await call(v3());
      expect(answer.status).toBe(statusOf("InvalidRegionId.NotFound"));
      expect(answer.body).toMatchObject({
        Code: "InvalidRegionId.NotFound",
        Message: 'The specified parameter "RegionId" is not valid.',
        HostId: "ecs.cn-hangzhou.aliyuncs.com",
      });
    }
    expect((await call(v3())).status).toBe(200);
  });

  it("hpcError matches V1 requests by their Action parameter, and leaves other actions alone", async ({
    mock: { server, call },
  }) => {
    server.use(hpcError("DescribeHpcClusters", "ServiceUnavailable"), hpcError("CreateHpcCluster", "InternalError"));
    expect((await call(v1())).body.Code).toBe("ServiceUnavailable");
    expect((await call(v1({ action: "NoSuchAction" }))).body.Code).toBe("InvalidAction.NotFound");
  });

  it("hpcError takes a status and message for codes the spec does not list, and refuses typos", async ({
    mock: { server, call },
  }) => {
    expect(() => hpcError("DescribeHpcClusters", "Throttling.Usr")).toThrow(/not a documented error code/);
    server.use(
      hpcError("DescribeHpcClusters", "Forbidden.RAM", { status: 403, message: "User not authorized.", times: 1 }),
    );
    expect(await call(v3())).toMatchObject({
      status: 403,
      body: { Code: "Forbidden.RAM", Message: "User not authorized." },
    });
  });

  it("hpcFault injects each kind of fault", async ({ mock: { server, call, send } }) => {
    server.use(hpcFault("*", "throttle", { times: 1, retryAfterMs: 5 }));
    const throttled = await call(v3());
    expect(throttled.body.Code).toBe("Throttling.User");
    expect(throttled.headers.get("x-acs-retry-after")).toBe("5");
    server.use(hpcFault("*", "unavailable", { times: 1 }));
    expect((await call(v3())).status).toBe(statusOf("ServiceUnavailable"));
    server.use(hpcFault("DescribeHpcClusters", "internalError", { times: 1 }));
    expect((await call(v3())).status).toBe(statusOf("InternalError"));
    server.use(hpcFault("*", "drop", { times: 1 }));
    await expect(send(v3())).rejects.toThrow();
    server.use(hpcFault("*", "latency", { latencyMs: 60, times: 1 }));
    const start = performance.now();
    expect((await call(v3())).status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(55);
    expect((await call(v3())).status).toBe(200);
  });

  it('the deprecated forms still work: hpcFault(kind, { action }) and the kind "internal"', async ({
    mock: { server, call },
  }) => {
    server.use(hpcFault("internal", { action: "DescribeHpcClusters", times: 1 }));
    expect(
      (await call(v1({ action: "CreateHpcCluster", params: { RegionId: "cn-hangzhou", Name: "not-faulted" } }))).status,
    ).toBe(200);
    expect((await call(v3())).body.Code).toBe("InternalError");
    server.use(hpcFault("throttle", { times: 1 }));
    expect((await call(v3())).body.Code).toBe("Throttling.User");
    expect((await call(v3())).status).toBe(200);
    // @ts-expect-error an action without a kind is refused by the types too
    expect(() => hpcFault("DescribeHpcClusters")).toThrow(/not a fault kind/);
    expect(() => hpcFault("DescribeHpcClusters", "explode" as never)).toThrow(/not a fault kind/);
    server.use(hpcError("*", "ServiceUnavailable", { times: 1 }));
    expect(
      (await call(v1({ action: "CreateHpcCluster", params: { RegionId: "cn-hangzhou", Name: "any-action" } }))).body
        .Code,
    ).toBe("ServiceUnavailable");
  });

  it("hpcFault('throttle') sends x-acs-retry-after; hpcError(..., 'Throttling.User') sends only the headers given", async ({
    mock: { server, call },
  }) => {
    server.use(hpcError("DescribeHpcClusters", "Throttling.User", { times: 1 }));
    const plain = await call(v3());
    expect(plain.body.Code).toBe("Throttling.User");
    expect(plain.headers.get("x-acs-retry-after")).toBeNull();
    server.use(
      hpcError("DescribeHpcClusters", "Throttling.User", { times: 1, headers: { "x-acs-retry-after": "250" } }),
    );
    expect((await call(v3())).headers.get("x-acs-retry-after")).toBe("250");
    server.use(hpcFault("DescribeHpcClusters", "throttle", { times: 1 }));
    expect((await call(v3())).headers.get("x-acs-retry-after")).toBe("100");
  });

  it("a signed request retried after an override still passes verification (the override does not use its nonce)", async ({
    mock: { server, call },
  }) => {
    server.use(hpcFault("*", "unavailable", { times: 1 }));
    const wire = v3();
    expect((await call(wire)).status).toBe(statusOf("ServiceUnavailable"));
    expect((await call(wire)).status).toBe(200);
  });
});
