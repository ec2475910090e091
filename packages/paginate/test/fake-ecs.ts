import type { DescribeHpcClustersOperation } from "@ecs-hpc/core/operations/describe-hpc-clusters";
// An in-memory stand-in for an EcsClient's describeHpcClusters: serves a mutable list of clusters
// by PageNumber/PageSize, with controllable latency, failures and data shifts, and records every
// call (page, concurrency, whether its signal was aborted) for the assertions.
import {
  EcsAbortError,
  EcsServiceError,
  type CallOptions,
  type OperationInput,
  type OperationOutput,
} from "@ecs-hpc/core";
import type { HpcCluster, PaginatingClient } from "../src/index.ts";

export type Output = OperationOutput<"DescribeHpcClusters">;

interface FakeCall {
  readonly index: number;
  readonly page: number;
  readonly pageSize: number;
  readonly input: OperationInput<"DescribeHpcClusters">;
  readonly signal: AbortSignal | undefined;
  /** Whether the signal was already aborted when the call started (must never happen). */
  readonly abortedAtStart: boolean;
  /** How many calls were in flight when this one started, itself included. */
  readonly inFlightAtStart: number;
  outcome: "pending" | "ok" | "failed" | "aborted";
}

export interface FakeOptions {
  /** The initial store: a list of clusters or a count of generated ones. */
  readonly items?: readonly HpcCluster[] | number;
  /** Delay of a call: milliseconds, or a promise to wait for (a test-controlled gate). */
  readonly latency?: (call: FakeCall) => number | Promise<void>;
  /** An error to fail the call with, after its latency. */
  readonly fail?: (call: FakeCall) => unknown;
  /** Runs just before the page is cut from the store: mutate `store` to shift the data. */
  readonly beforeRespond?: (call: FakeCall, store: HpcCluster[]) => void;
  /** Overrides what TotalCount reports. */
  readonly totalCount?: (call: FakeCall, store: readonly HpcCluster[]) => number | undefined;
  /** Keep running when the signal aborts (a client that does not honour it). */
  readonly ignoreSignal?: boolean;
}

export const cluster = (n: number): HpcCluster => ({
  HpcClusterId: `hpc-${String(n).padStart(6, "0")}`,
  Name: `cluster-${n}`,
});
export const clusters = (count: number, from = 0): HpcCluster[] =>
  Array.from({ length: count }, (_, i) => cluster(from + i));
export const ids = (items: readonly HpcCluster[]): string[] => items.map((c) => c.HpcClusterId);

/** A service error as the client throws it: HTTP 500/503 for InternalError/ServiceUnavailable, 400 otherwise. */
export const serviceError = (
  code = "InternalError",
  status = code === "InternalError" ? 500 : code === "ServiceUnavailable" ? 503 : 400,
): EcsServiceError =>
  new EcsServiceError("DescribeHpcClusters", {
    code,
    message: "boom",
    status,
    requestId: "req-1",
    hostId: undefined,
    recommend: undefined,
    attempts: 1,
  });

export function fakeEcs(options: FakeOptions = {}) {
  const store: HpcCluster[] = typeof options.items === "number" ? clusters(options.items) : [...(options.items ?? [])];
  const calls: FakeCall[] = [];
  const stats = { inFlight: 0, maxInFlight: 0 };

  async function describeHpcClusters(
    input: OperationInput<"DescribeHpcClusters">,
    callOptions?: CallOptions,
  ): Promise<Output> {
    const signal = callOptions?.signal;
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    const call: FakeCall = {
      index: calls.length,
      page: input.PageNumber ?? 1,
      pageSize: input.PageSize ?? 10,
      input,
      signal,
      abortedAtStart: signal?.aborted ?? false,
      inFlightAtStart: stats.inFlight,
      outcome: "pending",
    };
    calls.push(call);
    try {
      if (signal?.aborted && !options.ignoreSignal) throw new EcsAbortError("DescribeHpcClusters", signal.reason);
      const delay = options.latency?.(call) ?? 0;
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => reject(new EcsAbortError("DescribeHpcClusters", signal?.reason));
        if (!options.ignoreSignal) signal?.addEventListener("abort", onAbort, { once: true });
        const done = () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        };
        if (typeof delay === "number") setTimeout(done, delay);
        else delay.then(done, reject);
      });
      const failure = options.fail?.(call);
      if (failure !== undefined) throw failure;
      options.beforeRespond?.(call, store);
      if (call.pageSize < 1 || call.pageSize > 100 || call.page < 1) throw serviceError("Invalid.Parameter");
      const from = (call.page - 1) * call.pageSize;
      const page = store.slice(from, from + call.pageSize).map((c) => ({ ...c }));
      call.outcome = "ok";
      return {
        RequestId: `req-${call.index}`,
        PageNumber: call.page,
        PageSize: call.pageSize,
        TotalCount: options.totalCount ? (options.totalCount(call, store) as number) : store.length,
        HpcClusters: { HpcCluster: page },
      };
    } catch (error) {
      call.outcome = (error as { kind?: string }).kind === "aborted" ? "aborted" : "failed";
      throw error;
    } finally {
      stats.inFlight -= 1;
    }
  }

  const client = { describeHpcClusters } satisfies PaginatingClient<DescribeHpcClustersOperation>;
  return { client, store, calls, stats, pages: () => calls.map((c) => c.page) };
}

/** A promise with its resolve/reject outside. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Lets pending promise callbacks and timers of 0 ms run. */
export const flush = async (rounds = 5) => {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

/** Records unhandled rejections while installed; call the returned function to uninstall and read them. */
export function trackUnhandledRejections(): () => Promise<unknown[]> {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => void seen.push(reason);
  process.on("unhandledRejection", listener);
  return async () => {
    await sleep(5);
    await flush();
    process.off("unhandledRejection", listener);
    return seen;
  };
}

/** A seeded PRNG (mulberry32), so that "random" latencies are reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
