// What a call takes besides its input, and what can send an operation: the only types a generated
// operation module needs from core, so that importing one operation type-checks one operation.
import type { AnyOperation, InputOf, OutputOf } from "./generated/operation-spec.ts";
import type { Middleware } from "./middleware.ts";
import type { AttemptEvent } from "./pipeline.ts";

/** Per-call options. */
export interface CallOptions {
  /** Cancels the call, including a pending retry delay. */
  readonly signal?: AbortSignal;
  /** Per-attempt timeout for this call, overriding the client's. */
  readonly timeoutMs?: number;
  /** Overall deadline for this call (all attempts and delays), overriding the client's. */
  readonly deadlineMs?: number;
  /** Bound on this call's response body (read and decoded), overriding the client's `maxResponseBytes`. */
  readonly maxResponseBytes?: number;
  /** Extra headers for this call (not signed unless `x-acs-*`). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Called after every attempt of this call (like the client's `onEvent`, which is called too). */
  readonly onAttempt?: (event: AttemptEvent) => void;
  /** Middleware for this call only, run after the client's at each step (same priority). */
  readonly middleware?: readonly Middleware[];
}

/** Anything that sends a generated operation: every client of `@ecs-hpc/core`, or a test double. */
export interface OperationSender {
  /**
   * Validates, signs and sends one call of `operation`; resolves to the body of its 200 response
   * or rejects with a typed error.
   *
   * ```ts
   * const page = await ecs.send(DescribeHpcClusters, { PageSize: 50 });
   * ```
   */
  send<Op extends AnyOperation>(operation: Op, input: InputOf<Op>, options?: CallOptions): Promise<OutputOf<Op>>;
}
