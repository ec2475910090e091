// Numeric options checked where they are given (createEcsClient, or per call), so that a typo
// such as `timeoutMs: "5000"` or `maxAttempts: 0` fails loudly instead of silently meaning
// "no timeout" or "no attempt".
import type { RetryOptions } from "./steps/retry.ts";

type Check = (value: number) => boolean;
const positive: Check = (v) => v > 0;
const nonNegative: Check = (v) => v >= 0;
const atLeastOneInteger: Check = (v) => Number.isInteger(v) && v >= 1;

function check(where: string, name: string, value: unknown, ok: Check, expected: string): void {
  if (value === undefined) return;
  if (typeof value !== "number" || Number.isNaN(value) || !ok(value)) throw new TypeError(`${where}: ${name} must be ${expected} (got ${typeof value === "number" ? value : JSON.stringify(value) ?? String(value)})`);
}

/** `timeoutMs` / `deadlineMs`: milliseconds above zero; `Infinity` for none. */
export function checkTimeouts(where: string, options: { readonly timeoutMs?: unknown; readonly deadlineMs?: unknown } | undefined): void {
  check(where, "timeoutMs", options?.timeoutMs, positive, "a number of milliseconds above 0 (Infinity for none)");
  check(where, "deadlineMs", options?.deadlineMs, positive, "a number of milliseconds above 0 (Infinity for none)");
}

export function checkRetry(where: string, retry: RetryOptions | false | undefined): void {
  if (retry === undefined || retry === false) return;
  if (typeof retry !== "object" || retry === null) throw new TypeError(`${where}: retry must be an object of retry options or false`);
  check(where, "retry.maxAttempts", retry.maxAttempts, atLeastOneInteger, "a whole number of attempts, at least 1");
  check(where, "retry.baseDelayMs", retry.baseDelayMs, nonNegative, "a number of milliseconds, at least 0");
  check(where, "retry.maxDelayMs", retry.maxDelayMs, nonNegative, "a number of milliseconds, at least 0");
  check(where, "retry.budget", retry.budget, nonNegative, "a number of tokens, at least 0");
  check(where, "retry.retryCost", retry.retryCost, nonNegative, "a number of tokens, at least 0");
}
