// createEcsClient: an openapi-fetch client whose middleware turns a typed call on a pseudo-path
// into a signed ECS RPC request, plus one generated method per operation of the spec.
//
//   method(input)          -> prepare -> validate -> rpc -> transport -> parse -> output | typed error
//   raw.POST(pseudo-path)  -> openapi-fetch -> middleware [prepare -> validate] -> rpc -> transport
//   transport: [credentials -> sign -> send (HTTP handler) -> retry?]* per attempt
//
// The generated methods run the same steps as the openapi-fetch middleware but skip
// openapi-fetch's own Request round trip: measured, it cost about 30% of a call's throughput
// (decisions/0005-methods-skip-openapi-fetch.md). `raw` stays the typed openapi-fetch client.
import createClient, { type Client } from "openapi-fetch";
import { toCredentialsProvider, type Credentials, type CredentialsProvider } from "./credentials.ts";
import { normaliseEndpoint, resolveEndpoint } from "./endpoint.ts";
import { readEnv } from "./env.ts";
import { EcsAbortError, EcsError } from "./errors.ts";
import { checkHeaders, checkMaxResponseBytes, checkRetry, checkTimeouts } from "./options-check.ts";
import { redactSecrets, redactThrown } from "./redact.ts";
import type { EcsOperationMethods } from "./generated/methods.ts";
import { clientOperations } from "./generated/client-operations.ts";
import type { OperationName } from "./generated/operations.ts";
import type { paths } from "./generated/schema.ts";
import { defaultHttpHandler } from "./http/default-handler.ts";
import { fetchHandler } from "./http/fetch-handler.ts";
import type { HttpHandler, HttpResponse } from "./http/types.ts";
import type { ClientOperationSpec } from "./operation-spec.ts";
import type { CallOptions, OperationInput, OperationOutput } from "./operation-types.ts";
import { randomHex, randomUuid } from "./random.ts";
import { checkRuntime } from "./runtime-check.ts";
import { prepareInput } from "./steps/prepare-input.ts";
import { RETRY_DEFAULTS, RetryBudget, retryCostOf, type FailureKind, type RetryOptions } from "./steps/retry.ts";
import { operationForPath, parseEndpoint, serializeQuery, toWire, wireFromRequest } from "./steps/rpc.ts";
import type { SignatureVersion } from "./steps/sign.ts";
import { createTransport, type AttemptEvent, type CallContext } from "./steps/transport.ts";
import { validateInput } from "./steps/validate.ts";
import { parseResponse } from "./steps/parse-response.ts";

export interface EcsClientOptions {
  /**
   * The region; picks the endpoint and is the default `RegionId` of every call. Default:
   * `ALIBABA_CLOUD_REGION_ID`, then (Node entry, with `@ecs-hpc/credentials`) the selected aliyun
   * CLI profile's `region_id`.
   */
  readonly regionId?: string;
  /**
   * Static credentials or a provider called before every attempt. Default: on Node, Bun and Deno
   * the default chain of `@ecs-hpc/credentials` (environment, OIDC, CLI profile, credentials
   * file, ECS RAM role, credentials URI) when that package is installed; elsewhere, or without
   * it, the `ALIBABA_CLOUD_*` environment variables.
   */
  readonly credentials?: Credentials | CredentialsProvider;
  /** A full endpoint URL (`http://127.0.0.1:8080`) or host; wins over the region's endpoint. */
  readonly endpoint?: string;
  /** `v3` (ACS3-HMAC-SHA256, default) or `v1` (HMAC-SHA1). */
  readonly signatureVersion?: SignatureVersion;
  /**
   * Sends every request through this fetch (msw in a browser, a proxy-aware fetch, a test double).
   * Default: node:http with keep-alive on Node, the global `fetch` elsewhere.
   */
  readonly fetch?: typeof fetch;
  /** Sends every request (wins over `fetch`): `nodeHttpHandler({ httpsAgent })`, `fetchHandler(f)` or your own. */
  readonly requestHandler?: HttpHandler;
  /** Retries (see the README for defaults), or `false` for a single attempt. */
  readonly retry?: RetryOptions | false;
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
  /** Called after every attempt (observability); events never carry credentials. */
  readonly onEvent?: (event: AttemptEvent) => void;
  /** The signing date. Default: `new Date()`. */
  readonly clock?: () => Date;
  /** The signature nonce. Default: 32 random hex characters. */
  readonly nonce?: () => string;
  /** Idempotency tokens for operations that take one. Default: a random UUID. */
  readonly idempotencyToken?: () => string;
  /** Random numbers in [0, 1) for backoff jitter. Default: `Math.random`. */
  readonly random?: () => number;
}

export interface EcsClient extends EcsOperationMethods {
  /** The region calls default to, if any. */
  readonly regionId: string | undefined;
  /** The endpoint every request goes to. */
  readonly endpoint: string;
  readonly signatureVersion: SignatureVersion;
  /** The typed openapi-fetch client underneath, with the same middleware (pseudo-paths, e.g. `/DescribeHpcClusters`). */
  readonly raw: Client<paths>;
  /** Tokens left in the shared retry budget. */
  readonly retryTokens: number;
  /**
   * Spends the shared retry budget on one retry made on top of the client's own (a paginator
   * retrying a page whose call failed): what a client retry of that kind costs. `false` when the
   * budget cannot pay for it: do not retry.
   */
  tryAcquireRetry(kind: FailureKind): boolean;
  /** Calls any operation by name; the generated methods are shorthands for this. */
  call<Op extends OperationName>(operation: Op, input: OperationInput<Op>, options?: CallOptions): Promise<OperationOutput<Op>>;
}

const specs: Readonly<Record<string, ClientOperationSpec>> = clientOperations;

/**
 * The default `maxResponseBytes`: 8 MiB. A page of 100 HPC clusters is tens of kB and the
 * largest ECS listing pages (100 instances with every attribute) about 1-2 MB, so this leaves
 * room for the whole API while a hostile or broken peer costs a small container at most this
 * per call in flight (about twice as much while it is a string).
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

export function createEcsClient(options: EcsClientOptions = {}): EcsClient {
  checkRuntime();
  const regionId = options.regionId ?? readEnv("ALIBABA_CLOUD_REGION_ID");
  if (!options.endpoint && !regionId) throw new TypeError("createEcsClient: pass regionId (or set ALIBABA_CLOUD_REGION_ID) or endpoint");
  const endpoint = options.endpoint ? normaliseEndpoint(options.endpoint) : resolveEndpoint(regionId as string);
  const signatureVersion = options.signatureVersion ?? "v3";
  if (signatureVersion !== "v3" && signatureVersion !== "v1") throw new TypeError(`createEcsClient: signatureVersion must be "v3" or "v1"`);
  checkTimeouts("createEcsClient", options);
  checkMaxResponseBytes("createEcsClient", options.maxResponseBytes);
  checkRetry("createEcsClient", options.retry);
  const retry = options.retry === false ? { ...RETRY_DEFAULTS, maxAttempts: 1 } : { ...RETRY_DEFAULTS, ...options.retry };
  const budget = new RetryBudget(retry.budget);
  const newToken = options.idempotencyToken ?? randomUuid;

  const transport = createTransport({
    handler: options.requestHandler ?? (options.fetch ? fetchHandler(options.fetch) : defaultHttpHandler()),
    credentials: toCredentialsProvider(options.credentials),
    signatureVersion,
    clock: options.clock ?? (() => new Date()),
    nonce: options.nonce ?? randomHex,
    random: options.random ?? Math.random,
    retry,
    budget,
    timeoutMs: options.timeoutMs ?? 10_000,
    deadlineMs: options.deadlineMs ?? 60_000,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    onEvent: options.onEvent,
  });

  const target = parseEndpoint(endpoint);
  const contextFor = (signal: AbortSignal | undefined, callOptions?: CallOptions): CallContext => ({
    signal,
    timeoutMs: callOptions?.timeoutMs,
    deadlineMs: callOptions?.deadlineMs,
    onAttempt: callOptions?.onAttempt,
    maxResponseBytes: callOptions?.maxResponseBytes,
    attempts: 0,
  });

  // Steps 1 and 2, shared by the methods and the openapi-fetch middleware.
  const prepare = (op: ClientOperationSpec, input: unknown): Record<string, unknown> => {
    const ready = prepareInput(op, input as Record<string, unknown> | undefined, { regionId, newIdempotencyToken: newToken });
    validateInput(op, ready);
    return ready;
  };

  // The openapi-fetch client: pseudo-paths, typed params. Its middleware prepares and validates
  // raw calls; its fetch hands the request, in wire form, to the transport. Built on first use:
  // creating it touches the global Request, which makes Node load its whole fetch stack (undici,
  // ~30 ms of a cold start) that the generated methods never need.
  let raw: Client<paths> | undefined;
  const buildRaw = (): Client<paths> => {
    const built = createClient<paths>({
      baseUrl: endpoint,
      querySerializer: serializeQuery,
      fetch: async (request: Request) => {
        const ctx = contextFor(request.signal);
        try {
          return toFetchResponse(await transport(wireFromRequest(request, target, specs), ctx));
        } catch (error) {
          throw redactThrown(error, ctx.credentials);
        }
      },
    });
    built.use({
      onRequest({ request, schemaPath, params }) {
        const op = operationForPath(specs, schemaPath);
        if (!op) return undefined;
        const ready = prepare(op, params.query);
        return new Request(`${endpoint}${op.path}?${serializeQuery(ready)}`, request);
      },
    });
    return built;
  };

  async function call(name: string, input: unknown, callOptions?: CallOptions): Promise<unknown> {
    // Own keys only: `toString` or `constructor` are not operations.
    const op = typeof name === "string" && Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!op) throw new TypeError(`unknown operation ${JSON.stringify(name) ?? String(name)}`);
    if (callOptions) {
      checkTimeouts(op.method, callOptions);
      checkMaxResponseBytes(op.method, callOptions.maxResponseBytes);
      checkHeaders(op.method, callOptions.headers);
    }
    if (callOptions?.signal?.aborted) throw new EcsAbortError(op.name, callOptions.signal.reason);
    if (callOptions?.onAttempt !== undefined && typeof callOptions.onAttempt !== "function") {
      throw new TypeError(`${op.method}: onAttempt must be a function`);
    }
    const ready = prepareInput(op, input as Record<string, unknown> | undefined, { regionId, newIdempotencyToken: newToken });
    const ctx = contextFor(callOptions?.signal, callOptions);
    try {
      validateInput(op, ready);
      const headers: Record<string, string> = {};
      if (callOptions?.headers) {
        for (const key of Object.keys(callOptions.headers)) headers[key.toLowerCase()] = callOptions.headers[key]!;
      }
      const response = await transport(toWire(op, ready, target, headers), ctx);
      const mask = (text: string) => (ctx.credentials ? redactSecrets(text, ctx.credentials) : text);
      return parseResponse(op, response, ctx.attempts || 1, mask);
    } catch (error) {
      throw withClientToken(redactThrown(error, ctx.credentials), op, ready);
    }
  }

  const client = {
    regionId,
    endpoint,
    signatureVersion,
    get retryTokens() {
      return budget.available;
    },
    tryAcquireRetry: (kind: FailureKind) => budget.tryAcquire(retryCostOf(kind, retry)),
    call,
    toJSON: () => ({ regionId, endpoint, signatureVersion }),
    [Symbol.for("nodejs.util.inspect.custom")]: () => `EcsClient { regionId: ${JSON.stringify(regionId)}, endpoint: ${JSON.stringify(endpoint)}, signatureVersion: ${JSON.stringify(signatureVersion)} }`,
  } as Record<string | symbol, unknown>;
  Object.defineProperty(client, "raw", { get: () => (raw ??= buildRaw()), enumerable: false });
  for (const op of Object.values(specs)) {
    Object.defineProperty(client, op.method, { value: (input: unknown, callOptions?: CallOptions) => call(op.name, input, callOptions), enumerable: false });
  }
  return client as unknown as EcsClient;
}

/** Tags an error of an operation that takes an idempotency token with the token the call sent. */
function withClientToken(error: unknown, op: ClientOperationSpec, input: Record<string, unknown>): unknown {
  const token = op.idempotencyToken ? input[op.idempotencyToken] : undefined;
  if (typeof token === "string" && error instanceof EcsError && error.clientToken === undefined) {
    Object.defineProperty(error, "clientToken", { value: token, enumerable: true });
  }
  return error;
}

/** The answer as the `Response` openapi-fetch expects (only on the `raw` path). */
function toFetchResponse(response: HttpResponse): Response {
  const headers = new Headers();
  response.headers.forEach((value, name) => headers.append(name, value));
  return new Response(response.status === 204 || response.status === 304 ? null : response.body, { status: response.status, headers });
}
