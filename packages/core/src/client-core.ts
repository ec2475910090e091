// What every client built on the pipeline shares (createEcsClient, createRpcClient): its
// options, checked once, turned into the pipeline's configuration, and the per-call settings.
import { toCredentialsProvider, type Credentials, type CredentialsProvider } from "./credentials.ts";
import { EcsAbortError } from "./errors.ts";
import { defaultHttpHandler } from "./http/default-handler.ts";
import type { HttpHandler } from "./http/types.ts";
import { middlewareStack, type Middleware, type MiddlewareStack } from "./middleware.ts";
import type { ClientOperationSpec } from "./operation-spec.ts";
import type { CallOptions } from "./call-types.ts";
import { checkHeaders, checkMaxResponseBytes, checkRetry, checkTimeouts } from "./options-check.ts";
import { createPipeline, type AttemptEvent, type CallSettings } from "./pipeline.ts";
import { isRetryStrategy, standardRetry, type RetryOptions, type RetryStrategy } from "./steps/retry.ts";
import { randomHex, randomUuid } from "./random.ts";
import { parseEndpoint } from "./steps/serialize.ts";
import { signatureV3, type RequestSigner, type SignatureVersion } from "./steps/sign.ts";

/** The options every client takes (see the core README for defaults). */
export interface ClientOptions {
  /**
   * Static credentials or a provider called before every attempt. Default for `createEcsClient`:
   * on Node, Bun and Deno the default chain of `@ecs-hpc/credentials` when that package is
   * installed; elsewhere, or without it (and always for `createRpcClient`), the `ALIBABA_CLOUD_*`
   * environment variables.
   */
  readonly credentials?: Credentials | CredentialsProvider;
  /** How each attempt is signed: `signatureV3` (ACS3-HMAC-SHA256, default) or `signatureV1` (HMAC-SHA1). */
  readonly signer?: RequestSigner;
  /**
   * Sends every request: `nodeHttpHandler({ httpsAgent })`, `fetchHandler(f)` (a proxy-aware
   * fetch, msw in a browser, a test double) or your own. Default: node:http with keep-alive on
   * Node, the global `fetch` elsewhere.
   */
  readonly requestHandler?: HttpHandler;
  /** Retry options for `standardRetry()`, your own RetryStrategy, or `false` for a single attempt. */
  readonly retry?: RetryOptions | RetryStrategy | false;
  /** Per-attempt timeout. Default 10 000 ms. */
  readonly timeoutMs?: number;
  /** Overall deadline of a call, all attempts and delays included. Default 60 000 ms. */
  readonly deadlineMs?: number;
  /**
   * Bound on a response body, as read and once decoded (gzip, deflate, br); past it reading stops
   * and the call fails with `EcsResponseTooLargeError`. Default 8 MiB (`DEFAULT_MAX_RESPONSE_BYTES`);
   * `Infinity` for none.
   */
  readonly maxResponseBytes?: number;
  /** Middleware run on every call of this client, attached to named steps. */
  readonly middleware?: readonly Middleware[];
  /**
   * Called after every attempt (observability); events never carry credentials. `logAttempts(logger,
   * level)` makes one that logs a line per attempt.
   */
  readonly onEvent?: (event: AttemptEvent) => void;
  /** The signing date. Default: `new Date()`. */
  readonly clock?: () => Date;
  /** The signature nonce. Default: 32 random hex characters. */
  readonly nonce?: () => string;
  /** Idempotency tokens for operations that take one. Default: a random UUID. */
  readonly idempotencyToken?: () => string;
  /** Random numbers in [0, 1) for backoff jitter of the standard strategy. Default: `Math.random`. */
  readonly random?: () => number;
}

export interface ClientCore {
  readonly signatureVersion: SignatureVersion;
  readonly retry: RetryStrategy;
  /** Runs one call through the pipeline, checking the per-call options first. */
  run(
    op: ClientOperationSpec,
    input: unknown,
    callOptions: CallOptions | undefined,
    extra?: Pick<CallSettings, "idempotent">,
  ): Promise<Record<string, unknown>>;
}

/**
 * The default `maxResponseBytes`: 8 MiB. A page of 100 HPC clusters is tens of kB and the
 * largest ECS listing pages (100 instances with every attribute) about 1-2 MB, so this leaves
 * room for the whole API while a hostile or broken peer costs a small container at most this
 * per call in flight (about twice as much while it is a string).
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

export function createClientCore(
  where: string,
  options: ClientOptions,
  endpoint: string,
  regionId: string | undefined,
): ClientCore {
  const signer = options.signer ?? signatureV3;
  const signatureVersion = signer?.version;
  if (typeof signer?.sign !== "function" || (signatureVersion !== "v3" && signatureVersion !== "v1")) {
    throw new TypeError(`${where}: signer must be signatureV3 or signatureV1`);
  }
  checkTimeouts(where, options);
  checkMaxResponseBytes(where, options.maxResponseBytes);
  const retry = isRetryStrategy(options.retry) ? options.retry : standardRetry(retryOptions(where, options));
  if (!Number.isInteger(retry.maxAttempts) || retry.maxAttempts < 1) {
    throw new TypeError(`${where}: a retry strategy's maxAttempts must be a whole number, at least 1`);
  }
  const middleware = middlewareStack(where, options.middleware);
  const execute = createPipeline({
    handler: options.requestHandler ?? defaultHttpHandler(),
    credentials: toCredentialsProvider(options.credentials),
    signer,
    endpoint: parseEndpoint(endpoint),
    regionId,
    newIdempotencyToken: options.idempotencyToken ?? randomUuid,
    clock: options.clock ?? (() => new Date()),
    nonce: options.nonce ?? randomHex,
    retry,
    timeoutMs: options.timeoutMs ?? 10_000,
    deadlineMs: options.deadlineMs ?? 60_000,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    onEvent: options.onEvent,
    middleware,
  });

  const callSettings = callSettingsFor(middleware);
  return {
    signatureVersion,
    retry,
    run(op, input, callOptions, extra) {
      if (!callOptions) return execute(op, input, extra);
      let settings: CallSettings;
      try {
        settings = callSettings(op, callOptions, extra);
      } catch (error) {
        return Promise.reject(error);
      }
      return execute(op, input, settings);
    },
  };
}

function callSettingsFor(middleware: MiddlewareStack) {
  type Extra = Pick<CallSettings, "idempotent"> | undefined;
  return (op: ClientOperationSpec, callOptions: CallOptions, extra: Extra): CallSettings => {
    checkTimeouts(op.method, callOptions);
    checkMaxResponseBytes(op.method, callOptions.maxResponseBytes);
    checkHeaders(op.method, callOptions.headers);
    if (callOptions.onAttempt !== undefined && typeof callOptions.onAttempt !== "function") {
      throw new TypeError(`${op.method}: onAttempt must be a function`);
    }
    if (callOptions.signal?.aborted) throw new EcsAbortError(op.name, callOptions.signal.reason);
    let headers: Record<string, string> | undefined;
    if (callOptions.headers) {
      headers = {};
      for (const key of Object.keys(callOptions.headers)) headers[key.toLowerCase()] = callOptions.headers[key]!;
    }
    return {
      signal: callOptions.signal,
      timeoutMs: callOptions.timeoutMs,
      deadlineMs: callOptions.deadlineMs,
      headers,
      middleware: callOptions.middleware ? middlewareStack(op.method, callOptions.middleware, middleware) : undefined,
      idempotent: extra?.idempotent,
      onAttempt: callOptions.onAttempt,
      maxResponseBytes: callOptions.maxResponseBytes,
    };
  };
}

function retryOptions(where: string, options: ClientOptions): RetryOptions & { random?: () => number } {
  const retry = options.retry as RetryOptions | false | undefined;
  checkRetry(where, retry);
  const base = retry === false ? { maxAttempts: 1 } : { ...retry };
  return options.random ? { ...base, random: options.random } : base;
}
