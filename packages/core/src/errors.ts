// Typed errors. Every error the client throws is an EcsError; `kind` tells them apart without
// `instanceof` (which breaks across duplicated package copies). None ever holds a credential.
import type { AnyOperation, ErrorCodesOf } from "./generated/operation-spec.ts";
import type { StepName } from "./middleware.ts";
import type { Violation } from "./params.ts";

export type EcsErrorKind =
  | "validation"
  | "service"
  | "network"
  | "response"
  | "redirect"
  | "too-large"
  | "request"
  | "timeout"
  | "aborted"
  | "credentials";

export abstract class EcsError extends Error {
  abstract readonly kind: EcsErrorKind;
  /** The operation the error belongs to, when there is one. */
  declare readonly operation: string | undefined;
  /**
   * The idempotency token (`ClientToken`) the call sent, on every error of a call to an operation
   * that takes one: retry with it to get the first call's result instead of a second resource.
   */
  declare readonly clientToken?: string;
  /**
   * The pipeline step the call stopped in: `validate` (nothing was sent), `credentials`, `send`
   * (no answer: network, timeout, abort), `deserialize` (a service error or unreadable answer), ...
   * Set as the error leaves the pipeline; `undefined` for an error thrown outside a call.
   */
  step: StepName | undefined = undefined;

  constructor(message: string, operation: string | undefined, options?: { cause?: unknown }) {
    super(message, options);
    this.operation = operation;
  }

  /**
   * The class's name, from `kind` (`service` -> `EcsServiceError`): a minifier renames classes, so
   * `constructor.name` would not do.
   */
  override get name(): string {
    const { kind } = this;
    if (kind === "too-large") return "EcsResponseTooLargeError";
    if (kind === "aborted") return "EcsAbortError";
    return `Ecs${kind[0]!.toUpperCase()}${kind.slice(1)}Error`;
  }
}

/** The input broke a rule of the spec; nothing was sent. */
export class EcsValidationError extends EcsError {
  readonly kind = "validation" as const;
  /** Every broken rule; the first one is in the message. */
  declare readonly violations: readonly Violation[];
  /** The first offending parameter. */
  declare readonly param: string;
  /** The first broken rule (`required`, `maximum`, `maxItems`, `pattern`, `unknown`, ...). */
  declare readonly rule: string;
  /** The error code the service would answer with. */
  declare readonly code: string;

  constructor(operation: string, violations: readonly Violation[]) {
    // At least one (a TypeError here otherwise).
    const first = violations[0] as Violation;
    const more =
      violations.length > 1
        ? ` (and ${violations.length - 1} more: ${violations
            .slice(1)
            .map((v) => v.param)
            .join(", ")})`
        : "";
    super(`${operation}: invalid input: ${first.message}${more}`, operation);
    this.violations = violations;
    this.param = first.param;
    this.rule = first.rule;
    this.code = first.code;
  }
}

export interface ServiceErrorFields<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
  readonly status: number;
  readonly requestId: string | undefined;
  readonly hostId: string | undefined;
  readonly recommend: string | undefined;
  /** Attempts made, counting the first. */
  readonly attempts: number;
}

/**
 * The service answered with an error body. `code` is a documented code of the operation (a
 * string-literal union in `ErrorCodeOf<Op>`) or, for codes the spec does not list, any string.
 */
export class EcsServiceError<Code extends string = string> extends EcsError implements ServiceErrorFields<Code> {
  readonly kind = "service" as const;
  declare readonly code: Code;
  declare readonly status: number;
  declare readonly requestId: string | undefined;
  declare readonly hostId: string | undefined;
  declare readonly recommend: string | undefined;
  declare readonly attempts: number;
  /** The service's own message, without the code and request id this error's message adds. */
  declare readonly serviceMessage: string;

  constructor(operation: string, fields: ServiceErrorFields<Code>) {
    const attempts = fields.attempts > 1 ? `, after ${fields.attempts} attempts` : "";
    super(
      `${operation}: ${fields.code}: ${fields.message} (HTTP ${fields.status}, request id ${fields.requestId ?? "unknown"}${attempts})`,
      operation,
    );
    this.code = fields.code;
    this.serviceMessage = fields.message;
    this.status = fields.status;
    this.requestId = fields.requestId;
    this.hostId = fields.hostId;
    this.recommend = fields.recommend;
    this.attempts = fields.attempts;
  }

  /** Throttling codes contain the word `Throttling` (`Throttling`, `Throttling.User`, ...). */
  get throttling(): boolean {
    return this.code.includes("Throttling");
  }
}

/** The request never got an HTTP answer (DNS, connection refused or reset, TLS). */
export class EcsNetworkError extends EcsError {
  readonly kind = "network" as const;
  declare readonly attempts: number;
  constructor(operation: string | undefined, cause: unknown, attempts = 1) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `${operation ?? "request"}: network error: ${reason}${attempts > 1 ? ` (after ${attempts} attempts)` : ""}`,
      operation,
      { cause },
    );
    this.attempts = attempts;
  }
}

/** The service answered, but the body could not be read as the operation's response or error. */
export class EcsResponseError extends EcsError {
  readonly kind = "response" as const;
  declare readonly status: number;
  declare readonly requestId: string | undefined;
  /** The first characters of the body, for diagnosis. */
  declare readonly bodySnippet: string;
  constructor(operation: string, status: number, body: string, requestId: string | undefined, reason: string) {
    const snippet = body.length > 200 ? `${body.slice(0, 200)}…` : body;
    super(`${operation}: unreadable response (HTTP ${status}): ${reason}`, operation);
    this.status = status;
    this.requestId = requestId;
    this.bodySnippet = snippet;
  }
}

/**
 * The answer was a redirect (any 3xx), which the RPC API never sends: it is refused, never
 * followed (following would hand the signed headers, STS token included, to another origin),
 * and never retried. `location` is the origin of the `Location` header only: its path and query
 * (which may carry a signature) are not kept.
 */
export class EcsRedirectError extends EcsError {
  readonly kind = "redirect" as const;
  declare readonly status: number;
  /** The origin (`https://host:port`) the answer pointed to, when it named one. */
  declare readonly location: string | undefined;
  declare readonly attempts: number;
  constructor(operation: string, status: number, location: string | undefined, attempts = 1) {
    const where = location ? ` to ${location}` : "";
    super(
      `${operation}: refused to follow a redirect (HTTP ${status}${where}); ` +
        "the ECS API never redirects, so the endpoint or a proxy is misconfigured",
      operation,
    );
    this.status = status;
    this.location = location;
    this.attempts = attempts;
  }
}

/** The answer's body (as read, or once decoded) went past `maxResponseBytes`; reading stopped there. Not retried. */
export class EcsResponseTooLargeError extends EcsError {
  readonly kind = "too-large" as const;
  declare readonly limit: number;
  declare readonly attempts: number;
  constructor(operation: string, limit: number, attempts = 1) {
    super(`${operation}: the response exceeded maxResponseBytes (${limit} bytes); reading stopped`, operation);
    this.limit = limit;
    this.attempts = attempts;
  }
}

/**
 * The HTTP stack refused to build the request (an invalid header name or value, a bad URL):
 * nothing was sent, and the same request would fail again, so it is not retried.
 */
export class EcsRequestError extends EcsError {
  readonly kind = "request" as const;
  constructor(operation: string, reason: string, options?: { cause?: unknown }) {
    super(`${operation}: the request could not be built (nothing was sent): ${reason}`, operation, options);
  }
}

/** A per-attempt timeout or the overall deadline passed. */
export class EcsTimeoutError extends EcsError {
  readonly kind = "timeout" as const;
  declare readonly timeoutMs: number;
  declare readonly attempts: number;
  constructor(operation: string | undefined, timeoutMs: number, scope: "attempt" | "deadline", attempts = 1) {
    super(
      `${operation ?? "request"}: ${scope === "attempt" ? "attempt timed out" : "deadline exceeded"} after ${timeoutMs} ms${attempts > 1 ? ` (${attempts} attempts)` : ""}`,
      operation,
    );
    this.timeoutMs = timeoutMs;
    this.attempts = attempts;
  }
}

/** The caller's AbortSignal fired. */
export class EcsAbortError extends EcsError {
  readonly kind = "aborted" as const;
  constructor(operation: string | undefined, reason: unknown) {
    super(
      `${operation ?? "request"}: aborted${reason instanceof Error && reason.message ? `: ${reason.message}` : ""}`,
      operation,
      { cause: reason },
    );
  }
}

/** No usable credentials (none configured, or the provider failed). */
export class EcsCredentialsError extends EcsError {
  readonly kind = "credentials" as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, undefined, options);
  }
}

/** Narrows any value to an EcsError, optionally of one kind, without `instanceof`. */
export function isEcsError<K extends EcsErrorKind>(
  value: unknown,
  kind?: K,
): value is Extract<AnyEcsError, { kind: K }> {
  if (typeof value !== "object" || value === null || !(value instanceof Error)) return false;
  const k = (value as { kind?: unknown }).kind;
  return typeof k === "string" && (kind === undefined || k === kind);
}

/**
 * A service error of `operation`, optionally with one of its documented codes: the codes are
 * checked against the operation's generated error-code type, so a misspelt or undocumented code
 * fails to compile. `isEcsServiceError(e, DescribeHpcClusters, "InvalidRegionId.NotFound")`.
 */
export function isEcsServiceError<Op extends AnyOperation>(
  value: unknown,
  operation: Op,
  ...codes: ErrorCodesOf<Op>[]
): value is EcsServiceError<ErrorCodesOf<Op>>;
/**
 * A service error, optionally with one of the given codes, of any operation. The codes are any
 * string: the escape hatch for codes the spec does not document (and for `rpc` calls).
 */
export function isEcsServiceError<Code extends string = string>(
  value: unknown,
  ...codes: Code[]
): value is EcsServiceError<Code>;
export function isEcsServiceError(value: unknown, ...args: unknown[]): boolean {
  if (!isEcsError(value, "service")) return false;
  let codes = args;
  if (typeof args[0] === "object" && args[0] !== null) {
    if ((value as EcsServiceError).operation !== (args[0] as AnyOperation).name) return false;
    codes = args.slice(1);
  }
  return codes.length === 0 || codes.includes((value as EcsServiceError).code);
}

export type AnyEcsError =
  | EcsValidationError
  | EcsServiceError
  | EcsNetworkError
  | EcsResponseError
  | EcsRedirectError
  | EcsResponseTooLargeError
  | EcsRequestError
  | EcsTimeoutError
  | EcsAbortError
  | EcsCredentialsError;
