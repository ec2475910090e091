// Step 6 (send): one attempt through the configured fetch, bounded by a per-attempt timeout and
// the caller's AbortSignal. Tells a timeout from an abort from a network failure.
import type { SignedRequest } from "./sign.ts";

export type AttemptResult =
  | { readonly kind: "response"; readonly response: Response }
  | { readonly kind: "timeout" }
  | { readonly kind: "aborted"; readonly reason: unknown }
  | { readonly kind: "network"; readonly error: unknown };

const TIMED_OUT = Symbol("attempt timed out");

export async function sendAttempt(fetchImpl: typeof fetch, request: SignedRequest, timeoutMs: number, signal: AbortSignal | undefined): Promise<AttemptResult> {
  if (signal?.aborted) return { kind: "aborted", reason: signal.reason };
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  const timer = Number.isFinite(timeoutMs) ? setTimeout(() => controller.abort(TIMED_OUT), Math.max(0, timeoutMs)) : undefined;
  try {
    const response = await fetchImpl(request.url, { method: "POST", headers: request.headers, signal: controller.signal });
    return { kind: "response", response };
  } catch (error) {
    if (controller.signal.aborted) {
      return controller.signal.reason === TIMED_OUT ? { kind: "timeout" } : { kind: "aborted", reason: signal?.reason };
    }
    return { kind: "network", error };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
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
