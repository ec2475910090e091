// ClientToken idempotency, generic over operations: (action, token) -> (parameter fingerprint,
// committed result). The same token with the same parameters replays the result; the same
// token with other parameters is refused (IdempotentParameterMismatch). Only committed
// (successful) results are remembered, so a request refused or faulted before it applied can be
// retried with its token.
import type { ParamValue } from "@ecs-hpc/core";

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

export class IdempotencyRegistry {
  readonly #records = new Map<string, IdempotencyRecord>();

  static #key(action: string, token: string): string {
    return `${action}\u0000${token}`;
  }

  /** What a call with this token and fingerprint should do. */
  lookup(action: string, token: string, fingerprint: string): IdempotencyLookup {
    const record = this.#records.get(IdempotencyRegistry.#key(action, token));
    if (!record) return { kind: "new" };
    return record.fingerprint === fingerprint ? { kind: "replay", result: record.result } : { kind: "mismatch" };
  }

  /** Remembers a committed result under (action, token). */
  remember(action: string, token: string, fingerprint: string, result: CommittedResult): void {
    this.#records.set(IdempotencyRegistry.#key(action, token), { fingerprint, result });
  }

  get size(): number {
    return this.#records.size;
  }

  clear(): void {
    this.#records.clear();
  }
}
