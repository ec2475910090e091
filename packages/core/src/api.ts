// The public surface of `@ecs-hpc/core`, shared by its entry points (index.ts for Node,
// index.bun-deno.ts for Bun and Deno, index.universal.ts for browsers and workers), which differ
// only in their side effects.
export { createEcsClient, DEFAULT_MAX_RESPONSE_BYTES, type EcsClient, type EcsClientOptions } from "./client.ts";
export type { ClientOptions } from "./client-core.ts";
export { createEcsBaseClient, type EcsBaseClient } from "./base/client.ts";
export type { OperationSender } from "./call-types.ts";
export {
  createRpcClient,
  type RpcClient,
  type RpcClientOptions,
  type RpcCallOptions,
  type RpcOutput,
  type RpcCall,
  type UnmodelledOperationSpec,
} from "./rpc-client.ts";
export {
  STEPS,
  type StepName,
  type CallStep,
  type AttemptStep,
  type Middleware,
  type CallMiddleware,
  type AttemptMiddleware,
  type RequestContext,
} from "./middleware.ts";
export { logAttempts, type Logger, type LogLevel } from "./logger.ts";
export type { AttemptEvent, ResponseMetadata } from "./pipeline.ts";
export { standardClassify, mayHaveCommitted, type AttemptOutcome, type RetryDecision } from "./steps/classify.ts";
export {
  fromEnv,
  type Credentials,
  type CredentialsProvider,
  ENV_ACCESS_KEY_ID,
  ENV_ACCESS_KEY_SECRET,
  ENV_SECURITY_TOKEN,
} from "./credentials.ts";
export { resolveEndpoint } from "./endpoint.ts";
export * from "./errors.ts";
// The parameter codec (checkParam, validateParams, encodeParams, decodeParams) is at
// `@ecs-hpc/core/params`, for the mock: a program that calls the API never needs it by name.
export type { Violation, ParamValue, DecodedParams } from "./params.ts";
export {
  RETRY_DEFAULTS,
  standardRetry,
  type RetryOptions,
  type StandardRetryOptions,
  type RetryStrategy,
  type FailureKind as RetryFailureKind,
} from "./steps/retry.ts";
export { fetchHandler } from "./http/fetch-handler.ts";
export { nodeHttpHandler, type NodeHttpHandlerOptions } from "./http/node-handler.ts";
export {
  HttpResponseTooLargeError,
  HttpTimeoutError,
  type HttpHandler,
  type HttpRequest,
  type HttpResponse,
  type HttpHeaders,
} from "./http/types.ts";
export { signatureV3, type RequestSigner, type SignatureVersion } from "./steps/sign.ts";
export { signatureV1 } from "./steps/sign-v1-wire.ts";
export type * from "./operation-spec.ts";
export type { OperationInput, OperationOutput, CallOptions } from "./operation-types.ts";
export type { EcsOperationMethods } from "./generated/methods.ts";
export {
  operations,
  clientOperations,
  endpoints,
  apiVersion,
  type OperationName,
  type ErrorCodeOf,
  type PaginatedOperationName,
  type Operations,
  type ClientOperations,
} from "./generated/operations.ts";
export type { paths, components } from "./generated/schema.ts";
// Every operation module (`DescribeHpcClusters`, `describeHpcClusters`, `DescribeHpcClustersInput`, ...).
export * from "./generated/operations/index.ts";
