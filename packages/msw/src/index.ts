// The public surface of @ecs-hpc/msw. The standalone HTTP server is `@ecs-hpc/msw/server`; the
// mock's building blocks (behaviour registry, fault plan, error table lookup) are
// `@ecs-hpc/msw/internal`, outside the semver promise.
export { createHpcHandlers, type HpcHandlersOptions } from "./handlers.ts";
export { createHpcService, type HpcService, type HpcServiceOptions } from "./service.ts";
export {
  createHpcStore,
  isHpcStore,
  DEFAULT_REGION,
  DEFAULT_SEED,
  DEFAULT_CLUSTER_COUNT,
  DEFAULT_RETENTION,
  OTHER_ACTIONS,
  type HpcStore,
  type HpcStoreOptions,
  type HpcStoreStats,
  type HpcRetention,
  type StoredHpcCluster,
  type HpcCluster,
  type HpcClusterInit,
} from "./store.ts";
export { DEFAULT_MAX_REQUEST_BYTES, TRANSPORT_REFUSALS } from "./transport-refusals.ts";
export {
  hpcError,
  hpcFault,
  ANY_ACTION,
  type ActionName,
  type OverrideOptions,
  type HpcErrorOptions,
  type HpcFaultKind,
  type HpcFaultOptions,
} from "./overrides.ts";
export { FAULT_ERROR_CODES, DEFAULT_RETRY_AFTER_MS, type FaultOptions, type FaultKind } from "./faults.ts";
export { mockCredentials } from "./credentials.ts";
export { SIGNATURE_WINDOW_MS, type MockCredential, type SignatureErrorCode } from "./verify-signature.ts";
export { IDEMPOTENT_PARAMETER_MISMATCH, type OperationTable, type ServiceErrorBody } from "./errors.ts";
export { SERVICE_HOSTS, type EndpointMatchOptions } from "./match-endpoint.ts";
export type { ExpiringMapStats } from "./expiring-map.ts";
export type { Seed } from "./random.ts";
export type { IdempotencyRegistry, IdempotencyLookup, CommittedResult } from "./idempotency.ts";
export type { NonceRegistry } from "./nonces.ts";
export {
  createCredentialIssuer,
  type CredentialIssuer,
  type CredentialIssuerOptions,
  type IssuedCredential,
} from "./issuer.ts";
export { createStsHandlers, STS_VERSION, type StsHandlersOptions } from "./sts.ts";
export { createImdsHandlers, IMDS_TOKEN_HEADER, IMDS_TOKEN_TTL_HEADER, type ImdsHandlersOptions } from "./imds.ts";
