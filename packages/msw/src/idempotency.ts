// ClientToken idempotency, generic over operations: (action, token) -> (parameter fingerprint,
// committed result). The same token with the same parameters replays the result; the same
// token with other parameters is refused (IdempotentParameterMismatch). Only committed
// (successful) results are remembered, so a request refused or faulted before it applied can be
// retried with its token. Records are kept for a TTL and within caps (RETENTION in store.ts).
import type { ParamValue } from "@ecs-hpc/core";
import { ExpiringMap, type ExpiringMapStats } from "./expiring-map.ts";

/** What a committed call answered, without its RequestId (a replay gets a fresh one). */
export interface CommittedResult {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
}

export interface IdempotencyRecord {
  readonly fingerprint: string;
  readonly result: CommittedResult;
}

export type IdempotencyLookup =
  | { readonly kind: "new" }
  | { readonly kind: "replay"; readonly result: CommittedResult }
  | { readonly kind: "mismatch" };

/**
 * A stable fingerprint of an operation's parameters (as decoded, defaults applied), ignoring the
 * token itself: key order does not matter, values do.
 */
export function fingerprintParams(values: Readonly<Record<string, ParamValue>>, tokenParam: string): string {
  const entries = Object.entries(values)
    .filter(([name]) => name !== tokenParam)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

export interface IdempotencyRegistryOptions {
  /** How long a committed result is replayed, in milliseconds. */
  readonly ttlMs: number;
  /** At most this many records (the oldest are forgotten first). */
  readonly maxEntries: number;
  /** At most this many bytes of recorded bodies (JSON length; the oldest are forgotten first). */
  readonly maxBytes: number;
}

/**
 * (action, token) -> (fingerprint, committed result), each record kept for `ttlMs` after its
 * commit and within the entry and byte caps (see expiring-map.ts). A forgotten token is a new call.
 */
export class IdempotencyRegistry {
  readonly #records: ExpiringMap<string, IdempotencyRecord & { readonly bytes: number }>;

  constructor(options: IdempotencyRegistryOptions) {
    this.#records = new ExpiringMap({
      ttlMs: options.ttlMs,
      maxEntries: options.maxEntries,
      maxWeight: options.maxBytes,
      weigh: (record) => record.bytes,
    });
  }

  static #key(action: string, token: string): string {
    return `${action}\u0000${token}`;
  }

  /** What a call with this token and fingerprint should do at `nowMs` (default: the wall clock). */
  lookup(action: string, token: string, fingerprint: string, nowMs: number = Date.now()): IdempotencyLookup {
    const record = this.#records.get(IdempotencyRegistry.#key(action, token), nowMs);
    if (!record) return { kind: "new" };
    return record.fingerprint === fingerprint ? { kind: "replay", result: record.result } : { kind: "mismatch" };
  }

  /**
   * Remembers a committed result under (action, token), from `nowMs` (default: the wall clock).
   * `bodyJson` is `JSON.stringify(result.body)` when the caller already has it (it weighs the record).
   */
  remember(
    action: string,
    token: string,
    fingerprint: string,
    result: CommittedResult,
    nowMs: number = Date.now(),
    bodyJson: string = JSON.stringify(result.body),
  ): void {
    const bytes = fingerprint.length + bodyJson.length;
    this.#records.set(IdempotencyRegistry.#key(action, token), { fingerprint, result, bytes }, nowMs);
  }

  get size(): number {
    return this.#records.size;
  }

  /** Records held, their recorded bytes, and how many were forgotten early because a cap was reached. */
  stats(): ExpiringMapStats {
    return this.#records.stats();
  }

  clear(): void {
    this.#records.clear();
  }
}
