// The transport under openapi-fetch: for each attempt, credentials -> sign -> send, then the
// retry decision. openapi-fetch sees one fetch; the attempts happen here so each is re-signed.
import type { Credentials } from "../credentials.ts";
import {
  EcsAbortError,
  EcsNetworkError,
  EcsRequestError,
  EcsResponseTooLargeError,
  EcsTimeoutError,
} from "../errors.ts";
import type { ClientOperationSpec } from "../operation-spec.ts";
import type { HttpHandler, HttpResponse } from "../http/types.ts";
import { isOk } from "../http/types.ts";
import { refuseRedirect } from "../http/refuse-redirect.ts";
import { redactCause } from "../redact.ts";
import { errorInSuccess } from "./check-success-shape.ts";
import { backoffDelay, classifyResponse, isRetrySafe, RetryBudget, serverDelay, type FailureKind, type RetryOptions } from "./retry.ts";
import { sendAttempt, sleep } from "./send.ts";
import type { WireRequest } from "./rpc.ts";
import { hashBackendReady } from "../signer/hash.ts";
import { signWire, type SignatureVersion, type SignedRequest } from "./sign.ts";

/** One attempt, as reported to `onEvent`. Never carries a credential. */
export interface AttemptEvent {
  readonly operation: string | undefined;
  readonly method: string;
  readonly attempt: number;
  readonly outcome: "success" | "error" | "network" | "timeout" | "aborted";
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly durationMs: number;
  /** The delay before the next attempt, when there will be one. */
  readonly retryInMs: number | undefined;
  /** The delay the service asked for (`x-acs-retry-after` or `Retry-After`), in milliseconds, if it sent one. */
  readonly retryAfterMs?: number;
}

export interface TransportOptions {
  readonly handler: HttpHandler;
  readonly credentials: () => Credentials | Promise<Credentials>;
  readonly signatureVersion: SignatureVersion;
  readonly clock: () => Date;
  readonly nonce: () => string;
  readonly random: () => number;
  readonly retry: Required<RetryOptions>;
  readonly budget: RetryBudget;
  readonly timeoutMs: number;
  readonly deadlineMs: number | undefined;
  /** Bound on each answer's body, read and decoded; `Infinity` for none. */
  readonly maxResponseBytes: number;
  readonly onEvent: ((event: AttemptEvent) => void) | undefined;
}

/** What one logical call knows; `attempts` is filled in as the transport goes. */
export interface CallContext {
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number | undefined;
  readonly deadlineMs: number | undefined;
  /** The call's own observer of its attempts (`CallOptions.onAttempt`). */
  readonly onAttempt?: ((event: AttemptEvent) => void) | undefined;
  readonly maxResponseBytes?: number | undefined;
  attempts: number;
  /** The credentials of the latest attempt, so that what reaches the caller can be masked. */
  credentials?: Credentials | undefined;
}

const now = () => performance.now();

export type Transport = (wire: WireRequest, ctx: CallContext) => Promise<HttpResponse>;

export function createTransport(options: TransportOptions): Transport {
  const { retry, budget } = options;

  return async function transport(wire, ctx) {
    const op: ClientOperationSpec = wire.operation;
    const name = op.name;
    const idempotent = op.operationType === "get" || op.idempotencyToken !== null;
    const signal = ctx.signal;
    const timeoutMs = ctx.timeoutMs ?? options.timeoutMs;
    const deadlineMs = ctx.deadlineMs ?? options.deadlineMs;
    const deadlineAt = deadlineMs === undefined ? Infinity : now() + deadlineMs;
    let credentials: Credentials | undefined;
    let retryCost = 0;

    const observers = [options.onEvent, ctx.onAttempt];
    const emit = (event: Omit<AttemptEvent, "operation" | "method">) => {
      if (!options.onEvent && !ctx.onAttempt) return;
      const full: AttemptEvent = { operation: name, method: "POST", ...event };
      for (const observer of observers) {
        try {
          observer?.(full);
        } catch {
          // An observer must not break the call.
        }
      }
    };

    for (let attempt = 1; ; attempt++) {
      ctx.attempts = attempt;
      if (signal?.aborted) throw new EcsAbortError(name, signal.reason);
      const remaining = deadlineAt - now();
      if (remaining <= 0) throw new EcsTimeoutError(name, deadlineMs ?? 0, "deadline", attempt - 1);
      const provided = options.credentials();
      credentials = provided instanceof Promise ? await provided : provided;
      ctx.credentials = credentials;
      const hashing = hashBackendReady();
      if (hashing) await hashing;
      let signed: SignedRequest;
      try {
        const date = options.clock();
        signed = signWire(wire, { version: options.signatureVersion, credentials, date, nonce: options.nonce() });
      } catch (error) {
        // A `clock` or `nonce` option that throws or yields what cannot be encoded: nothing was sent.
        const cause = redactCause(error, credentials);
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new EcsRequestError(name, `signing failed: ${reason}`, { cause });
      }
      const started = now();
      const limit = ctx.maxResponseBytes ?? options.maxResponseBytes;
      const result = await sendAttempt(options.handler, signed, Math.min(timeoutMs, remaining), signal, limit);
      const durationMs = Math.round(now() - started);

      let failure: FailureKind | undefined;
      let response: HttpResponse | undefined;
      let code: string | undefined;
      let requestId: string | undefined;
      if (result.kind === "aborted") {
        emit({ attempt, outcome: "aborted", status: undefined, code: undefined, requestId: undefined, durationMs, retryInMs: undefined });
        throw new EcsAbortError(name, result.reason);
      } else if (result.kind === "too-large" || result.kind === "local") {
        // Final: the same request would meet the same answer, or the same refusal.
        const none = { status: undefined, code: undefined, requestId: undefined, retryInMs: undefined };
        emit({ attempt, outcome: "error", ...none, durationMs });
        if (result.kind === "too-large") throw new EcsResponseTooLargeError(name, limit, attempt);
        const cause = redactCause(result.error, credentials);
        throw new EcsRequestError(name, cause instanceof Error ? cause.message : String(cause), { cause });
      } else if (result.kind === "response") {
        response = result.response;
        requestId = response.headers.get("x-acs-request-id") ?? undefined;
        const redirect = refuseRedirect(name, response, signed.url, attempt);
        if (redirect) {
          const { status } = response;
          emit({ attempt, outcome: "error", status, code: undefined, requestId, durationMs, retryInMs: undefined });
          throw redirect;
        }
        // A 2xx whose body is an error body (`Code`, `Message`, not the success shape) is an error.
        const disguised = isOk(response) ? errorInSuccess(op, response.body) : undefined;
        if (isOk(response) && disguised === undefined) {
          budget.release(retryCost);
          emit({ attempt, outcome: "success", status: response.status, code: undefined, requestId, durationMs, retryInMs: undefined });
          return response;
        }
        ({ code, requestId } = disguised ?? peekError(response, requestId));
        failure = classifyResponse(response.status, code);
      } else {
        failure = result.kind;
      }

      const cost = failure === "network" || failure === "timeout" ? retry.retryCost * 2 : retry.retryCost;
      let delay: number | undefined;
      const retryAfterMs = response ? serverDelay(response.headers) : undefined;
      if (failure && isRetrySafe(failure, idempotent) && attempt < retry.maxAttempts) {
        const wanted = Math.min(retry.maxDelayMs, Math.max(retryAfterMs ?? 0, backoffDelay(attempt, retry, options.random)));
        if (now() + wanted < deadlineAt && budget.tryAcquire(cost)) {
          delay = wanted;
          retryCost = cost;
        }
      }
      const outcome = result.kind === "response" ? "error" : result.kind;
      const serverAsked = retryAfterMs !== undefined ? { retryAfterMs } : {};
      emit({ attempt, outcome, status: response?.status, code, requestId, durationMs, retryInMs: delay, ...serverAsked });

      if (delay === undefined) {
        if (response) return response;
        if (result.kind === "timeout") throw new EcsTimeoutError(name, Math.min(timeoutMs, remaining), "attempt", attempt);
        const cause = result.kind === "network" ? result.error : undefined;
        throw new EcsNetworkError(name, redactCause(cause, credentials), attempt);
      }
      try {
        await sleep(delay, signal);
      } catch (reason) {
        throw new EcsAbortError(name, reason);
      }
    }
  };
}

function peekError(response: HttpResponse, headerRequestId: string | undefined): { code: string | undefined; requestId: string | undefined } {
  try {
    const body = JSON.parse(response.body) as { Code?: unknown; RequestId?: unknown };
    return {
      code: typeof body.Code === "string" ? body.Code : undefined,
      requestId: typeof body.RequestId === "string" ? body.RequestId : headerRequestId,
    };
  } catch {
    return { code: undefined, requestId: headerRequestId };
  }
}
