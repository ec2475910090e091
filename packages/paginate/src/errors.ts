// The errors the paginator throws itself. A page that fails surfaces as a PaginationError whose
// `cause` is the client's typed error; an abort surfaces as core's EcsAbortError (not wrapped); a bad
// option surfaces as a PaginationOptionsError before any request. Like core's errors, each carries a
// `kind` so that callers can tell them apart without `instanceof`.

/** A page of a listing failed. Items of earlier pages were already yielded; no later page is. */
export class PaginationError extends Error {
  /** Tells this error apart without `instanceof`. */
  readonly kind = "pagination" as const;
  /** The operation being listed (`DescribeHpcClusters`). */
  readonly operation: string;
  /** The number of the page whose request failed; pass it as `startPage` to resume from there. */
  readonly page: number;
  /** What the client threw for that page (an `EcsError` for a client built by `createEcsClient`). */
  declare readonly cause: unknown;

  constructor(operation: string, page: number, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`${operation}: page ${page} failed: ${reason}`, { cause });
    this.operation = operation;
    this.page = page;
  }

  override get name(): string {
    return "PaginationError";
  }
}

/** An option (or the input) of a listing is invalid. Thrown by the call that creates the listing, before any request. */
export class PaginationOptionsError extends RangeError {
  /** Tells this error apart without `instanceof`. */
  readonly kind = "pagination-options" as const;
  /** The offending option (`pageSize`, `concurrency`, ...) or input parameter. */
  readonly option: string;
  /** The value it was given. */
  readonly value: unknown;

  constructor(operation: string, option: string, value: unknown, rule: string) {
    super(`${operation}: invalid pagination option ${option}: ${rule} (got ${describe(value)})`);
    this.option = option;
    this.value = value;
  }

  override get name(): string {
    return "PaginationOptionsError";
  }
}

/** Narrows any value to a PaginationError without `instanceof` (safe across duplicated package copies). */
export function isPaginationError(value: unknown): value is PaginationError {
  return value instanceof Error && (value as { kind?: unknown }).kind === "pagination";
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  return typeof value;
}
