// Step 6 (send): one attempt through the client's HTTP handler, bounded by a per-attempt timeout
// and the caller's AbortSignal (both cover reading the body; the handler enforces them). Tells a
// timeout from an abort from a network failure.
import { isTimeout, type HttpHandler, type HttpResponse } from "../http/types.ts";
import type { SignedRequest } from "./sign.ts";

export type AttemptResult =
  | { readonly kind: "response"; readonly response: HttpResponse }
  | { readonly kind: "timeout" }
  | { readonly kind: "aborted"; readonly reason: unknown }
  | { readonly kind: "network"; readonly error: unknown };

export async function sendAttempt(handler: HttpHandler, request: SignedRequest, timeoutMs: number, signal: AbortSignal | undefined): Promise<AttemptResult> {
  if (signal?.aborted) return { kind: "aborted", reason: signal.reason };
  try {
    const response = await handler({ method: "POST", url: request.url, headers: request.headers, signal, timeoutMs: timerDelay(timeoutMs) });
    return { kind: "response", response };
  } catch (error) {
    if (signal?.aborted) return { kind: "aborted", reason: signal.reason };
    if (isTimeout(error)) return { kind: "timeout" };
    return { kind: "network", error };
  }
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
