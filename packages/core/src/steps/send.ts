// Step 6 (send, per attempt): one attempt through the client's HTTP handler, bounded by the
// attempt's timeout and the caller's AbortSignal (both cover reading the body; the handler
// enforces them), and the response-size limit. Resolves with any HTTP answer, error statuses
// included (classify decides what they mean); rejects with a typed error otherwise:
// EcsAbortError, EcsTimeoutError, EcsNetworkError (its cause with any credential masked), and two
// that are final because the same request would meet the same end: EcsResponseTooLargeError (the
// body passed the limit) and EcsRequestError (the HTTP stack refused to build the request, so
// nothing was sent); and EcsRedirectError for a 3xx, never followed (it would carry credentials).
import type { Credentials } from "../credentials.ts";
import { EcsAbortError, EcsNetworkError, EcsRequestError, EcsTimeoutError } from "../errors.ts";
import { EcsResponseTooLargeError } from "../errors.ts";
import { refuseRedirect } from "../http/refuse-redirect.ts";
import { isTimeout, isTooLarge, type HttpHandler, type HttpResponse } from "../http/types.ts";
import { redactCause } from "../redact.ts";
import type { SignedRequest } from "./sign.ts";

export interface SendContext {
  readonly operation: { readonly name: string };
  readonly attempt: number;
  readonly signal: AbortSignal | undefined;
  readonly credentials: Credentials | undefined;
}

export async function send(
  handler: HttpHandler,
  request: SignedRequest,
  timeoutMs: number,
  ctx: SendContext,
  maxResponseBytes: number,
): Promise<HttpResponse> {
  const { signal } = ctx;
  const name = ctx.operation.name;
  if (signal?.aborted) throw new EcsAbortError(name, signal.reason);
  const limit = Number.isFinite(maxResponseBytes) ? maxResponseBytes : undefined;
  let response: HttpResponse;
  try {
    const { url, headers } = request;
    const delay = timerDelay(timeoutMs);
    response = await handler({ method: "POST", url, headers, signal, timeoutMs: delay, maxResponseBytes: limit });
  } catch (error) {
    if (signal?.aborted) throw new EcsAbortError(name, signal.reason);
    if (isTimeout(error)) throw new EcsTimeoutError(name, timeoutMs, "attempt", ctx.attempt);
    if (isTooLarge(error)) throw new EcsResponseTooLargeError(name, maxResponseBytes, ctx.attempt);
    const cause = redactCause(error, ctx.credentials);
    const reason = cause instanceof Error ? cause.message : String(cause);
    if (isRefusedLocally(error)) throw new EcsRequestError(name, reason, { cause });
    throw new EcsNetworkError(name, cause, ctx.attempt);
  }
  // A custom handler may not honour the limit while reading; its answer is still held to it
  // (a string's length in UTF-16 units never exceeds its UTF-8 size).
  const body = response.body;
  if (limit !== undefined && typeof body === "string" && body.length > limit) {
    throw new EcsResponseTooLargeError(name, maxResponseBytes, ctx.attempt);
  }
  const redirect = refuseRedirect(name, response, request.url, ctx.attempt);
  if (redirect) throw redirect;
  return response;
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
