// createEcsBaseClient: the client without any operation in it. It holds the configuration and
// the pipeline (client-core.ts) and sends whatever generated operation it is given:
//
//   send(op, input) -> initialize -> validate -> serialize -> [credentials -> sign -> send -> classify]* -> deserialize
//
// A program imports the operations it calls (`@ecs-hpc/core/operations/<operation>`), so it
// bundles and type-checks those and nothing else; `createEcsClient` (../client.ts) adds one
// method per operation of the spec, `call` and `rpc` on top of the same core.
import type { OperationSender } from "../call-types.ts";
import { createClientCore, DEFAULT_MAX_RESPONSE_BYTES, type ClientOptions } from "../client-core.ts";
import { normaliseEndpoint, resolveEndpoint } from "../endpoint.ts";
import { readEnv } from "../env.ts";
import type { ClientOperationSpec } from "../generated/operation-spec.ts";
import { checkRuntime } from "../runtime-check.ts";
import type { FailureKind } from "../steps/retry.ts";
import type { SignatureVersion } from "../steps/sign.ts";

export { DEFAULT_MAX_RESPONSE_BYTES };

export interface EcsClientOptions extends ClientOptions {
  /**
   * The region; picks the endpoint and is the default `RegionId` of every call. Default:
   * `ALIBABA_CLOUD_REGION_ID`, then (Node entry, with `@ecs-hpc/credentials`) the selected aliyun
   * CLI profile's `region_id`.
   */
  readonly regionId?: string;
  /** A full endpoint URL (`http://127.0.0.1:8080`) or host; wins over the region's endpoint. */
  readonly endpoint?: string;
}

/** A client with no operation in it: `send` any generated operation (or pass it to the operation's function). */
export interface EcsBaseClient extends OperationSender {
  /** The region calls default to, if any. */
  readonly regionId: string | undefined;
  /** The endpoint every request goes to. */
  readonly endpoint: string;
  readonly signatureVersion: SignatureVersion;
  /** Tokens left in the shared retry budget. */
  readonly retryTokens: number;
  /** Spends the shared retry budget on one retry made on top of the client's own (a paginator's page retry). */
  tryAcquireRetry(kind: FailureKind): boolean;
}

/** The convenience client's shorthand options, and what the base client takes instead. */
const SHORTHANDS = [
  ["fetch", "requestHandler: fetchHandler(yourFetch)"],
  ["signatureVersion", "signer: signatureV1 to sign with V1"],
  ["logger", "onEvent: logAttempts(logger, level)"],
  ["logLevel", "onEvent: logAttempts(logger, level)"],
] as const;

/**
 * A client with no operation in it, for the tree-shakable form: a program bundles the operations
 * it imports and nothing else.
 *
 * ```ts
 * import { createEcsBaseClient } from "@ecs-hpc/core/client";
 * import { describeHpcClusters } from "@ecs-hpc/core/operations/describe-hpc-clusters";
 *
 * const ecs = createEcsBaseClient({ regionId: "cn-hangzhou" });
 * const page = await describeHpcClusters(ecs, { PageSize: 50 });
 * ```
 */
export function createEcsBaseClient(options: EcsClientOptions = {}): EcsBaseClient {
  const where = "createEcsBaseClient";
  checkRuntime();
  const regionId = options.regionId ?? readEnv("ALIBABA_CLOUD_REGION_ID");
  if (!options.endpoint && !regionId)
    throw new TypeError(`${where}: pass regionId (or set ALIBABA_CLOUD_REGION_ID) or endpoint`);
  const endpoint = options.endpoint ? normaliseEndpoint(options.endpoint) : resolveEndpoint(regionId as string);
  // The convenience client's shorthands would bundle what they name into every program.
  for (const [name, instead] of SHORTHANDS) {
    const value = (options as Record<string, unknown>)[name];
    if (value !== undefined && !(name === "signatureVersion" && value === "v3")) {
      throw new TypeError(`${where}: takes no ${name} option; pass ${instead}, from @ecs-hpc/core/client`);
    }
  }
  const core = createClientCore(where, options, endpoint, regionId);
  const { signatureVersion, retry } = core;
  const send = (op: ClientOperationSpec, input: unknown, callOptions?: unknown): Promise<unknown> => {
    if (typeof op !== "object" || op === null || typeof op.name !== "string" || typeof op.params !== "object") {
      return Promise.reject(
        new TypeError("send: expected a generated operation, from @ecs-hpc/core/operations/<operation>"),
      );
    }
    return core.run(op, input, callOptions as never);
  };
  const client = {
    regionId,
    endpoint,
    signatureVersion,
    get retryTokens() {
      return retry.availableTokens ?? NaN;
    },
    tryAcquireRetry: (kind: FailureKind) => (retry.tryAcquire ? retry.tryAcquire(kind) : true),
    send,
    toJSON: () => ({ regionId, endpoint, signatureVersion }),
    [Symbol.for("nodejs.util.inspect.custom")]: () =>
      `EcsClient { regionId: ${JSON.stringify(regionId)}, endpoint: ${JSON.stringify(endpoint)}, signatureVersion: ${JSON.stringify(signatureVersion)} }`,
  };
  return client as unknown as EcsBaseClient;
}
