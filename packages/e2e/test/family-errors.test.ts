// Every documented error code of CreateHpcCluster, ModifyHpcClusterAttribute and
// DeleteHpcCluster, through our client against the mock (msw's setupServer in-process). Input
// the client can judge never leaves the process: those codes arrive as EcsValidationError with
// the spec's code and no request sent. Everything else is the service's answer: an
// EcsServiceError with the code, status and message of the operation's table. A few codes only a
// broken request can produce (IncompleteSignature, InvalidAction.NotFound, InvalidVersion) go
// through a `fetch` that tampers with the signed request, as a misbehaving proxy would.
import {
  createEcsClient,
  isEcsError,
  isEcsServiceError,
  operations,
  type EcsClientOptions,
  type OperationName,
} from "@ecs-hpc/core";
import { createHpcHandlers, createHpcStore, mockCredentials, type FaultOptions } from "@ecs-hpc/msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

type Family = "CreateHpcCluster" | "ModifyHpcClusterAttribute" | "DeleteHpcCluster";
type Input = Record<string, unknown>;

const REGION = "cn-hangzhou";
const ENDPOINT = "https://ecs.cn-hangzhou.aliyuncs.com";
const store = createHpcStore({ clusters: 6, seed: 4 });
const server = setupServer(...createHpcHandlers({ store }));

beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterEach(() => {
  server.resetHandlers();
  store.reset();
});
afterAll(() => server.close());

/** Our client: no retries (every answer is final), the mock's key, cn-hangzhou unless told. */
const client = (options: EcsClientOptions = {}) =>
  createEcsClient({ regionId: REGION, credentials: mockCredentials, retry: false, ...options });
/** A client without a region: calls that name none send none. */
const regionless = () => createEcsClient({ endpoint: ENDPOINT, credentials: mockCredentials, retry: false });
/** A client whose requests are changed after signing (a misbehaving proxy). */
const tampering = (change: (headers: Headers) => void) =>
  client({
    // Either calling convention: fetch(request) or fetch(url, init).
    fetch: (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const headers = new Headers(request.headers);
      change(headers);
      return globalThis.fetch(new Request(request, { headers }));
    },
  });
const withFaults = (faults: FaultOptions) => server.use(...createHpcHandlers({ store, faults }));

const call = (ecs: ReturnType<typeof client>, op: Family, input: Input) =>
  ecs.call(op as OperationName, input as never);
const seeded = (n: number): string => store.list(REGION)[n]?.HpcClusterId as string;

interface Case {
  readonly name: string;
  readonly code: string;
  /** `client`: refused before the network; `service`: the mock's answer. */
  readonly by: "client" | "service";
  readonly run: () => Promise<unknown>;
}

/** The codes every operation shares: signatures, routing, faults, ClientToken reuse. */
function common(op: Family, valid: () => Input, other: () => Input): Case[] {
  return [
    {
      name: "injected throttling",
      code: "Throttling.User",
      by: "service",
      run: () => (withFaults({ throttleRate: 1 }), call(client(), op, valid())),
    },
    {
      name: "injected unavailability",
      code: "ServiceUnavailable",
      by: "service",
      run: () => (withFaults({ unavailableRate: 1 }), call(client(), op, valid())),
    },
    {
      name: "injected internal error",
      code: "InternalError",
      by: "service",
      run: () => (withFaults({ internalErrorRate: 1 }), call(client(), op, valid())),
    },
    {
      name: "the wrong secret",
      code: "SignatureDoesNotMatch",
      by: "service",
      run: () => call(client({ credentials: { ...mockCredentials, accessKeySecret: "not-the-secret" } }), op, valid()),
    },
    {
      name: "the wrong secret, V1",
      code: "SignatureDoesNotMatch",
      by: "service",
      run: () =>
        call(
          client({ signatureVersion: "v1", credentials: { ...mockCredentials, accessKeySecret: "not-the-secret" } }),
          op,
          valid(),
        ),
    },
    {
      name: "an unknown access key",
      code: "InvalidAccessKeyId.NotFound",
      by: "service",
      run: () =>
        call(client({ credentials: { accessKeyId: "LTAI5tNoSuchKey000000000", accessKeySecret: "x" } }), op, valid()),
    },
    {
      name: "a security token with a plain key",
      code: "InvalidSecurityToken.Mismatch",
      by: "service",
      run: () =>
        call(client({ credentials: { ...mockCredentials, securityToken: "CAIS-not-for-this-key" } }), op, valid()),
    },
    {
      name: "a clock 20 minutes slow",
      code: "InvalidTimeStamp.Expired",
      by: "service",
      run: () => call(client({ clock: () => new Date(Date.now() - 20 * 60_000) }), op, valid()),
    },
    {
      name: "a nonce used twice",
      code: "SignatureNonceUsed",
      by: "service",
      run: async () => {
        const nonce = crypto.randomUUID();
        const ecs = client({ nonce: () => nonce });
        const second = other();
        await call(ecs, op, valid());
        return call(ecs, op, second);
      },
    },
    {
      name: "a ClientToken reused with other parameters",
      code: "IdempotentParameterMismatch",
      by: "service",
      run: async () => {
        const ecs = client();
        const ClientToken = crypto.randomUUID();
        const second = other();
        await call(ecs, op, { ...valid(), ClientToken });
        return call(ecs, op, { ...second, ClientToken });
      },
    },
    {
      name: "the Authorization header stripped",
      code: "IncompleteSignature",
      by: "service",
      run: () =>
        call(
          tampering((h) => h.delete("authorization")),
          op,
          valid(),
        ),
    },
    {
      name: "the action rewritten",
      code: "InvalidAction.NotFound",
      by: "service",
      run: () =>
        call(
          tampering((h) => h.set("x-acs-action", `${op}s`)),
          op,
          valid(),
        ),
    },
    {
      name: "the version rewritten",
      code: "InvalidVersion",
      by: "service",
      run: () =>
        call(
          tampering((h) => h.set("x-acs-version", "2016-03-14")),
          op,
          valid(),
        ),
    },
  ];
}

const shanghaiCluster = () => store.create({ RegionId: "cn-shanghai", Name: "sh-cluster" }).HpcClusterId;

const cases: { readonly [Op in Family]: readonly Case[] } = {
  CreateHpcCluster: [
    {
      name: "no RegionId",
      code: "MissingParameter",
      by: "client",
      run: () => call(regionless(), "CreateHpcCluster", { Name: "no-region" }),
    },
    {
      name: "a malformed RegionId",
      code: "InvalidRegionId.NotFound",
      by: "client",
      run: () => call(client(), "CreateHpcCluster", { RegionId: "CN_HANGZHOU", Name: "bad-region" }),
    },
    {
      name: "a region the service does not serve",
      code: "InvalidRegionId.NotFound",
      by: "service",
      run: () => call(client(), "CreateHpcCluster", { RegionId: "cn-atlantis-1", Name: "far-away" }),
    },
    {
      name: "no Name",
      code: "InvalidHpcClusterName.Malformed",
      by: "client",
      run: () => call(client(), "CreateHpcCluster", {}),
    },
    {
      name: "a Name starting with a digit",
      code: "InvalidHpcClusterName.Malformed",
      by: "client",
      run: () => call(client(), "CreateHpcCluster", { Name: "1st-cluster" }),
    },
    {
      name: "a Description that is a URL",
      code: "InvalidHpcClusterDescription.Malformed",
      by: "client",
      run: () => call(client(), "CreateHpcCluster", { Name: "cfd", Description: "https://example.com" }),
    },
    {
      name: "a ClientToken of 65 characters",
      code: "Invalid.Parameter",
      by: "client",
      run: () => call(client(), "CreateHpcCluster", { Name: "cfd", ClientToken: "t".repeat(65) }),
    },
    ...common(
      "CreateHpcCluster",
      () => ({ Name: "cfd-first" }),
      () => ({ Name: "cfd-second" }),
    ),
  ],
  ModifyHpcClusterAttribute: [
    {
      name: "no RegionId",
      code: "MissingParameter",
      by: "client",
      run: () => call(regionless(), "ModifyHpcClusterAttribute", { HpcClusterId: seeded(0), Name: "renamed" }),
    },
    {
      name: "no HpcClusterId",
      code: "MissingParameter.HpcClusterId",
      by: "client",
      run: () => call(client(), "ModifyHpcClusterAttribute", { Name: "renamed" }),
    },
    {
      name: "a malformed RegionId",
      code: "InvalidRegionId.NotFound",
      by: "client",
      run: () =>
        call(client(), "ModifyHpcClusterAttribute", {
          RegionId: "-hangzhou",
          HpcClusterId: seeded(0),
          Name: "renamed",
        }),
    },
    {
      name: "a region the service does not serve",
      code: "InvalidRegionId.NotFound",
      by: "service",
      run: () =>
        call(client(), "ModifyHpcClusterAttribute", {
          RegionId: "cn-atlantis-1",
          HpcClusterId: seeded(0),
          Name: "renamed",
        }),
    },
    {
      name: "neither Name nor Description",
      code: "InvalidModifyInfo",
      by: "client",
      run: () => call(client(), "ModifyHpcClusterAttribute", { HpcClusterId: seeded(0) }),
    },
    {
      name: "a malformed Name",
      code: "InvalidHpcClusterName.Malformed",
      by: "client",
      run: () => call(client(), "ModifyHpcClusterAttribute", { HpcClusterId: seeded(0), Name: "x" }),
    },
    {
      name: "a malformed Description",
      code: "InvalidHpcClusterDescription.Malformed",
      by: "client",
      run: () =>
        call(client(), "ModifyHpcClusterAttribute", { HpcClusterId: seeded(0), Description: "http://example.com" }),
    },
    {
      name: "an id longer than any",
      code: "HpcClusterNotExists",
      by: "client",
      run: () =>
        call(client(), "ModifyHpcClusterAttribute", { HpcClusterId: `hpc-${"x".repeat(61)}`, Name: "renamed" }),
    },
    {
      name: "an id no region has",
      code: "HpcClusterNotExists",
      by: "service",
      run: () =>
        call(client(), "ModifyHpcClusterAttribute", { HpcClusterId: "hpc-bp1nosuchcluster00000", Name: "renamed" }),
    },
    {
      name: "a cluster of another region",
      code: "HPC_CLUSTER_MODIFY_FAILED",
      by: "service",
      run: () => call(client(), "ModifyHpcClusterAttribute", { HpcClusterId: shanghaiCluster(), Name: "renamed" }),
    },
    {
      name: "a ClientToken not in ASCII",
      code: "Invalid.Parameter",
      by: "client",
      run: () =>
        call(client(), "ModifyHpcClusterAttribute", {
          HpcClusterId: seeded(0),
          Name: "renamed",
          ClientToken: "jeton-é",
        }),
    },
    ...common(
      "ModifyHpcClusterAttribute",
      () => ({ HpcClusterId: seeded(0), Name: "renamed-a" }),
      () => ({ HpcClusterId: seeded(0), Name: "renamed-b" }),
    ),
  ],
  DeleteHpcCluster: [
    {
      name: "no RegionId",
      code: "MissingParameter.RegionId",
      by: "client",
      run: () => call(regionless(), "DeleteHpcCluster", { HpcClusterId: seeded(0) }),
    },
    {
      name: "no HpcClusterId",
      code: "MissingParameter.HpcClusterId",
      by: "client",
      run: () => call(client(), "DeleteHpcCluster", {}),
    },
    {
      name: "a malformed RegionId",
      code: "InvalidRegionId.NotFound",
      by: "client",
      run: () => call(client(), "DeleteHpcCluster", { RegionId: "cn hangzhou", HpcClusterId: seeded(0) }),
    },
    {
      name: "a region the service does not serve",
      code: "InvalidRegionId.NotFound",
      by: "service",
      run: () => call(client(), "DeleteHpcCluster", { RegionId: "cn-atlantis-1", HpcClusterId: seeded(0) }),
    },
    {
      name: "a ClientToken of 65 characters",
      code: "Invalid.Parameter",
      by: "client",
      run: () => call(client(), "DeleteHpcCluster", { HpcClusterId: seeded(0), ClientToken: "t".repeat(65) }),
    },
    {
      name: "an id no region has",
      code: "NotExists.HpcCluster",
      by: "service",
      run: () => call(client(), "DeleteHpcCluster", { HpcClusterId: "hpc-bp1nosuchcluster00000" }),
    },
    {
      name: "a cluster of another region",
      code: "NotExists.HpcCluster",
      by: "service",
      run: () => call(client(), "DeleteHpcCluster", { HpcClusterId: shanghaiCluster() }),
    },
    {
      name: "a cluster that still holds instances",
      code: "NotEmpty.HpcCluster",
      by: "service",
      run: () => {
        store.setInstanceCount(seeded(0), 5);
        return call(client(), "DeleteHpcCluster", { HpcClusterId: seeded(0) });
      },
    },
    ...common(
      "DeleteHpcCluster",
      () => ({ HpcClusterId: seeded(0) }),
      () => ({ HpcClusterId: seeded(1) }),
    ),
  ],
};

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("the call succeeded");
}

describe.each(Object.keys(cases) as Family[])("%s errors through our client", (op) => {
  const documented: Readonly<Record<string, { readonly status: number; readonly message: string }>> =
    operations[op].errors;

  it.each(cases[op].map((c) => [`${c.code}: ${c.name}`, c] as const))("%s", async (_name, c) => {
    const sent = store.requestCount();
    const error = await failure(c.run);
    expect(documented[c.code], `${c.code} is documented for ${op}`).toBeDefined();
    if (c.by === "client") {
      expect(isEcsError(error, "validation"), String(error)).toBe(true);
      expect(error).toMatchObject({ code: c.code, operation: op });
      expect(store.requestCount(), "nothing was sent").toBe(sent);
    } else {
      expect(isEcsServiceError(error, c.code), String(error)).toBe(true);
      expect(error).toMatchObject({
        code: c.code,
        operation: op,
        status: documented[c.code]?.status,
        serviceMessage: documented[c.code]?.message,
      });
    }
  });

  it("covers every documented error code of the operation", () => {
    const produced = new Set(cases[op].map((c) => c.code));
    for (const code of Object.keys(documented)) expect(produced, `no case produces ${code}`).toContain(code);
  });
});

it("a failed call changes nothing: the store after every refused Create is the seed", async () => {
  const before = store.list();
  for (const c of cases.CreateHpcCluster.filter(
    (c) => c.code !== "SignatureNonceUsed" && c.code !== "IdempotentParameterMismatch",
  )) {
    await failure(c.run);
    server.resetHandlers();
  }
  expect(store.list()).toEqual(before);
});
