// One request per outcome the mock can produce for DescribeHpcClusters: successes in every wire
// form, and every documented error code (plus the undocumented IdempotentParameterMismatch).
// Shared by the error-code test and the schema test, so every answer is checked against the spec.
import { mockCredentials, type HpcHandlersOptions } from "../../src/index.ts";
import { ACTION, call, v1, v3, type Answer } from "./wire.ts";

export interface Scenario {
  readonly name: string;
  /** The expected error code, or null for a success. */
  readonly code: string | null;
  /** Handler options for this scenario (e.g. faults); the test prepends such handlers. */
  readonly handlers?: Omit<HpcHandlersOptions, "store">;
  readonly run: () => Promise<Answer>;
}

const ids = (n: number): string => JSON.stringify(Array.from({ length: n }, (_, i) => `hpc-bp1${String(i).padStart(17, "0")}`));
const minutes = (n: number): Date => new Date(Date.now() + n * 60_000);
const sts = { accessKeyId: "STS.MockTemporaryKey0001", accessKeySecret: "MockStsSecret000000000000000000", securityToken: "CAIS-mock-security-token" };

export const scenarios: readonly Scenario[] = [
  { name: "V3, POST, parameters in the query", code: null, run: () => call(v3()) },
  { name: "V3, GET", code: null, run: () => call(v3({ method: "GET" })) },
  { name: "V3, POST, parameters in a form body", code: null, run: () => call(v3({ placement: "form", params: { RegionId: "cn-hangzhou", PageSize: "3" } })) },
  { name: "V1, GET", code: null, run: () => call(v1()) },
  { name: "V1, POST, parameters in a form body", code: null, run: () => call(v1({ method: "POST", placement: "form" })) },
  { name: "V3 with an STS token", code: null, handlers: { credentials: [sts] }, run: () => call(v3({ credential: sts })) },
  { name: "V1 with an STS token", code: null, handlers: { credentials: [sts] }, run: () => call(v1({ credential: sts })) },
  { name: "every parameter", code: null, run: () => call(v3({ params: { RegionId: "cn-hangzhou", ClientToken: "123e4567-e89b-12d3-a456-426655440000", HpcClusterIds: '["hpc-x"]', PageNumber: "1", PageSize: "100", OwnerId: "1", OwnerAccount: "a", ResourceOwnerId: "2", ResourceOwnerAccount: "b" } })) },
  { name: "a page past the end", code: null, run: () => call(v3({ params: { RegionId: "cn-hangzhou", PageNumber: "99" } })) },
  { name: "a served region without clusters", code: null, run: () => call(v3({ params: { RegionId: "eu-central-1" } })) },

  { name: "RegionId not served", code: "InvalidRegionId.NotFound", run: () => call(v3({ params: { RegionId: "cn-atlantis-1" } })) },
  { name: "RegionId malformed", code: "InvalidRegionId.NotFound", run: () => call(v3({ params: { RegionId: "CN_HANGZHOU" } })) },
  { name: "RegionId absent", code: "MissingParameter.RegionId", run: () => call(v3({ params: {} })) },
  { name: "RegionId empty", code: "MissingParameter.RegionId", run: () => call(v1({ params: { RegionId: "" } })) },
  { name: "HpcClusterIds is []", code: "MissingParameter.HpcClusterId", run: () => call(v3({ params: { RegionId: "cn-hangzhou", HpcClusterIds: "[]" } })) },
  { name: "101 HpcClusterIds", code: "InvalidHpcClusterIds.ExceedLimit", run: () => call(v3({ params: { RegionId: "cn-hangzhou", HpcClusterIds: ids(101) } })) },
  { name: "HpcClusterIds comma-separated", code: "InvalidHpcClusterIds.Malformed", run: () => call(v3({ params: { RegionId: "cn-hangzhou", HpcClusterIds: "hpc-a,hpc-b" } })) },
  { name: "HpcClusterIds an object", code: "InvalidHpcClusterIds.Malformed", run: () => call(v3({ params: { RegionId: "cn-hangzhou", HpcClusterIds: '{"id":"hpc-a"}' } })) },
  { name: "HpcClusterIds of numbers", code: "InvalidHpcClusterIds.Malformed", run: () => call(v3({ params: { RegionId: "cn-hangzhou", HpcClusterIds: "[1,2]" } })) },
  { name: "HpcClusterIds with an empty id", code: "InvalidHpcClusterIds.Malformed", run: () => call(v3({ params: { RegionId: "cn-hangzhou", HpcClusterIds: '["hpc-a",""]' } })) },
  { name: "PageSize 0", code: "Invalid.Parameter", run: () => call(v3({ params: { RegionId: "cn-hangzhou", PageSize: "0" } })) },
  { name: "PageSize 101", code: "Invalid.Parameter", run: () => call(v3({ params: { RegionId: "cn-hangzhou", PageSize: "101" } })) },
  { name: "PageNumber 0", code: "Invalid.Parameter", run: () => call(v3({ params: { RegionId: "cn-hangzhou", PageNumber: "0" } })) },
  { name: "PageNumber not a number", code: "Invalid.Parameter", run: () => call(v1({ params: { RegionId: "cn-hangzhou", PageNumber: "two" } })) },
  { name: "PageSize fractional", code: "Invalid.Parameter", run: () => call(v3({ params: { RegionId: "cn-hangzhou", PageSize: "2.5" } })) },
  { name: "ClientToken of 65 characters", code: "Invalid.Parameter", run: () => call(v3({ params: { RegionId: "cn-hangzhou", ClientToken: "t".repeat(65) } })) },
  { name: "ClientToken not ASCII", code: "Invalid.Parameter", run: () => call(v3({ params: { RegionId: "cn-hangzhou", ClientToken: "jeton-é" } })) },

  { name: "injected throttling", code: "Throttling.User", handlers: { faults: { throttleRate: 1 } }, run: () => call(v3()) },
  { name: "injected unavailability", code: "ServiceUnavailable", handlers: { faults: { unavailableRate: 1 } }, run: () => call(v3()) },
  { name: "injected internal error", code: "InternalError", handlers: { faults: { internalErrorRate: 1 } }, run: () => call(v3()) },

  { name: "wrong secret", code: "SignatureDoesNotMatch", run: () => call(v3({ credential: { ...mockCredentials, accessKeySecret: "not-the-secret" } })) },
  { name: "V1 wrong secret", code: "SignatureDoesNotMatch", run: () => call(v1({ credential: { ...mockCredentials, accessKeySecret: "not-the-secret" } })) },
  {
    name: "no Authorization header",
    code: "IncompleteSignature",
    run: () => {
      const wire = v3();
      delete wire.headers.authorization;
      return call(wire);
    },
  },
  {
    name: "a reused nonce",
    code: "SignatureNonceUsed",
    run: async () => {
      const wire = v3();
      const first = await call(wire);
      if (first.status !== 200) throw new Error(`first use answered ${first.status}`);
      return call(wire);
    },
  },
  { name: "a date 16 minutes old", code: "InvalidTimeStamp.Expired", run: () => call(v3({ date: minutes(-16) })) },
  { name: "V1 timestamp 16 minutes ahead", code: "InvalidTimeStamp.Expired", run: () => call(v1({ date: minutes(16) })) },
  { name: "STS key without its token", code: "InvalidSecurityToken.Mismatch", handlers: { credentials: [sts] }, run: () => call(v3({ credential: { accessKeyId: sts.accessKeyId, accessKeySecret: sts.accessKeySecret } })) },
  { name: "V1 STS key with another token", code: "InvalidSecurityToken.Mismatch", handlers: { credentials: [sts] }, run: () => call(v1({ credential: { ...sts, securityToken: "CAIS-another-token" } })) },
  { name: "unknown access key", code: "InvalidAccessKeyId.NotFound", run: () => call(v3({ credential: { accessKeyId: "LTAI5tNoSuchKey000000000", accessKeySecret: "x" } })) },
  { name: "unknown action", code: "InvalidAction.NotFound", run: () => call(v3({ action: "DescribeHpcClusterz" })) },
  { name: "V1 unknown action", code: "InvalidAction.NotFound", run: () => call(v1({ action: "RunInstances" })) },
  { name: "unknown version", code: "InvalidVersion", run: () => call(v3({ version: "2016-03-14" })) },
  { name: "V1 without a version", code: "InvalidVersion", run: () => call(v1({ version: "" })) },
  {
    name: "a ClientToken reused with other parameters",
    code: "IdempotentParameterMismatch",
    run: async () => {
      const token = `token-${Math.random()}`;
      const first = await call(v3({ params: { RegionId: "cn-hangzhou", ClientToken: token, PageSize: "5" } }));
      if (first.status !== 200) throw new Error(`first use answered ${first.status}`);
      return call(v3({ params: { RegionId: "cn-hangzhou", ClientToken: token, PageSize: "6" } }));
    },
  },
];

export { ACTION };
