// A handler on any WHATWG fetch: the default where node:http is missing (browsers, workers,
// Bun, Deno), and the one the `fetch` option selects (msw in a browser, proxies, test doubles).
import { HttpTimeoutError, type HttpHandler } from "./types.ts";

/** Sends requests through `fetchImpl` (default: the global `fetch`, looked up at each call). */
export function fetchHandler(fetchImpl?: typeof fetch): HttpHandler {
  return async ({ method, url, headers, signal, timeoutMs }) => {
    const timed = timeoutMs !== undefined && Number.isFinite(timeoutMs);
    const init: RequestInit = { method, headers };
    let controller: AbortController | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => controller?.abort(signal?.reason);
    if (timed) {
      controller = new AbortController();
      timer = setTimeout(() => controller?.abort(new HttpTimeoutError(timeoutMs)), Math.max(0, timeoutMs));
      signal?.addEventListener("abort", onAbort, { once: true });
      init.signal = controller.signal;
    } else if (signal) {
      init.signal = signal;
    }
    try {
      const response = await (fetchImpl ?? globalThis.fetch)(url, init);
      // Read inside the attempt, so the timeout and the caller's signal cover the body.
      const body = await response.text();
      return { status: response.status, headers: response.headers, body };
    } catch (error) {
      // fetch rejects with its own AbortError; report what actually stopped it.
      const reason: unknown = controller?.signal.aborted ? controller.signal.reason : undefined;
      throw signal?.aborted ? signal.reason : reason instanceof HttpTimeoutError ? reason : error;
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  };
}
