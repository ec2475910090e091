// Step 4 (retry): which failures are worth another attempt, how long to wait, and a budget
// shared by the client so that a failing service does not get its load multiplied.
// Modelled on AWS SDK v3's standard retry mode (exponential backoff with full jitter and a
// token bucket); the numbers are documented in the core README.
import type { HttpHeaders } from "../http/types.ts";

export interface RetryOptions {
  /** Attempts per logical call, counting the first. Default 3; 1 disables retries. */
  readonly maxAttempts?: number;
  /** Base of the exponential backoff. Default 100 ms. */
  readonly baseDelayMs?: number;
  /** Cap of one backoff delay (also caps a server-sent delay). Default 10 000 ms. */
  readonly maxDelayMs?: number;
  /** Capacity of the client's retry budget. Default 500 tokens. */
  readonly budget?: number;
  /** Tokens one retry costs (a timeout or network failure costs twice this). Default 5. */
  readonly retryCost?: number;
}

export const RETRY_DEFAULTS = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 10_000, budget: 500, retryCost: 5 } as const satisfies Required<RetryOptions>;

export type FailureKind = "throttling" | "server" | "network" | "timeout";

/**
 * What kind of transient failure an answer is, or `undefined` when it is final: throttling
 * codes (any code containing `Throttling`) and HTTP 5xx are transient; other 4xx never are.
 */
export function classifyResponse(status: number, code: string | undefined): FailureKind | undefined {
  if (code?.includes("Throttling") || status === 429) return "throttling";
  if (status >= 500) return "server";
  return undefined;
}

/**
 * Whether a failure may be retried for an operation. Throttling means the request was refused
 * before any work, so it is always safe. A 5xx, timeout or lost connection may have done the
 * work: retried only for reads and for operations made idempotent by a token.
 */
export function isRetrySafe(kind: FailureKind, idempotent: boolean): boolean {
  return kind === "throttling" || idempotent;
}

/** Tokens one retry of this kind costs: `retryCost`, twice that after a timeout or a lost connection. */
export function retryCostOf(kind: FailureKind, options: Required<RetryOptions>): number {
  return kind === "network" || kind === "timeout" ? options.retryCost * 2 : options.retryCost;
}

/** Full-jitter exponential backoff: uniform in [0, min(max, base * 2^(attempt-1))]. */
export function backoffDelay(attempt: number, options: Required<RetryOptions>, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** A server-sent delay from `x-acs-retry-after` (milliseconds) or `Retry-After` (seconds). */
export function serverDelay(headers: HttpHeaders): number | undefined {
  const acs = headers.get("x-acs-retry-after");
  if (acs !== null && /^\d+$/.test(acs.trim())) return Number(acs.trim());
  const standard = headers.get("retry-after");
  if (standard !== null && /^\d+$/.test(standard.trim())) return Number(standard.trim()) * 1000;
  return undefined;
}

/**
 * The client's retry budget: a retry spends tokens, a success after a retry refunds its cost,
 * and any other success adds one token back, up to the capacity. With the bucket empty, calls
 * fail after their first attempt, so under a total outage retries add at most
 * `capacity / retryCost` extra requests plus one per success.
 */
export class RetryBudget {
  #tokens: number;
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
    this.#tokens = capacity;
  }

  get available(): number {
    return this.#tokens;
  }

  /** Takes `cost` tokens if there are that many. */
  tryAcquire(cost: number): boolean {
    if (this.#tokens < cost) return false;
    this.#tokens -= cost;
    return true;
  }

  /** After a success: refund the retry's cost, or add one token for a first-attempt success. */
  release(refund: number): void {
    this.#tokens = Math.min(this.#capacity, this.#tokens + (refund > 0 ? refund : 1));
  }
}
