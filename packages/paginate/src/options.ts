// Listing options: their defaults and their validation, done once, before any request.
import type { PaginationSpec } from "@ecs-hpc/core";
import { PaginationOptionsError } from "./errors.ts";

/** Pages in flight or buffered at once when `concurrency` is not given. */
export const DEFAULT_CONCURRENCY = 4;

/** Options of a listing (pages, items or collect). Every option is optional. */
export interface PaginateOptions {
  /** Items per page, 1..the operation's `maxPageSize` (100 for ECS). Default: `maxPageSize`, the fewest requests. */
  readonly pageSize?: number;
  /** The first page to request (pages start at 1). Default 1. */
  readonly startPage?: number;
  /** Stop after this many items (the last page is cut). Default: no limit. */
  readonly maxItems?: number;
  /** Stop after this many pages. Default: no limit. */
  readonly maxPages?: number;
  /**
   * Pages requested or buffered ahead of the consumer at once, after the first page. `1` requests
   * one page at a time, strictly in order. Default {@link DEFAULT_CONCURRENCY}.
   */
  readonly concurrency?: number;
  /** Aborts the listing: no request starts after it fires, in-flight ones are cancelled, and the iteration throws core's `EcsAbortError`. */
  readonly signal?: AbortSignal;
}

/** Options with their defaults filled in; `Infinity` means no limit. */
export interface ResolvedOptions {
  readonly pageSize: number;
  readonly startPage: number;
  readonly maxItems: number;
  readonly maxPages: number;
  readonly concurrency: number;
  readonly signal: AbortSignal | undefined;
}

/** Fills in defaults and checks every option; throws a PaginationOptionsError naming the first bad one. */
export function resolveOptions(operation: string, spec: PaginationSpec, options: PaginateOptions | undefined): ResolvedOptions {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new PaginationOptionsError(operation, "options", options, "must be an object");
  }
  const o = options ?? {};
  const integer = (name: keyof PaginateOptions, value: unknown, min: number, max: number, fallback: number, allowInfinity = false): number => {
    if (value === undefined) return fallback;
    if (allowInfinity && value === Infinity) return value;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
      throw new PaginationOptionsError(operation, name, value, `must be ${range}${allowInfinity ? " (or Infinity)" : ""}`);
    }
    return value;
  };
  const signal = o.signal;
  if (signal !== undefined && (typeof signal !== "object" || signal === null || typeof signal.aborted !== "boolean" || typeof signal.addEventListener !== "function")) {
    throw new PaginationOptionsError(operation, "signal", signal, "must be an AbortSignal");
  }
  return {
    pageSize: integer("pageSize", o.pageSize, 1, spec.maxPageSize, spec.maxPageSize),
    startPage: integer("startPage", o.startPage, 1, Number.MAX_SAFE_INTEGER, 1),
    maxItems: integer("maxItems", o.maxItems, 0, Number.MAX_SAFE_INTEGER, Infinity, true),
    maxPages: integer("maxPages", o.maxPages, 0, Number.MAX_SAFE_INTEGER, Infinity, true),
    concurrency: integer("concurrency", o.concurrency, 1, Number.MAX_SAFE_INTEGER, DEFAULT_CONCURRENCY),
    signal,
  };
}
