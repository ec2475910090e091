// The errors the paginator throws itself. A page that fails surfaces as a PaginationError whose
// `cause` is the client's typed error; an abort surfaces as core's EcsAbortError (not wrapped); a bad
// option surfaces as a PaginationOptionsError before any request. Like core's errors, each carries a
// `kind` so that callers can tell them apart without `instanceof`.
import { encodeResumeToken } from "./resume.ts";

/** Where a failed listing stood: what a caller needs to continue it. */
export interface PaginationProgress {
  /** The page size of the listing (a resumed listing must use the same one). */
  readonly pageSize: number;
  /** Items handed to the consumer before the failure (pages before `page`, deduplicated, cut at `maxItems`). */
  readonly itemsDelivered: number;
  /** The `TotalCount` of the last page handed over, or `undefined` if none was (or it had none). */
  readonly totalCount: number | undefined;
  /** How many times the paginator requested the failed page again, after the client's own attempts. */
  readonly pageRetries: number;
}

/**
 * A page of a listing failed. Items of earlier pages were already yielded; no later page is.
 * Continue with `{ resume: error.resumeToken }` (or `startPage: error.page` and the same
 * `pageSize`): pages before `page` are not read again.
 */
export class PaginationError extends Error implements PaginationProgress {
  /** Tells this error apart without `instanceof`. */
  readonly kind = "pagination" as const;
  /** The operation being listed (`DescribeHpcClusters`). */
  readonly operation: string;
  /** The number of the page whose request failed; pass it as `startPage` to resume from there. */
  readonly page: number;
  readonly pageSize: number;
  readonly itemsDelivered: number;
  readonly totalCount: number | undefined;
  readonly pageRetries: number;
  /** Pass as the `resume` option of a new listing (same operation and input) to continue at `page`. */
  readonly resumeToken: string;
  /** What the client threw for that page (an `EcsError` for a client built by `createEcsClient`). */
  declare readonly cause: unknown;

  constructor(operation: string, page: number, cause: unknown, progress: PaginationProgress) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const retries = progress.pageRetries;
    const retried = retries > 0 ? ` (after ${retries} page ${retries === 1 ? "retry" : "retries"})` : "";
    super(`${operation}: page ${page} failed: ${reason}${retried}`, { cause });
    this.operation = operation;
    this.page = page;
    this.pageSize = progress.pageSize;
    this.itemsDelivered = progress.itemsDelivered;
    this.totalCount = progress.totalCount;
    this.pageRetries = progress.pageRetries;
    this.resumeToken = encodeResumeToken({ operation, page, pageSize: progress.pageSize });
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
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined)
    return String(value);
  return typeof value;
}
