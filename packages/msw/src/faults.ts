// Fault injection for resilience tests, reproducible from a seed: every request draws the same
// three numbers from a seeded PRNG (latency, fault, lost response), whatever happens to it, so
// the same seed gives the same fault sequence. Faults before the behaviour never change state;
// `dropAfterCommitRate` loses the response of a request that did apply (the case a ClientToken
// exists for).
import { createRandom, type Random, type Seed } from "./random.ts";

/**
 * A fault that answers instead of the service: an error code, or a dropped connection. Each kind
 * has one name everywhere: the kind (`internalError`), its rate (`internalErrorRate`) and the
 * bin's flag (`--internal-error-rate`).
 */
export type FaultKind = "throttle" | "unavailable" | "internalError" | "drop";

/** The service error code each answering fault produces (`internal`: deprecated alias of `internalError`). */
export const FAULT_ERROR_CODES = {
  throttle: "Throttling.User",
  unavailable: "ServiceUnavailable",
  internalError: "InternalError",
  /** @deprecated Use `internalError`. */
  internal: "InternalError",
} as const satisfies Record<Exclude<FaultKind, "drop"> | "internal", string>;

/** `x-acs-retry-after` (milliseconds) sent with injected throttling, unless configured. */
export const DEFAULT_RETRY_AFTER_MS = 100;

export interface FaultOptions {
  /** Same seed, same fault sequence. Default 1. */
  readonly seed?: Seed;
  /** Share of requests answered `Throttling.User` (HTTP 400, with `x-acs-retry-after`). */
  readonly throttleRate?: number;
  /** Share answered `ServiceUnavailable` (503). */
  readonly unavailableRate?: number;
  /** Share answered `InternalError` (500). */
  readonly internalErrorRate?: number;
  /** Share whose connection is dropped before the service sees them (a network error). */
  readonly dropRate?: number;
  /** Share processed and applied, whose response is then lost (a network error). */
  readonly dropAfterCommitRate?: number;
  /** Added latency: a fixed number of milliseconds, or a uniform [min, max] range. */
  readonly latencyMs?: number | readonly [number, number];
  /** The `x-acs-retry-after` header of injected throttling, in milliseconds. Default 100. */
  readonly retryAfterMs?: number;
  /** Only these actions get faults (default: every action). */
  readonly actions?: readonly string[];
}

export interface FaultDecision {
  /** Milliseconds to wait before answering (0 for none). */
  readonly latencyMs: number;
  /** The fault to answer with before the behaviour runs, if any. */
  readonly fault: FaultKind | null;
  /** Whether to drop the connection after the behaviour applied. */
  readonly dropAfterCommit: boolean;
}

export interface FaultPlan {
  /** Whether faults apply to this action at all (no draw is made for the others). */
  appliesTo(action: string | undefined): boolean;
  /** The decision for the next request. */
  next(): FaultDecision;
  /** Back to the first decision of the seed. */
  reset(): void;
  readonly retryAfterMs: number;
}

function checkRate(name: string, value: number | undefined): number {
  const rate = value ?? 0;
  if (!Number.isFinite(rate) || rate < 0 || rate > 1)
    throw new RangeError(`faults.${name} must be between 0 and 1 (got ${value})`);
  return rate;
}

function checkLatency(value: number | readonly [number, number] | undefined): readonly [number, number] {
  const [min, max] = value === undefined ? [0, 0] : typeof value === "number" ? [value, value] : value;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min < 0 || max < min)
    throw new RangeError(
      `faults.latencyMs must be a non-negative number or a [min, max] range (got ${JSON.stringify(value)})`,
    );
  return [min, max];
}

export function createFaultPlan(options: FaultOptions = {}): FaultPlan {
  const rates: readonly (readonly [FaultKind, number])[] = [
    ["throttle", checkRate("throttleRate", options.throttleRate)],
    ["unavailable", checkRate("unavailableRate", options.unavailableRate)],
    ["internalError", checkRate("internalErrorRate", options.internalErrorRate)],
    ["drop", checkRate("dropRate", options.dropRate)],
  ];
  const total = rates.reduce((sum, [, rate]) => sum + rate, 0);
  if (total > 1 + 1e-9)
    throw new RangeError(
      `faults: throttleRate + unavailableRate + internalErrorRate + dropRate must not exceed 1 (got ${total})`,
    );
  const dropAfterCommitRate = checkRate("dropAfterCommitRate", options.dropAfterCommitRate);
  const [minLatency, maxLatency] = checkLatency(options.latencyMs);
  const retryAfterMs = options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
  if (!Number.isInteger(retryAfterMs) || retryAfterMs < 0)
    throw new RangeError(`faults.retryAfterMs must be a non-negative integer (got ${retryAfterMs})`);
  const actions = options.actions ? new Set(options.actions) : undefined;
  const seed = options.seed ?? 1;
  let random: Random = createRandom(seed);

  return {
    retryAfterMs,
    appliesTo: (action) => !actions || (action !== undefined && actions.has(action)),
    next(): FaultDecision {
      // Always three draws, so one request's outcome never shifts the next one's.
      const latencyDraw = random.next();
      const faultDraw = random.next();
      const afterCommitDraw = random.next();
      let fault: FaultKind | null = null;
      let edge = 0;
      for (const [kind, rate] of rates) {
        edge += rate;
        if (faultDraw < edge) {
          fault = kind;
          break;
        }
      }
      return {
        latencyMs: minLatency + Math.floor(latencyDraw * (maxLatency - minLatency + 1)),
        fault,
        dropAfterCommit: afterCommitDraw < dropAfterCommitRate,
      };
    },
    reset() {
      random = createRandom(seed);
    },
  };
}
