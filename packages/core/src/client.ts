// createEcsClient: one generated method per operation of the spec, `call` by name, and `rpc`
// for actions the spec does not model, all running through the one pipeline (pipeline.ts):
//
//   initialize -> validate -> serialize -> [credentials -> sign -> send -> classify]* -> deserialize
//
// The openapi-fetch client on the same pipeline lives at `@ecs-hpc/core/openapi-fetch`, so a
// program that does not use it neither bundles nor type-checks openapi-fetch.
import type { EcsClientOptions as BaseClientOptions } from "./base/client.ts";
import type { OperationSender } from "./call-types.ts";
import { createClientCore, DEFAULT_MAX_RESPONSE_BYTES } from "./client-core.ts";
import { normaliseEndpoint, resolveEndpoint } from "./endpoint.ts";
import { readEnv } from "./env.ts";
import { withShorthands, type ShorthandOptions } from "./shorthand-options.ts";
import type { EcsOperationMethods } from "./generated/methods.ts";
import { apiVersion, clientOperations } from "./generated/client-operations.ts";
import type { OperationName } from "./generated/operations.ts";
import type { ClientOperationSpec } from "./operation-spec.ts";
import type { CallOptions, OperationInput, OperationOutput } from "./operation-types.ts";
import { rpcCaller, type RpcCall } from "./rpc-client.ts";
import { checkRuntime } from "./runtime-check.ts";
import type { FailureKind } from "./steps/retry.ts";
import type { SignatureVersion } from "./steps/sign.ts";

export interface EcsClientOptions extends BaseClientOptions, ShorthandOptions {
  /**
   * The region; picks the endpoint and is the default `RegionId` of every call. Default:
   * `ALIBABA_CLOUD_REGION_ID`, then (Node entry, with `@ecs-hpc/credentials`) the selected aliyun
   * CLI profile's `region_id`.
   */
  readonly regionId?: string;
  /** A full endpoint URL (`http://127.0.0.1:8080`) or host; wins over the region's endpoint. */
  readonly endpoint?: string;
}

export interface EcsClient extends EcsOperationMethods, OperationSender {
  /** The region calls default to, if any. */
  readonly regionId: string | undefined;
  /** The endpoint every request goes to. */
  readonly endpoint: string;
  readonly signatureVersion: SignatureVersion;
  /** Tokens left in the retry strategy's shared budget (`NaN` for a strategy without one). */
  readonly retryTokens: number;
  /**
   * Spends the shared retry budget on one retry made on top of the client's own (a paginator
   * retrying a page whose call failed): what a client retry of that kind costs. `false` when the
   * budget cannot pay for it: do not retry.
   */
  tryAcquireRetry(kind: FailureKind): boolean;
  /** Calls any operation of the spec by name; the generated methods are shorthands for this. */
  call<Op extends OperationName>(
    operation: Op,
    input: OperationInput<Op>,
    options?: CallOptions,
  ): Promise<OperationOutput<Op>>;
  /**
   * Sends any ECS action, modelled by the spec or not: `params` go on the wire as given (no
   * validation, no default `RegionId`, no idempotency token), the parsed body comes back.
   */
  readonly rpc: RpcCall;
}

export { DEFAULT_MAX_RESPONSE_BYTES };

const specs: Readonly<Record<string, ClientOperationSpec>> = clientOperations;

export function createEcsClient(options: EcsClientOptions = {}): EcsClient {
  checkRuntime();
  const regionId = options.regionId ?? readEnv("ALIBABA_CLOUD_REGION_ID");
  if (!options.endpoint && !regionId)
    throw new TypeError("createEcsClient: pass regionId (or set ALIBABA_CLOUD_REGION_ID) or endpoint");
  const endpoint = options.endpoint ? normaliseEndpoint(options.endpoint) : resolveEndpoint(regionId as string);
  const core = createClientCore("createEcsClient", withShorthands("createEcsClient", options), endpoint, regionId);
  const { signatureVersion, retry } = core;

  async function call(name: string, input: unknown, callOptions?: CallOptions): Promise<unknown> {
    // Own keys only: `toString` or `constructor` are not operations.
    const op = typeof name === "string" && Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!op) throw new TypeError(`unknown operation ${JSON.stringify(name) ?? String(name)}`);
    return core.run(op, input, callOptions);
  }

  const client = {
    regionId,
    endpoint,
    signatureVersion,
    get retryTokens() {
      return retry.availableTokens ?? NaN;
    },
    tryAcquireRetry: (kind: FailureKind) => (retry.tryAcquire ? retry.tryAcquire(kind) : true),
    call,
    send: (op: ClientOperationSpec, input: unknown, callOptions?: CallOptions) => core.run(op, input, callOptions),
    rpc: rpcCaller(core, apiVersion),
    toJSON: () => ({ regionId, endpoint, signatureVersion }),
    [Symbol.for("nodejs.util.inspect.custom")]: () =>
      `EcsClient { regionId: ${JSON.stringify(regionId)}, endpoint: ${JSON.stringify(endpoint)}, signatureVersion: ${JSON.stringify(signatureVersion)} }`,
  } as Record<string | symbol, unknown>;
  for (const op of Object.values(specs)) {
    const method = (input: unknown, callOptions?: CallOptions) => core.run(op, input, callOptions);
    Object.defineProperty(client, op.method, { value: method, enumerable: false });
  }
  return client as unknown as EcsClient;
}
