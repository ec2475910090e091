// Options checked where they are given (createEcsClient, or per call), so that a typo such as
// `timeoutMs: "5000"` or `maxAttempts: 0` fails loudly instead of silently meaning "no timeout"
// or "no attempt", and a bad extra header fails before any request rather than as a
// "network error" retried three times.
import type { RetryOptions } from "./steps/retry.ts";

type Check = (value: number) => boolean;
const positive: Check = (v) => v > 0;
const nonNegative: Check = (v) => v >= 0;
const atLeastOneInteger: Check = (v) => Number.isInteger(v) && v >= 1;

function check(where: string, name: string, value: unknown, ok: Check, expected: string): void {
  if (value === undefined) return;
  if (typeof value !== "number" || Number.isNaN(value) || !ok(value))
    throw new TypeError(
      `${where}: ${name} must be ${expected} (got ${typeof value === "number" ? value : (JSON.stringify(value) ?? String(value))})`,
    );
}

/** `timeoutMs` / `deadlineMs`: milliseconds above zero; `Infinity` for none. */
export function checkTimeouts(
  where: string,
  options: { readonly timeoutMs?: unknown; readonly deadlineMs?: unknown } | undefined,
): void {
  check(where, "timeoutMs", options?.timeoutMs, positive, "a number of milliseconds above 0 (Infinity for none)");
  check(where, "deadlineMs", options?.deadlineMs, positive, "a number of milliseconds above 0 (Infinity for none)");
}

/** `maxResponseBytes`: a whole number of bytes, at least 1; `Infinity` for none. */
export function checkMaxResponseBytes(where: string, value: unknown): void {
  const ok: Check = (v) => v === Infinity || atLeastOneInteger(v);
  check(where, "maxResponseBytes", value, ok, "a whole number of bytes, at least 1 (Infinity for none)");
}

export function checkRetry(where: string, retry: RetryOptions | false | undefined): void {
  if (retry === undefined || retry === false) return;
  if (typeof retry !== "object" || retry === null)
    throw new TypeError(`${where}: retry must be an object of retry options or false`);
  check(where, "retry.maxAttempts", retry.maxAttempts, atLeastOneInteger, "a whole number of attempts, at least 1");
  check(where, "retry.baseDelayMs", retry.baseDelayMs, nonNegative, "a number of milliseconds, at least 0");
  check(where, "retry.maxDelayMs", retry.maxDelayMs, nonNegative, "a number of milliseconds, at least 0");
  check(where, "retry.budget", retry.budget, nonNegative, "a number of tokens, at least 0");
  check(where, "retry.retryCost", retry.retryCost, nonNegative, "a number of tokens, at least 0");
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** RFC 9110 field-value characters, as Node and fetch accept them: HTAB, SP, VCHAR, obs-text. */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Extra headers of a call: RFC 9110 names, and values HTTP allows (no CR, LF, NUL or other
 * control characters, nothing above U+00FF). A refused one is a TypeError here, before any
 * request, not a "network error" from the HTTP stack that would be retried.
 */
export function checkHeaders(where: string, headers: unknown): void {
  if (headers === undefined) return;
  if (typeof headers !== "object" || headers === null || Array.isArray(headers)) {
    throw new TypeError(`${where}: headers must be an object of header names to strings`);
  }
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name)) throw new TypeError(`${where}: ${JSON.stringify(name)} is not a valid header name`);
    if (typeof value !== "string" || !FIELD_VALUE.test(value)) {
      throw new TypeError(
        `${where}: the value of header ${name} must be a string of characters HTTP allows ` +
          "(tab, space, U+0021-U+007E, U+0080-U+00FF)",
      );
    }
  }
}
