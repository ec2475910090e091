// The public surface of `@ecs-hpc/core/client`, shared by its entry points (index.ts for Node,
// index.bun-deno.ts for Bun and Deno, index.universal.ts for browsers and workers). Nothing here depends on the
// number of operations in the spec: it type-checks and bundles the same for 4 operations or 1,000.
export {
  createEcsBaseClient,
  DEFAULT_MAX_RESPONSE_BYTES,
  type EcsBaseClient,
  type EcsClientOptions,
} from "./client.ts";
export type { CallOptions, OperationSender } from "../call-types.ts";
export type * from "../generated/operation-spec.ts";
export {
  fromEnv,
  type Credentials,
  type CredentialsProvider,
  ENV_ACCESS_KEY_ID,
  ENV_ACCESS_KEY_SECRET,
  ENV_SECURITY_TOKEN,
} from "../credentials.ts";
export { resolveEndpoint } from "../endpoint.ts";
export * from "../errors.ts";
export { RETRY_DEFAULTS, type RetryOptions, type FailureKind as RetryFailureKind } from "../steps/retry.ts";
export type { AttemptEvent } from "../pipeline.ts";
export { fetchHandler } from "../http/fetch-handler.ts";
export { nodeHttpHandler, type NodeHttpHandlerOptions } from "../http/node-handler.ts";
export {
  HttpResponseTooLargeError,
  HttpTimeoutError,
  type HttpHandler,
  type HttpRequest,
  type HttpResponse,
  type HttpHeaders,
} from "../http/types.ts";
export { signatureV3, type RequestSigner, type SignatureVersion } from "../steps/sign.ts";
export { signatureV1 } from "../steps/sign-v1-wire.ts";
export { logAttempts, type Logger, type LogLevel } from "../logger.ts";
