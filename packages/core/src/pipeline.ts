// The one request pipeline. Every entry point (the generated methods, `call`, `rpc`, and the
// openapi-fetch middleware of `@ecs-hpc/core/openapi-fetch`) runs a call through `execute`:
//
//   initialize -> validate -> serialize -> [credentials -> sign -> send -> classify]* -> deserialize
//
// Each step is a function in steps/<step>.ts. `classify` asks the retry strategy what a failed
// attempt is worth and enforces the safety rule; the loop waits and goes round again, or hands
// the final answer to `deserialize`. User middleware (middleware.ts) runs right before its step.
// The names of the steps are also what errors carry in `step`, and what the README documents.
import type { Credentials } from "./credentials.ts";
import { EcsAbortError, EcsRequestError, EcsTimeoutError, isEcsError } from "./errors.ts";
import type { EcsError, EcsNetworkError } from "./errors.ts";
import { isOk, type HttpHandler, type HttpHeaders, type HttpResponse } from "./http/types.ts";
import { EMPTY_STACK, runMiddleware } from "./middleware.ts";
import type { MiddlewareStack, RequestContext, StepName } from "./middleware.ts";
import type { ClientOperationSpec } from "./operation-spec.ts";
import { checkHeaders } from "./options-check.ts";
import { redactCause, redactSecrets, redactThrown } from "./redact.ts";
import { errorInSuccess } from "./steps/check-success-shape.ts";
import { isRetrySafe, peekError, type AttemptOutcome, type RetryDecision } from "./steps/classify.ts";
import { parseResponse as deserialize } from "./steps/deserialize.ts";
import { prepareInput } from "./steps/initialize.ts";
import { serverDelay, type RetryStrategy } from "./steps/retry.ts";
import { send, sleep } from "./steps/send.ts";
import { toWire, type Endpoint, type WireRequest } from "./steps/serialize.ts";
import { hashBackendReady } from "./signer/hash.ts";
import type { RequestSigner, SignedRequest } from "./steps/sign.ts";
import { validateInput } from "./steps/validate.ts";

/** What every successful call carries in its non-enumerable `$metadata` property. */
export interface ResponseMetadata {
  /** The service's request id (body `RequestId`, else the `x-acs-request-id` header). */
  readonly requestId: string | undefined;
  /** Attempts made, counting the first. */
  readonly attempts: number;
  readonly httpStatus: number;
  readonly headers: HttpHeaders;
  /** Time spent waiting between attempts. */
  readonly totalRetryDelayMs: number;
}

/**
 * One attempt, as reported to `onEvent`, `onAttempt` and the logger. Never carries a credential.
 * The client always sets `action`, `decision` and `error`; they are optional in the type so that
 * events built by hand (test doubles of a client) type-check.
 */
export interface AttemptEvent {
  readonly operation: string | undefined;
  readonly action?: string;
  readonly method: string;
  readonly attempt: number;
  readonly outcome: "success" | "error" | "network" | "timeout" | "aborted";
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly durationMs: number;
  /** What classify decided for a failed attempt (`fail` also when safety, budget or deadline forbid a retry). */
  readonly decision?: RetryDecision | undefined;
  /** The delay before the next attempt, when there will be one. */
  readonly retryInMs: number | undefined;
  /** The delay the service asked for (`x-acs-retry-after` or `Retry-After`), in milliseconds, if it sent one. */
  readonly retryAfterMs?: number;
  /** A network failure's message, credentials masked. */
  readonly error?: string | undefined;
}

export interface PipelineConfig {
  readonly handler: HttpHandler;
  readonly credentials: () => Credentials | Promise<Credentials>;
  readonly signer: RequestSigner;
  readonly endpoint: Endpoint;
  readonly regionId: string | undefined;
  readonly newIdempotencyToken: () => string;
  readonly clock: () => Date;
  readonly nonce: () => string;
  readonly retry: RetryStrategy;
  readonly timeoutMs: number;
  readonly deadlineMs: number | undefined;
  /** Bound on each answer's body, read and decoded; `Infinity` for none. */
  readonly maxResponseBytes: number;
  readonly onEvent: ((event: AttemptEvent) => void) | undefined;
  readonly middleware: MiddlewareStack;
}

/** Per-call settings (already checked). */
export interface CallSettings {
  readonly signal?: AbortSignal | undefined;
  readonly timeoutMs?: number | undefined;
  readonly deadlineMs?: number | undefined;
  /** Extra headers, lower-case names. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly middleware?: MiddlewareStack | undefined;
  /** Overrides whether the operation may be repeated after a failure that may have committed. */
  readonly idempotent?: boolean | undefined;
  /** The call's own observer of its attempts (`CallOptions.onAttempt`). */
  readonly onAttempt?: ((event: AttemptEvent) => void) | undefined;
  /** Bound on this call's response bodies, overriding the client's. */
  readonly maxResponseBytes?: number | undefined;
}

interface Context extends RequestContext {
  step: StepName;
  input: Record<string, unknown>;
  request: WireRequest | undefined;
  attempt: number;
  credentials: Credentials | undefined;
  signed: SignedRequest | undefined;
  response: HttpResponse | undefined;
  attemptTimeoutMs: number;
  totalRetryDelayMs: number;
  readonly stack: MiddlewareStack;
  readonly onAttempt: ((event: AttemptEvent) => void) | undefined;
  readonly maxResponseBytes: number;
}

const now = () => performance.now();

export type Execute = (
  op: ClientOperationSpec,
  input: unknown,
  settings?: CallSettings,
) => Promise<Record<string, unknown>>;

export function createPipeline(config: PipelineConfig): Execute {
  const { retry } = config;

  /**
   * Runs `body` as `step`, inside that step's middleware when it has some. Without middleware the
   * body runs straight away (and the sync steps stay sync), so a plain call pays one length check
   * per step and no extra promise.
   */
  const through = <T>(ctx: Context, step: Exclude<StepName, "classify">, body: () => T | Promise<T>) => {
    ctx.step = step;
    const mw = ctx.stack[step];
    return mw.length > 0 ? runMiddleware(mw, ctx, body) : body();
  };

  const signBody = (ctx: Context): void => {
    // Middleware may have added headers: refuse a bad one here rather than as a network error retried.
    if (ctx.stack !== EMPTY_STACK)
      checkHeaders(`${ctx.operation.method}: a middleware's request header`, ctx.request?.headers);
    try {
      ctx.signed = config.signer.sign(ctx.request as WireRequest, {
        credentials: ctx.credentials as Credentials,
        date: config.clock(),
        nonce: config.nonce(),
      });
    } catch (error) {
      // A `clock` or `nonce` option that throws or yields what cannot be encoded: nothing was sent.
      const cause = redactCause(error, ctx.credentials);
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new EcsRequestError(ctx.operation.name, `signing failed: ${reason}`, { cause });
    }
  };
  const sendBody = (ctx: Context): Promise<HttpResponse> => {
    if (ctx.stack.send.length > 0) {
      checkHeaders(`${ctx.operation.method}: a middleware's signed header`, ctx.signed?.headers);
    }
    return send(config.handler, ctx.signed as SignedRequest, ctx.attemptTimeoutMs, ctx, ctx.maxResponseBytes);
  };
  /** credentials -> sign -> send, for one attempt. */
  const attemptSteps = (ctx: Context) =>
    through(ctx, "credentials", () => {
      const signAndSend = (credentials: Credentials) => {
        ctx.credentials = credentials;
        return through(ctx, "sign", () => {
          signBody(ctx);
          return through(ctx, "send", () => sendBody(ctx));
        });
      };
      const provided = config.credentials();
      // A hash backend that loads asynchronously (see signer/hash.ts) is awaited before signing.
      const hashing = hashBackendReady();
      if (hashing) return Promise.all([provided, hashing]).then(([c]) => signAndSend(c));
      return provided instanceof Promise ? provided.then(signAndSend) : signAndSend(provided);
    });

  const notify = (observer: ((event: AttemptEvent) => void) | undefined, event: AttemptEvent) => {
    if (!observer) return;
    try {
      observer(event);
    } catch {
      // An observer must not break the call.
    }
  };
  /** Reports an attempt to the observers (`onEvent`, `onAttempt`); `more` carries a failed attempt's retry decision. */
  const emit = (
    ctx: Context,
    started: number,
    outcome: AttemptEvent["outcome"],
    status: number | undefined,
    code?: string,
    requestId?: string,
    more?: Pick<AttemptEvent, "decision" | "retryInMs" | "retryAfterMs" | "error">,
  ) => {
    const { name, action } = ctx.operation;
    const full: AttemptEvent = {
      operation: name,
      action,
      method: "POST",
      attempt: ctx.attempt,
      outcome,
      status,
      code,
      requestId,
      durationMs: Math.round(now() - started),
      retryInMs: undefined,
      ...more,
    };
    notify(config.onEvent, full);
    notify(ctx.onAttempt, full);
  };
  const clientObserved = config.onEvent !== undefined;

  /** The attempt loop: runs the per-attempt steps until an answer is final; returns it. */
  async function attempts(ctx: Context, settings: CallSettings | undefined): Promise<HttpResponse> {
    const op = ctx.operation;
    const { signal } = ctx;
    const idempotent = settings?.idempotent ?? (op.operationType === "get" || op.idempotencyToken !== null);
    const timeoutMs = settings?.timeoutMs ?? config.timeoutMs;
    const deadlineMs = settings?.deadlineMs ?? config.deadlineMs;
    const deadlineAt = deadlineMs === undefined ? Infinity : now() + deadlineMs;
    let retryCost = 0;
    const observed = clientObserved || ctx.onAttempt !== undefined;

    for (let attempt = 1; ; attempt++) {
      ctx.attempt = attempt;
      if (signal?.aborted) throw new EcsAbortError(op.name, signal.reason);
      const remaining = deadlineAt - now();
      if (remaining <= 0) throw new EcsTimeoutError(op.name, deadlineMs ?? 0, "deadline", attempt - 1);
      ctx.attemptTimeoutMs = Math.min(timeoutMs, remaining);
      const started = observed ? now() : 0;
      let response: HttpResponse | undefined;
      let failure: EcsNetworkError | EcsTimeoutError | undefined;
      try {
        response = await attemptSteps(ctx);
      } catch (error) {
        if (isEcsError(error, "network") || isEcsError(error, "timeout")) failure = error;
        else {
          // Final failures of the exchange itself are reported as attempts too.
          const reported = isEcsError(error) && ["aborted", "too-large", "request", "redirect"].includes(error.kind);
          if (observed && reported && ctx.step === "send") {
            const status = isEcsError(error, "redirect") ? error.status : undefined;
            emit(ctx, started, isEcsError(error, "aborted") ? "aborted" : "error", status);
          }
          throw error;
        }
      }

      ctx.step = "classify";
      // A 2xx whose body is an error body (`Code`, `Message`, not the success shape) is an error.
      const disguised = response && isOk(response) ? errorInSuccess(op, response.body) : undefined;
      if (response && isOk(response) && disguised === undefined) {
        retry.success(retryCost);
        if (observed) {
          const requestId = response.headers.get("x-acs-request-id") ?? undefined;
          emit(ctx, started, "success", response.status, undefined, requestId);
        }
        return response;
      }
      const peeked = disguised ?? (response ? peekError(response) : undefined);
      const outcome: AttemptOutcome = {
        operation: op,
        attempt,
        response,
        code: peeked?.code,
        requestId: peeked?.requestId,
        error: failure,
      };
      let decision = retry.classify(outcome);
      let delay: number | undefined;
      if (decision !== "fail" && isRetrySafe(outcome, idempotent) && attempt < retry.maxAttempts) {
        const wanted = retry.delayMs(outcome, decision);
        const cost = now() + wanted < deadlineAt ? retry.acquire(outcome, decision) : false;
        if (cost !== false) {
          delay = wanted;
          retryCost = cost;
        }
      }
      if (delay === undefined) decision = "fail";
      if (observed) {
        const retryAfterMs = response ? serverDelay(response.headers) : undefined;
        emit(ctx, started, failure ? failure.kind : "error", response?.status, outcome.code, outcome.requestId, {
          decision,
          retryInMs: delay,
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
          error: failure?.kind === "network" ? failure.message : undefined,
        });
      }

      if (delay === undefined) {
        if (response) return response;
        ctx.step = "send";
        throw failure;
      }
      try {
        await sleep(delay, signal);
      } catch (reason) {
        throw new EcsAbortError(op.name, reason);
      }
      ctx.totalRetryDelayMs += delay;
    }
  }

  /** initialize -> validate -> serialize -> the attempts -> deserialize. */
  const callSteps = (ctx: Context, settings: CallSettings | undefined) =>
    through(ctx, "initialize", () => {
      const { regionId, newIdempotencyToken } = config;
      ctx.input = prepareInput(ctx.operation, ctx.input, { regionId, newIdempotencyToken });
      return through(ctx, "validate", () => {
        validateInput(ctx.operation, ctx.input);
        return through(ctx, "serialize", async () => {
          const headers = settings?.headers ? { ...settings.headers } : {};
          ctx.request = toWire(ctx.operation, ctx.input, config.endpoint, headers);
          ctx.response = await attempts(ctx, settings);
          return through(ctx, "deserialize", () => {
            const { credentials } = ctx;
            const mask = credentials ? (text: string) => redactSecrets(text, credentials) : undefined;
            return deserialize(ctx.operation, ctx.response as HttpResponse, ctx.attempt, mask);
          });
        });
      });
    });

  return async function execute(op, input, settings) {
    const ctx: Context = {
      operation: op,
      step: "initialize",
      input: input as Record<string, unknown>,
      request: undefined,
      attempt: 0,
      credentials: undefined,
      signed: undefined,
      response: undefined,
      signal: settings?.signal,
      attemptTimeoutMs: 0,
      totalRetryDelayMs: 0,
      stack: settings?.middleware ?? config.middleware,
      onAttempt: settings?.onAttempt,
      maxResponseBytes: settings?.maxResponseBytes ?? config.maxResponseBytes,
    };
    let output: unknown;
    try {
      output = await callSteps(ctx, settings);
    } catch (error) {
      if (isEcsError(error)) {
        if ((error as EcsError).step === undefined) (error as { step: StepName }).step = ctx.step;
        redactThrown(error, ctx.credentials);
        tagClientToken(error as EcsError, op, ctx.input);
      }
      throw error;
    }
    if (typeof output !== "object" || output === null) return output as Record<string, unknown>;
    const record = output as Record<string, unknown>;
    // A body parsed from JSON never has it; an answer a middleware made up might be frozen.
    const fresh = !Object.hasOwn(record, "$metadata");
    if (ctx.stack === EMPTY_STACK || (Object.isExtensible(record) && fresh)) {
      const response = ctx.response;
      // The header is looked up only when the body names no request id (the usual body does).
      const requestId =
        typeof record.RequestId === "string"
          ? record.RequestId
          : (response?.headers.get("x-acs-request-id") ?? undefined);
      const metadata: ResponseMetadata = {
        requestId,
        attempts: ctx.attempt,
        httpStatus: response?.status ?? 0,
        headers: response?.headers ?? NO_HEADERS,
        totalRetryDelayMs: ctx.totalRetryDelayMs,
      };
      attachMetadata(record, metadata);
    }
    return record;
  };
}

/**
 * Tags an error of an operation that takes an idempotency token with the token the call sent,
 * so that the caller can retry with it and get the first call's result instead of a second one.
 */
function tagClientToken(error: EcsError, op: ClientOperationSpec, input: Record<string, unknown> | undefined): void {
  const token = op.idempotencyToken ? input?.[op.idempotencyToken] : undefined;
  if (typeof token === "string" && error.clientToken === undefined) {
    (error as { clientToken?: string }).clientToken = token;
  }
}

/** Non-enumerable, so JSON, spreading, `Object.keys` and deep equality see the body alone. */
function attachMetadata(record: Record<string, unknown>, metadata: ResponseMetadata): void {
  // One descriptor for every call (defineProperty reads it and keeps no reference to it).
  METADATA_DESCRIPTOR.value = metadata;
  try {
    Object.defineProperty(record, "$metadata", METADATA_DESCRIPTOR);
  } finally {
    METADATA_DESCRIPTOR.value = undefined;
  }
}
const METADATA_DESCRIPTOR: PropertyDescriptor = {
  value: undefined,
  writable: true,
  enumerable: false,
  configurable: true,
};

const NO_HEADERS: HttpHeaders = { get: () => null, forEach: () => undefined };
