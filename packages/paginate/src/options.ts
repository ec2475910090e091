// Listing options: their defaults and their validation, done once, before any request.
import type { PaginationSpec } from "@ecs-hpc/core/client";
import { PaginationOptionsError } from "./errors.ts";
import type { PageRetrySettings } from "./page-retry.ts";
import { decodeResumeToken } from "./resume.ts";

/** Pages in flight or buffered at once when `concurrency` is not given. */
export const DEFAULT_CONCURRENCY = 4;

/** Page-level retries when `retry` is not given: see {@link PageRetryOptions}. */
export const DEFAULT_PAGE_RETRY: PageRetrySettings = Object.freeze({
  maxPerPage: 5,
  maxPerListing: 50,
  baseDelayMs: 100,
  maxDelayMs: 5_000,
});

/**
 * Page-level retries: a page whose call failed with a transient error (throttling, 5xx, a lost
 * connection, a timeout) after the client's own attempts is requested again, after a backoff.
 * Each retry also spends the client's shared retry budget (`tryAcquireRetry`) when the client has
 * one; with the budget empty the page fails.
 */
export interface PageRetryOptions {
  /** Retries of one page. Default 5; 0 turns page retries off. */
  readonly maxPerPage?: number;
  /** Retries of all pages of one listing together. Default 50. */
  readonly maxPerListing?: number;
  /** Base of the full-jitter exponential backoff between retries of a page. Default 100 ms. */
  readonly baseDelayMs?: number;
  /** Cap of one backoff delay. Default 5 000 ms. */
  readonly maxDelayMs?: number;
}

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
  /**
   * Request pages `startPage .. startPage + concurrency - 1` at once, before the first TotalCount is
   * known (pages past the end come back empty and are dropped). Default `true`; `false` requests
   * the first page alone and the others once its TotalCount is known.
   */
  readonly speculate?: boolean;
  /**
   * Lower the number of requests in flight when the service throttles (halve it, down to 1) and
   * raise it again by one per round of successful pages, up to `concurrency`. Default `true`;
   * `false` keeps `concurrency` requests in flight whatever the service answers.
   */
  readonly adaptiveConcurrency?: boolean;
  /** Page-level retries ({@link PageRetryOptions}), or `false` for none. */
  readonly retry?: PageRetryOptions | false;
  /**
   * A `PaginationError`'s `resumeToken`: continue that listing at its failed page, with its page
   * size. Pass the same operation and input; it replaces `startPage` (and `pageSize`).
   */
  readonly resume?: string;
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
  readonly speculate: boolean;
  readonly adaptiveConcurrency: boolean;
  readonly retry: PageRetrySettings;
  readonly signal: AbortSignal | undefined;
}

/** Fills in defaults and checks every option; throws a PaginationOptionsError naming the first bad one. */
export function resolveOptions(
  operation: string,
  spec: PaginationSpec,
  options: PaginateOptions | undefined,
): ResolvedOptions {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new PaginationOptionsError(operation, "options", options, "must be an object");
  }
  const o = options ?? {};
  const integer = (
    name: keyof PaginateOptions,
    value: unknown,
    min: number,
    max: number,
    fallback: number,
    allowInfinity = false,
  ): number => {
    if (value === undefined) return fallback;
    if (allowInfinity && value === Infinity) return value;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
      throw new PaginationOptionsError(
        operation,
        name,
        value,
        `must be ${range}${allowInfinity ? " (or Infinity)" : ""}`,
      );
    }
    return value;
  };
  const signal = o.signal;
  if (
    signal !== undefined &&
    (typeof signal !== "object" ||
      signal === null ||
      typeof signal.aborted !== "boolean" ||
      typeof signal.addEventListener !== "function")
  ) {
    throw new PaginationOptionsError(operation, "signal", signal, "must be an AbortSignal");
  }
  const boolean = (name: keyof PaginateOptions, value: unknown): boolean => {
    if (value === undefined) return true;
    if (typeof value !== "boolean") throw new PaginationOptionsError(operation, name, value, "must be true or false");
    return value;
  };
  let pageSize = integer("pageSize", o.pageSize, 1, spec.maxPageSize, spec.maxPageSize);
  let startPage = integer("startPage", o.startPage, 1, Number.MAX_SAFE_INTEGER, 1);
  if (o.resume !== undefined) {
    const point = decodeResumeToken(o.resume);
    const refuse = (option: string, value: unknown, rule: string): never => {
      throw new PaginationOptionsError(operation, option, value, rule);
    };
    if (!point) return refuse("resume", o.resume, "must be the resumeToken of a PaginationError");
    if (point.operation !== operation) refuse("resume", o.resume, `is a token of a ${point.operation} listing`);
    if (point.pageSize > spec.maxPageSize) refuse("resume", o.resume, `has a page size above ${spec.maxPageSize}`);
    if (o.startPage !== undefined) refuse("startPage", o.startPage, "cannot be combined with resume");
    if (o.pageSize !== undefined && o.pageSize !== point.pageSize) {
      refuse("pageSize", o.pageSize, `must be the resumed listing's page size (${point.pageSize})`);
    }
    pageSize = point.pageSize;
    startPage = point.page;
  }
  return {
    pageSize,
    startPage,
    maxItems: integer("maxItems", o.maxItems, 0, Number.MAX_SAFE_INTEGER, Infinity, true),
    maxPages: integer("maxPages", o.maxPages, 0, Number.MAX_SAFE_INTEGER, Infinity, true),
    concurrency: integer("concurrency", o.concurrency, 1, Number.MAX_SAFE_INTEGER, DEFAULT_CONCURRENCY),
    speculate: boolean("speculate", o.speculate),
    adaptiveConcurrency: boolean("adaptiveConcurrency", o.adaptiveConcurrency),
    retry: resolveRetry(operation, o.retry),
    signal,
  };
}

function resolveRetry(operation: string, retry: unknown): PageRetrySettings {
  if (retry === undefined) return DEFAULT_PAGE_RETRY;
  if (retry === false) return { ...DEFAULT_PAGE_RETRY, maxPerPage: 0, maxPerListing: 0 };
  if (typeof retry !== "object" || retry === null) {
    throw new PaginationOptionsError(operation, "retry", retry, "must be an object of page retry options or false");
  }
  const r = retry as Record<string, unknown>;
  const setting = (name: keyof PageRetrySettings, max: number): number => {
    const value = r[name];
    if (value === undefined) return DEFAULT_PAGE_RETRY[name];
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
      throw new PaginationOptionsError(operation, `retry.${name}`, value, `must be an integer from 0 to ${max}`);
    }
    return value;
  };
  return {
    maxPerPage: setting("maxPerPage", 1_000),
    maxPerListing: setting("maxPerListing", Number.MAX_SAFE_INTEGER),
    baseDelayMs: setting("baseDelayMs", 600_000),
    maxDelayMs: setting("maxDelayMs", 600_000),
  };
}
