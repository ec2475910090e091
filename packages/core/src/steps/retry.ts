// The retry strategy of the classify step: which failures are worth another attempt, how long
// to wait, and a budget shared by the client so that a failing service does not get its load
// multiplied. `standardRetry()` is the default, modelled on AWS SDK v3's standard retry mode
// (exponential backoff with full jitter and a token bucket); the numbers are in the core README.
// A strategy only decides what is worth retrying: the pipeline never repeats an attempt that may
// have done the work of a non-idempotent write (steps/classify.ts), whatever the strategy says.
import type { HttpHeaders } from "../http/types.ts";
import { standardClassify, type AttemptOutcome, type RetryDecision } from "./classify.ts";

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

export interface StandardRetryOptions extends RetryOptions {
  /** Codes to retry as well as the standard ones (a documented transient one, e.g. `IncorrectHpcClusterStatus`). */
  readonly retryableCodes?: readonly string[];
  /** `Math.random` by default: jitter of the backoff. */
  readonly random?: () => number;
}

/** How a client retries: `standardRetry()` by default; write your own for an adaptive or circuit-breaking policy. */
export interface RetryStrategy {
  /** Attempts per call, counting the first. */
  readonly maxAttempts: number;
  /** What a failed attempt is worth: another attempt (`retry`), one after a throttle (`throttle`), none (`fail`). */
  classify(outcome: AttemptOutcome): RetryDecision;
  /** How long to wait before the next attempt. */
  delayMs(outcome: AttemptOutcome, decision: "retry" | "throttle"): number;
  /** Pays for a retry from the shared budget: the cost taken, or `false` when it is empty (the call then fails). */
  acquire(outcome: AttemptOutcome, decision: "retry" | "throttle"): number | false;
  /** After a successful attempt; `retryCost` is what the call's last retry cost (0 when it had none). */
  success(retryCost: number): void;
  /** Tokens left in the budget, if the strategy has one. */
  readonly availableTokens?: number;
  /**
   * Pays from the budget for a retry made outside the client (a paginator retrying a page);
   * `false` when it cannot. Without it, `ecs.tryAcquireRetry` always answers `true`.
   */
  tryAcquire?(kind: FailureKind): boolean;
}

export const RETRY_DEFAULTS = {
  maxAttempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 10_000,
  budget: 500,
  retryCost: 5,
} as const satisfies Required<RetryOptions>;

/** Today's behaviour: the standard classification, full-jitter backoff honouring server delays, and a token bucket. */
export function standardRetry(options: StandardRetryOptions = {}): RetryStrategy {
  const pick = (key: keyof RetryOptions): number => options[key] ?? RETRY_DEFAULTS[key];
  const settings: Required<RetryOptions> = {
    maxAttempts: pick("maxAttempts"),
    baseDelayMs: pick("baseDelayMs"),
    maxDelayMs: pick("maxDelayMs"),
    budget: pick("budget"),
    retryCost: pick("retryCost"),
  };
  const random = options.random ?? Math.random;
  const codes = options.retryableCodes;
  const extra = codes && codes.length > 0 ? new Set(codes) : undefined;
  const budget = new RetryBudget(settings.budget);
  return {
    maxAttempts: settings.maxAttempts,
    classify(outcome) {
      const decision = standardClassify(outcome);
      return decision === "fail" && extra && outcome.code !== undefined && extra.has(outcome.code) ? "retry" : decision;
    },
    delayMs(outcome) {
      const server = outcome.response ? (serverDelay(outcome.response.headers) ?? 0) : 0;
      return Math.min(settings.maxDelayMs, Math.max(server, backoffDelay(outcome.attempt, settings, random)));
    },
    acquire(outcome) {
      const cost = retryCostOf(outcome.response ? "server" : "network", settings);
      return budget.tryAcquire(cost) ? cost : false;
    },
    success(retryCost) {
      budget.release(retryCost);
    },
    tryAcquire: (kind) => budget.tryAcquire(retryCostOf(kind, settings)),
    get availableTokens() {
      return budget.available;
    },
  };
}

/** Whether a value is a RetryStrategy rather than RetryOptions. */
export const isRetryStrategy = (value: unknown): value is RetryStrategy =>
  typeof value === "object" && value !== null && typeof (value as RetryStrategy).classify === "function";

/** A kind of transient failure, for budget hooks outside the client (a paginator retrying a page). */
export type FailureKind = "throttling" | "server" | "network" | "timeout";

/** Tokens one retry of this kind costs: `retryCost`, twice that after a timeout or a lost connection. */
function retryCostOf(kind: FailureKind, options: Required<RetryOptions>): number {
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
