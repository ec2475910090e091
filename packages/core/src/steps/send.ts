// Step 6 (send): one attempt through the client's HTTP handler, bounded by a per-attempt timeout
// and the caller's AbortSignal (both cover reading the body; the handler enforces them). Tells a
// timeout from an abort from a network failure.
import { isTimeout, isTooLarge, type HttpHandler, type HttpResponse } from "../http/types.ts";
import type { SignedRequest } from "./sign.ts";

export type AttemptResult =
  | { readonly kind: "response"; readonly response: HttpResponse }
  | { readonly kind: "timeout" }
  | { readonly kind: "aborted"; readonly reason: unknown }
  | { readonly kind: "too-large" }
  /** The HTTP stack refused to build the request: nothing was sent, and it would fail again. */
  | { readonly kind: "local"; readonly error: unknown }
  | { readonly kind: "network"; readonly error: unknown };

export async function sendAttempt(
  handler: HttpHandler,
  request: SignedRequest,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  maxResponseBytes: number,
): Promise<AttemptResult> {
  if (signal?.aborted) return { kind: "aborted", reason: signal.reason };
  const limit = Number.isFinite(maxResponseBytes) ? maxResponseBytes : undefined;
  try {
    const { url, headers } = request;
    const delay = timerDelay(timeoutMs);
    const response = await handler({ method: "POST", url, headers, signal, timeoutMs: delay, maxResponseBytes: limit });
    // A custom handler may not honour the limit while reading; its answer is still held to it
    // (a string's length in UTF-16 units never exceeds its UTF-8 size).
    const body = response.body;
    if (limit !== undefined && typeof body === "string" && body.length > limit) return { kind: "too-large" };
    return { kind: "response", response };
  } catch (error) {
    if (signal?.aborted) return { kind: "aborted", reason: signal.reason };
    if (isTimeout(error)) return { kind: "timeout" };
    if (isTooLarge(error)) return { kind: "too-large" };
    if (isRefusedLocally(error)) return { kind: "local", error };
    return { kind: "network", error };
  }
}

/** Node's codes for a request it will not build (bad header name or value, bad URL or path). */
const LOCAL_CODES = new Set([
  "ERR_INVALID_CHAR",
  "ERR_INVALID_HTTP_TOKEN",
  "ERR_HTTP_INVALID_HEADER_VALUE",
  "ERR_INVALID_URL",
  "ERR_UNESCAPED_CHARACTERS",
  "ERR_INVALID_PROTOCOL",
]);

function isRefusedLocally(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && LOCAL_CODES.has(code);
}

/** The largest delay timers accept (2^31 - 1 ms, about 24.8 days); a larger one fires at once. */
const MAX_TIMER_MS = 2_147_483_647;

/** A timeout as every timer API accepts it: a whole number of ms in [0, 2^31 - 1], or Infinity for none. */
function timerDelay(ms: number): number {
  if (ms === Infinity) return ms;
  return Math.min(MAX_TIMER_MS, Math.max(0, Math.ceil(ms)));
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
