// Step 6 (send): one attempt through the configured fetch, bounded by a per-attempt timeout and
// the caller's AbortSignal. Tells a timeout from an abort from a network failure.

export type AttemptResult =
  | { readonly kind: "response"; readonly response: Response }
  | { readonly kind: "timeout" }
  | { readonly kind: "aborted"; readonly reason: unknown }
  | { readonly kind: "network"; readonly error: unknown };

const TIMED_OUT = Symbol("attempt timed out");

export async function sendAttempt(fetchImpl: typeof fetch, request: Request, timeoutMs: number, signal: AbortSignal | undefined): Promise<AttemptResult> {
  if (signal?.aborted) return { kind: "aborted", reason: signal.reason };
  const controller = new AbortController();
  const attempt = new Request(request, { signal: controller.signal });
  // A Request's signal follows `controller.signal` only through a weak link. The closures below
  // (held by the timer and the caller's signal) keep `attempt` alive, so the abort reaches a
  // custom fetch that holds nothing else (seen with fakes after a GC).
  const abort = (reason: unknown) => {
    controller.abort(reason);
    return attempt.signal.aborted;
  };
  const onAbort = () => abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  const timer = Number.isFinite(timeoutMs) ? setTimeout(() => abort(TIMED_OUT), Math.max(0, timeoutMs)) : undefined;
  try {
    const response = await fetchImpl(attempt);
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
