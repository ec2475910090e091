// Input and output types of each operation, derived from the generated openapi-typescript types.
import type { operations as SchemaOperations } from "./generated/schema.ts";
import type { OperationName } from "./generated/operations.ts";
import type { Middleware } from "./middleware.ts";
import type { AttemptEvent, ResponseMetadata } from "./pipeline.ts";

type QueryOf<Op extends OperationName> = SchemaOperations[Op] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/**
 * What a method takes: the operation's parameters as typed values (lists as arrays). `RegionId`
 * may be left out; the client fills in its own region.
 */
export type OperationInput<Op extends OperationName> = QueryOf<Op> extends { RegionId: string }
  ? Omit<QueryOf<Op>, "RegionId"> & { RegionId?: string }
  : QueryOf<Op>;

/**
 * What a method returns: the body of the operation's 200 response. A result from the client also
 * has a non-enumerable `$metadata` (request id, attempts, status, headers, retry delay), which
 * JSON, spreading and `Object.keys` do not see; it is optional in the type only so that bodies
 * built by hand (mocks, fixtures) type-check.
 */
export type OperationOutput<Op extends OperationName> = SchemaOperations[Op] extends {
  responses: { 200: { content: { "application/json": infer Body } } };
}
  ? Body & { readonly $metadata?: ResponseMetadata }
  : never;

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
