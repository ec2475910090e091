/**
 * `@ecs-hpc/core`: a typed, signed client for the Alibaba Cloud ECS HPC-cluster API.
 *
 * ```ts
 * const ecs = createEcsClient({ regionId: "cn-hangzhou" });
 * const page = await ecs.describeHpcClusters({ PageSize: 50 });
 * ```
 */
export { createEcsClient, type EcsClient, type EcsClientOptions } from "./client.ts";
export { fromEnv, type Credentials, type CredentialsProvider, ENV_ACCESS_KEY_ID, ENV_ACCESS_KEY_SECRET, ENV_SECURITY_TOKEN } from "./credentials.ts";
export { resolveEndpoint } from "./endpoint.ts";
export * from "./errors.ts";
export { checkParam, validateParams, encodeParams, decodeParams, type Violation, type ParamValue, type DecodedParams } from "./params.ts";
export { RETRY_DEFAULTS, type RetryOptions } from "./steps/retry.ts";
export type { AttemptEvent } from "./steps/transport.ts";
export type { SignatureVersion } from "./steps/sign.ts";
export type * from "./operation-spec.ts";
export type { OperationInput, OperationOutput, CallOptions } from "./operation-types.ts";
export type { EcsOperationMethods } from "./generated/methods.ts";
export { operations, endpoints, apiVersion, type OperationName, type ErrorCodeOf, type PaginatedOperationName, type Operations, type DescribeHpcClustersErrorCode } from "./generated/operations.ts";
export type { paths, components } from "./generated/schema.ts";
