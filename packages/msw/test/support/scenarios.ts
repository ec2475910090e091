// One request per outcome the mock can produce for each operation: successes in every wire form,
// and every documented error code (validation, behaviour, ClientToken, signatures, routing,
// faults). Shared by the error-code test and the schema test, so every answer is checked
// against the spec: its code, status and message, and its body against the response schema.
import type { OperationName } from "@ecs-hpc/core";
import { mockCredentials, type HpcHandlersOptions, type HpcStore } from "../../src/index.ts";
import { call, v1, v3, type Answer } from "./wire.ts";

interface ScenarioContext {
  /** The store the mock serves, in its seed state (25 clusters in cn-hangzhou). */
  readonly store: HpcStore;
}

export interface Scenario {
  readonly name: string;
  /** The expected error code, or null for a success. */
  readonly code: string | null;
  /** Handler options for this scenario (e.g. faults); the test prepends such handlers. */
  readonly handlers?: Omit<HpcHandlersOptions, "store">;
  readonly run: (context: ScenarioContext) => Promise<Answer>;
}

type Params = Record<string, string>;

const ids = (n: number): string =>
  JSON.stringify(Array.from({ length: n }, (_, i) => `hpc-bp1${String(i).padStart(17, "0")}`));
const minutes = (n: number): Date => new Date(Date.now() + n * 60_000);
const sts = {
  accessKeyId: "STS.MockTemporaryKey0001",
  accessKeySecret: "MockStsSecret000000000000000000",
  securityToken: "CAIS-mock-security-token",
};
const region = "cn-hangzhou";
/** The n-th seeded cluster's id. */
const nth = (store: HpcStore, n: number): string => {
  const cluster = store.list(region)[n];
  if (!cluster) throw new Error(`the store has no cluster #${n} in ${region}`);
  return cluster.HpcClusterId;
};
/** A cluster that exists, but in cn-shanghai. */
const elsewhere = (store: HpcStore): string =>
  store.create({ RegionId: "cn-shanghai", Name: "shanghai-cluster", Description: "In another region" }).HpcClusterId;

async function succeed(answer: Promise<Answer>, what: string): Promise<void> {
  const first = await answer;
  if (first.status !== 200) throw new Error(`${what} answered ${first.status}: ${JSON.stringify(first.body)}`);
}

/**
 * The outcomes every operation shares: faults, signatures, routing and ClientToken reuse.
 * `valid` is a request that succeeds; `other` one with other parameters that also would.
 */
function common(
  action: OperationName,
  valid: (store: HpcStore) => Params,
  other: (store: HpcStore) => Params,
): Scenario[] {
  return [
    {
      name: "injected throttling",
      code: "Throttling.User",
      handlers: { faults: { throttleRate: 1 } },
      run: ({ store }) => call(v3({ action, params: valid(store) })),
    },
    {
      name: "injected unavailability",
      code: "ServiceUnavailable",
      handlers: { faults: { unavailableRate: 1 } },
      run: ({ store }) => call(v3({ action, params: valid(store) })),
    },
    {
      name: "injected internal error",
      code: "InternalError",
      handlers: { faults: { internalErrorRate: 1 } },
      run: ({ store }) => call(v1({ action, params: valid(store) })),
    },

    {
      name: "wrong secret",
      code: "SignatureDoesNotMatch",
      run: ({ store }) =>
        call(
          v3({ action, params: valid(store), credential: { ...mockCredentials, accessKeySecret: "not-the-secret" } }),
        ),
    },
    {
      name: "V1 wrong secret",
      code: "SignatureDoesNotMatch",
      run: ({ store }) =>
        call(
          v1({ action, params: valid(store), credential: { ...mockCredentials, accessKeySecret: "not-the-secret" } }),
        ),
    },
    {
      name: "no Authorization header",
      code: "IncompleteSignature",
      run: ({ store }) => {
        const wire = v3({ action, params: valid(store) });
        delete wire.headers.authorization;
        return call(wire);
      },
    },
    {
      name: "a reused nonce",
      code: "SignatureNonceUsed",
      run: async ({ store }) => {
        const wire = v3({ action, params: valid(store) });
        await succeed(call(wire), "the first use");
        return call(wire);
      },
    },
    {
      name: "a date 16 minutes old",
      code: "InvalidTimeStamp.Expired",
      run: ({ store }) => call(v3({ action, params: valid(store), date: minutes(-16) })),
    },
    {
      name: "V1 timestamp 16 minutes ahead",
      code: "InvalidTimeStamp.Expired",
      run: ({ store }) => call(v1({ action, params: valid(store), date: minutes(16) })),
    },
    {
      name: "V3 with an STS token",
      code: null,
      handlers: { credentials: [sts] },
      run: ({ store }) => call(v3({ action, params: valid(store), credential: sts })),
    },
    {
      name: "STS key without its token",
      code: "InvalidSecurityToken.Mismatch",
      handlers: { credentials: [sts] },
      run: ({ store }) =>
        call(
          v3({
            action,
            params: valid(store),
            credential: { accessKeyId: sts.accessKeyId, accessKeySecret: sts.accessKeySecret },
          }),
        ),
    },
    {
      name: "V1 STS key with another token",
      code: "InvalidSecurityToken.Mismatch",
      handlers: { credentials: [sts] },
      run: ({ store }) =>
        call(v1({ action, params: valid(store), credential: { ...sts, securityToken: "CAIS-another-token" } })),
    },
    {
      name: "unknown access key",
      code: "InvalidAccessKeyId.NotFound",
      run: ({ store }) =>
        call(
          v3({
            action,
            params: valid(store),
            credential: { accessKeyId: "LTAI5tNoSuchKey000000000", accessKeySecret: "x" },
          }),
        ),
    },
    {
      name: "unknown action",
      code: "InvalidAction.NotFound",
      run: ({ store }) => call(v3({ action: `${action}z`, params: valid(store) })),
    },
    {
      name: "V1 unknown action",
      code: "InvalidAction.NotFound",
      run: ({ store }) => call(v1({ action: "RunInstances", params: valid(store) })),
    },
    {
      name: "unknown version",
      code: "InvalidVersion",
      run: ({ store }) => call(v3({ action, params: valid(store), version: "2016-03-14" })),
    },
    {
      name: "V1 without a version",
      code: "InvalidVersion",
      run: ({ store }) => call(v1({ action, params: valid(store), version: "" })),
    },
    {
      name: "a ClientToken reused with other parameters",
      code: "IdempotentParameterMismatch",
      run: async ({ store }) => {
        const token = `token-${Math.random()}`;
        const second = other(store);
        await succeed(call(v3({ action, params: { ...valid(store), ClientToken: token } })), "the first use");
        return call(v3({ action, params: { ...second, ClientToken: token } }));
      },
    },
    {
      name: "a ClientToken reused with the same parameters",
      code: null,
      run: async ({ store }) => {
        const params = { ...valid(store), ClientToken: `token-${Math.random()}` };
        await succeed(call(v3({ action, params })), "the first use");
        return call(v1({ action, params }));
      },
    },
  ];
}

const describeScenarios: Scenario[] = [
  { name: "V3, POST, parameters in the query", code: null, run: () => call(v3()) },
  { name: "V3, GET", code: null, run: () => call(v3({ method: "GET" })) },
  {
    name: "V3, POST, parameters in a form body",
    code: null,
    run: () => call(v3({ placement: "form", params: { RegionId: "cn-hangzhou", PageSize: "3" } })),
  },
  { name: "V1, GET", code: null, run: () => call(v1()) },
  {
    name: "V1, POST, parameters in a form body",
    code: null,
    run: () => call(v1({ method: "POST", placement: "form" })),
  },
  {
    name: "V1 with an STS token",
    code: null,
    handlers: { credentials: [sts] },
    run: () => call(v1({ credential: sts })),
  },
  {
    name: "every parameter",
    code: null,
    run: () =>
      call(
        v3({
          params: {
            RegionId: "cn-hangzhou",
            ClientToken: "123e4567-e89b-12d3-a456-426655440000",
            HpcClusterIds: '["hpc-x"]',
            PageNumber: "1",
            PageSize: "100",
            OwnerId: "1",
            OwnerAccount: "a",
            ResourceOwnerId: "2",
            ResourceOwnerAccount: "b",
          },
        }),
      ),
  },
  {
    name: "a page past the end",
    code: null,
    run: () => call(v3({ params: { RegionId: "cn-hangzhou", PageNumber: "99" } })),
  },
  {
    name: "a served region without clusters",
    code: null,
    run: () => call(v3({ params: { RegionId: "eu-central-1" } })),
  },

  {
    name: "RegionId not served",
    code: "InvalidRegionId.NotFound",
    run: () => call(v3({ params: { RegionId: "cn-atlantis-1" } })),
  },
  {
    name: "RegionId malformed",
    code: "InvalidRegionId.NotFound",
    run: () => call(v3({ params: { RegionId: "CN_HANGZHOU" } })),
  },
  { name: "RegionId absent", code: "MissingParameter.RegionId", run: () => call(v3({ params: {} })) },
  { name: "RegionId empty", code: "MissingParameter.RegionId", run: () => call(v1({ params: { RegionId: "" } })) },
  {
    name: "HpcClusterIds is []",
    code: "MissingParameter.HpcClusterId",
    run: () => call(v3({ params: { RegionId: "cn-hangzhou", HpcClusterIds: "[]" } })),
  },
  {
    name: "101 HpcClusterIds",
    code: "InvalidHpcClusterIds.ExceedLimit",
    run: () => call(v3({ params: { RegionId: "cn-hangzhou", HpcClusterIds: ids(101) } })),
  },
  {
    name: "HpcClusterIds comma-separated",
    code: "InvalidHpcClusterIds.Malformed",
    run: () => call(v3({ params: { RegionId: "cn-hangzhou", HpcClusterIds: "hpc-a,hpc-b" } })),
  },
  {
    name: "HpcClusterIds an object",
    code: "InvalidHpcClusterIds.Malformed",
    run: () => call(v3({ params: { RegionId: "cn-hangzhou", HpcClusterIds: '{"id":"hpc-a"}' } })),
  },
  {
    name: "HpcClusterIds of numbers",
    code: "InvalidHpcClusterIds.Malformed",
    run: () => call(v3({ params: { RegionId: "cn-hangzhou", HpcClusterIds: "[1,2]" } })),
  },
  {
    name: "HpcClusterIds with an empty id",
    code: "InvalidHpcClusterIds.Malformed",
    run: () => call(v3({ params: { RegionId: "cn-hangzhou", HpcClusterIds: '["hpc-a",""]' } })),
  },
  {
    name: "PageSize 0",
    code: "Invalid.Parameter",
    run: () => call(v3({ params: { RegionId: "cn-hangzhou", PageSize: "0" } })),
  },
  {
    name: "PageSize 101",
    code: "Invalid.Parameter",
    run: () => call(v3({ params: { RegionId: "cn-hangzhou", PageSize: "101" } })),
  },
  {
    name: "PageNumber 0",
    code: "Invalid.Parameter",
    run: () => call(v3({ params: { RegionId: "cn-hangzhou", PageNumber: "0" } })),
  },
  {
    name: "PageNumber not a number",
    code: "Invalid.Parameter",
    run: () => call(v1({ params: { RegionId: "cn-hangzhou", PageNumber: "two" } })),
  },
  {
    name: "PageSize fractional",
    code: "Invalid.Parameter",
    run: () => call(v3({ params: { RegionId: "cn-hangzhou", PageSize: "2.5" } })),
  },
  {
    name: "ClientToken of 65 characters",
    code: "Invalid.Parameter",
    run: () => call(v3({ params: { RegionId: "cn-hangzhou", ClientToken: "t".repeat(65) } })),
  },
  {
    name: "ClientToken not ASCII",
    code: "Invalid.Parameter",
    run: () => call(v3({ params: { RegionId: "cn-hangzhou", ClientToken: "jeton-é" } })),
  },
  ...common(
    "DescribeHpcClusters",
    () => ({ RegionId: region, PageSize: "5" }),
    () => ({ RegionId: region, PageSize: "6" }),
  ),
];

const CREATE = "CreateHpcCluster";
const create = (params: Params) => call(v3({ action: CREATE, params }));
const createScenarios: Scenario[] = [
  { name: "V3, POST, Name only", code: null, run: () => create({ RegionId: region, Name: "cfd-prod-99" }) },
  {
    name: "V3, GET, with a Description",
    code: null,
    run: () =>
      call(
        v3({
          action: CREATE,
          method: "GET",
          params: { RegionId: region, Name: "render.farm_2", Description: "Frames for the spring release" },
        }),
      ),
  },
  {
    name: "V3, parameters in a form body",
    code: null,
    run: () => call(v3({ action: CREATE, placement: "form", params: { RegionId: region, Name: "weather-ens" } })),
  },
  {
    name: "V1, GET",
    code: null,
    run: () => call(v1({ action: CREATE, params: { RegionId: region, Name: "genomics-dev" } })),
  },
  {
    name: "V1, POST, parameters in a form body",
    code: null,
    run: () =>
      call(
        v1({ action: CREATE, method: "POST", placement: "form", params: { RegionId: region, Name: "moldyn-test" } }),
      ),
  },
  { name: "a Chinese name", code: null, run: () => create({ RegionId: region, Name: "高性能集群-01" }) },
  { name: "another served region", code: null, run: () => create({ RegionId: "eu-central-1", Name: "eda-batch" }) },
  {
    name: "every parameter",
    code: null,
    run: () =>
      create({
        RegionId: region,
        ClientToken: "123e4567-e89b-12d3-a456-426655440000",
        Name: "risk-prod",
        Description: "Overnight risk",
        OwnerId: "1",
        OwnerAccount: "a",
        ResourceOwnerId: "2",
        ResourceOwnerAccount: "b",
      }),
  },

  { name: "RegionId absent", code: "MissingParameter", run: () => create({ Name: "cfd-prod" }) },
  {
    name: "RegionId empty",
    code: "MissingParameter",
    run: () => call(v1({ action: CREATE, params: { RegionId: "", Name: "cfd-prod" } })),
  },
  {
    name: "RegionId not served",
    code: "InvalidRegionId.NotFound",
    run: () => create({ RegionId: "cn-atlantis-1", Name: "cfd-prod" }),
  },
  {
    name: "RegionId malformed",
    code: "InvalidRegionId.NotFound",
    run: () => create({ RegionId: "CN_HANGZHOU", Name: "cfd-prod" }),
  },
  { name: "Name absent", code: "InvalidHpcClusterName.Malformed", run: () => create({ RegionId: region }) },
  {
    name: "Name of one character",
    code: "InvalidHpcClusterName.Malformed",
    run: () => create({ RegionId: region, Name: "a" }),
  },
  {
    name: "Name of 129 characters",
    code: "InvalidHpcClusterName.Malformed",
    run: () => create({ RegionId: region, Name: "a".repeat(129) }),
  },
  {
    name: "Name starting with a digit",
    code: "InvalidHpcClusterName.Malformed",
    run: () => create({ RegionId: region, Name: "1cluster" }),
  },
  {
    name: "Name starting with http://",
    code: "InvalidHpcClusterName.Malformed",
    run: () => create({ RegionId: region, Name: "http://cluster" }),
  },
  {
    name: "Name with a space",
    code: "InvalidHpcClusterName.Malformed",
    run: () => create({ RegionId: region, Name: "my cluster" }),
  },
  {
    name: "Description of one character",
    code: "InvalidHpcClusterDescription.Malformed",
    run: () => create({ RegionId: region, Name: "cfd-prod", Description: "x" }),
  },
  {
    name: "Description of 257 characters",
    code: "InvalidHpcClusterDescription.Malformed",
    run: () => create({ RegionId: region, Name: "cfd-prod", Description: "d".repeat(257) }),
  },
  {
    name: "Description starting with https://",
    code: "InvalidHpcClusterDescription.Malformed",
    run: () => create({ RegionId: region, Name: "cfd-prod", Description: "https://example.com" }),
  },
  {
    name: "ClientToken of 65 characters",
    code: "Invalid.Parameter",
    run: () => create({ RegionId: region, Name: "cfd-prod", ClientToken: "t".repeat(65) }),
  },
  {
    name: "ClientToken not ASCII",
    code: "Invalid.Parameter",
    run: () => create({ RegionId: region, Name: "cfd-prod", ClientToken: "jeton-é" }),
  },
  {
    name: "OwnerId negative",
    code: "Invalid.Parameter",
    run: () => create({ RegionId: region, Name: "cfd-prod", OwnerId: "-1" }),
  },
  ...common(
    CREATE,
    () => ({ RegionId: region, Name: "cfd-prod-new" }),
    () => ({ RegionId: region, Name: "cfd-prod-other" }),
  ),
];

const MODIFY = "ModifyHpcClusterAttribute";
const modify = (params: Params) => call(v3({ action: MODIFY, params }));
const modifyScenarios: Scenario[] = [
  {
    name: "a new Name",
    code: null,
    run: ({ store }) => modify({ RegionId: region, HpcClusterId: nth(store, 0), Name: "renamed-01" }),
  },
  {
    name: "a new Description",
    code: null,
    run: ({ store }) => modify({ RegionId: region, HpcClusterId: nth(store, 1), Description: "Now for batch jobs" }),
  },
  {
    name: "both, V1 GET",
    code: null,
    run: ({ store }) =>
      call(
        v1({
          action: MODIFY,
          params: { RegionId: region, HpcClusterId: nth(store, 2), Name: "集群二", Description: "两者都改" },
        }),
      ),
  },
  {
    name: "V1, POST, parameters in a form body",
    code: null,
    run: ({ store }) =>
      call(
        v1({
          action: MODIFY,
          method: "POST",
          placement: "form",
          params: { RegionId: region, HpcClusterId: nth(store, 3), Name: "form-renamed" },
        }),
      ),
  },
  {
    name: "an empty Description beside a Name (absent)",
    code: null,
    run: ({ store }) => modify({ RegionId: region, HpcClusterId: nth(store, 4), Name: "only-name", Description: "" }),
  },

  {
    name: "RegionId absent",
    code: "MissingParameter",
    run: ({ store }) => modify({ HpcClusterId: nth(store, 0), Name: "renamed" }),
  },
  {
    name: "RegionId not served",
    code: "InvalidRegionId.NotFound",
    run: ({ store }) => modify({ RegionId: "cn-atlantis-1", HpcClusterId: nth(store, 0), Name: "renamed" }),
  },
  {
    name: "HpcClusterId absent",
    code: "MissingParameter.HpcClusterId",
    run: () => modify({ RegionId: region, Name: "renamed" }),
  },
  {
    name: "HpcClusterId empty",
    code: "MissingParameter.HpcClusterId",
    run: () => call(v1({ action: MODIFY, params: { RegionId: region, HpcClusterId: "", Name: "renamed" } })),
  },
  {
    name: "neither Name nor Description",
    code: "InvalidModifyInfo",
    run: ({ store }) => modify({ RegionId: region, HpcClusterId: nth(store, 0) }),
  },
  {
    name: "Name and Description both empty",
    code: "InvalidModifyInfo",
    run: ({ store }) => modify({ RegionId: region, HpcClusterId: nth(store, 0), Name: "", Description: "" }),
  },
  {
    name: "Name malformed",
    code: "InvalidHpcClusterName.Malformed",
    run: ({ store }) => modify({ RegionId: region, HpcClusterId: nth(store, 0), Name: "-dash-first" }),
  },
  {
    name: "Description malformed",
    code: "InvalidHpcClusterDescription.Malformed",
    run: ({ store }) => modify({ RegionId: region, HpcClusterId: nth(store, 0), Description: "http://example.com" }),
  },
  {
    name: "no cluster has the id",
    code: "HpcClusterNotExists",
    run: () => modify({ RegionId: region, HpcClusterId: "hpc-bp1doesnotexist000000", Name: "renamed" }),
  },
  {
    name: "an id of 65 characters",
    code: "HpcClusterNotExists",
    run: () => modify({ RegionId: region, HpcClusterId: `hpc-${"x".repeat(61)}`, Name: "renamed" }),
  },
  {
    name: "the cluster lives in another region",
    code: "HPC_CLUSTER_MODIFY_FAILED",
    run: ({ store }) => modify({ RegionId: region, HpcClusterId: elsewhere(store), Name: "renamed" }),
  },
  {
    name: "ClientToken not ASCII",
    code: "Invalid.Parameter",
    run: ({ store }) =>
      modify({ RegionId: region, HpcClusterId: nth(store, 0), Name: "renamed", ClientToken: "jeton-é" }),
  },
  ...common(
    MODIFY,
    (store) => ({ RegionId: region, HpcClusterId: nth(store, 0), Name: "renamed-a" }),
    (store) => ({ RegionId: region, HpcClusterId: nth(store, 0), Name: "renamed-b" }),
  ),
];

const DELETE = "DeleteHpcCluster";
const remove = (params: Params) => call(v3({ action: DELETE, params }));
const deleteScenarios: Scenario[] = [
  { name: "V3, POST", code: null, run: ({ store }) => remove({ RegionId: region, HpcClusterId: nth(store, 0) }) },
  {
    name: "V3, GET",
    code: null,
    run: ({ store }) =>
      call(v3({ action: DELETE, method: "GET", params: { RegionId: region, HpcClusterId: nth(store, 1) } })),
  },
  {
    name: "V1, GET",
    code: null,
    run: ({ store }) => call(v1({ action: DELETE, params: { RegionId: region, HpcClusterId: nth(store, 2) } })),
  },
  {
    name: "a cluster emptied again",
    code: null,
    run: ({ store }) => {
      const id = nth(store, 3);
      store.setInstanceCount(id, 4);
      store.setInstanceCount(id, 0);
      return remove({ RegionId: region, HpcClusterId: id });
    },
  },

  {
    name: "RegionId absent",
    code: "MissingParameter.RegionId",
    run: ({ store }) => remove({ HpcClusterId: nth(store, 0) }),
  },
  {
    name: "RegionId not served",
    code: "InvalidRegionId.NotFound",
    run: ({ store }) => remove({ RegionId: "cn-atlantis-1", HpcClusterId: nth(store, 0) }),
  },
  {
    name: "RegionId malformed",
    code: "InvalidRegionId.NotFound",
    run: ({ store }) => remove({ RegionId: "cn hangzhou", HpcClusterId: nth(store, 0) }),
  },
  { name: "HpcClusterId absent", code: "MissingParameter.HpcClusterId", run: () => remove({ RegionId: region }) },
  {
    name: "no cluster has the id",
    code: "NotExists.HpcCluster",
    run: () => remove({ RegionId: region, HpcClusterId: "hpc-bp1doesnotexist000000" }),
  },
  {
    name: "an id of 65 characters",
    code: "NotExists.HpcCluster",
    run: () => remove({ RegionId: region, HpcClusterId: `hpc-${"x".repeat(61)}` }),
  },
  {
    name: "the cluster lives in another region",
    code: "NotExists.HpcCluster",
    run: ({ store }) => remove({ RegionId: region, HpcClusterId: elsewhere(store) }),
  },
  {
    name: "deleted twice (other ClientTokens)",
    code: "NotExists.HpcCluster",
    run: async ({ store }) => {
      const id = nth(store, 0);
      await succeed(remove({ RegionId: region, HpcClusterId: id }), "the first delete");
      return remove({ RegionId: region, HpcClusterId: id });
    },
  },
  {
    name: "the cluster still holds instances",
    code: "NotEmpty.HpcCluster",
    run: ({ store }) => {
      const id = nth(store, 0);
      store.setInstanceCount(id, 2);
      return remove({ RegionId: region, HpcClusterId: id });
    },
  },
  {
    name: "ClientToken of 65 characters",
    code: "Invalid.Parameter",
    run: ({ store }) => remove({ RegionId: region, HpcClusterId: nth(store, 0), ClientToken: "t".repeat(65) }),
  },
  ...common(
    DELETE,
    (store) => ({ RegionId: region, HpcClusterId: nth(store, 0) }),
    (store) => ({ RegionId: region, HpcClusterId: nth(store, 1) }),
  ),
];

export const scenariosByOperation: { readonly [Op in OperationName]: readonly Scenario[] } = {
  DescribeHpcClusters: describeScenarios,
  CreateHpcCluster: createScenarios,
  ModifyHpcClusterAttribute: modifyScenarios,
  DeleteHpcCluster: deleteScenarios,
};
