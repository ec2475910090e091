// Any RPC action of any Alibaba Cloud product, through the same pipeline: `ecs.rpc(action,
// params)` for ECS actions the spec does not model, and `createRpcClient` for another product
// (STS's AssumeRole, say). Signed, retried and timed like every call, with the same errors; but
// without a spec there is no validation before sending and no typing of input or output.
import { readEnv } from "./env.ts";
import { normaliseEndpoint } from "./endpoint.ts";
import type { ClientOperationSpec } from "./operation-spec.ts";
import type { CallOptions } from "./operation-types.ts";
import { createClientCore, type ClientCore, type ClientOptions } from "./client-core.ts";
import { withShorthands, type ShorthandOptions } from "./shorthand-options.ts";
import type { ResponseMetadata } from "./pipeline.ts";
import { checkRuntime } from "./runtime-check.ts";
import type { SignatureVersion } from "./steps/sign.ts";

/** The spec of an action the client has no spec for: no parameters to check, not idempotent unless told. */
export interface UnmodelledOperationSpec extends ClientOperationSpec {
  readonly unmodelled: true;
}

export interface RpcCallOptions extends CallOptions {
  /**
   * The action may be repeated after a failure that may have done its work (5xx, timeout, lost
   * connection). Default `false`: only throttling and other refusals are retried.
   */
  readonly idempotent?: boolean;
}

/** What an RPC action returns: the response body as parsed JSON, with non-enumerable `$metadata`. */
export type RpcOutput = Record<string, unknown> & { readonly $metadata?: ResponseMetadata };

export type RpcCall = (
  action: string,
  params?: Readonly<Record<string, unknown>>,
  options?: RpcCallOptions,
) => Promise<RpcOutput>;

const ACTION = /^[A-Za-z][A-Za-z0-9]{0,127}$/;

/** The `rpc` method of a client on `version`, specs cached per action. */
export function rpcCaller(core: ClientCore, version: string): RpcCall {
  const specs = new Map<string, UnmodelledOperationSpec>();
  return async (action, params = {}, options) => {
    if (typeof action !== "string" || !ACTION.test(action)) {
      const named = JSON.stringify(action);
      throw new TypeError(`rpc: ${named} is not an RPC action name (letters and digits, e.g. "DescribeRegions")`);
    }
    if (typeof params !== "object" || params === null || Array.isArray(params)) {
      throw new TypeError(`rpc ${action}: params must be an object of parameter names to values`);
    }
    let op = specs.get(action);
    if (!op) {
      op = {
        name: action,
        method: action,
        action,
        version,
        path: `/${action}`,
        operationType: "unknown",
        params: {},
        idempotencyToken: null,
        pagination: null,
        requireOneOf: null,
        unmodelled: true,
      };
      if (specs.size < 256) specs.set(action, op);
    }
    const idempotent = options?.idempotent;
    return core.run(op, params, options, idempotent !== undefined ? { idempotent } : undefined);
  };
}

export interface RpcClientOptions extends ClientOptions, ShorthandOptions {
  /** The product's API version, e.g. `2015-04-01` for STS. */
  readonly version: string;
  /** The endpoint (`https://sts.aliyuncs.com`, or a host); else built from `product` and `regionId`. */
  readonly endpoint?: string;
  /** The product's endpoint code (`sts`, `vpc`, ...): the endpoint is `https://<product>.<regionId>.aliyuncs.com`. */
  readonly product?: string;
  /** With `product`, picks the endpoint. Default: `ALIBABA_CLOUD_REGION_ID`. Never added to the parameters. */
  readonly regionId?: string;
}

export interface RpcClient {
  readonly endpoint: string;
  readonly version: string;
  readonly signatureVersion: SignatureVersion;
  /** Sends any action of the product: `params` in, the parsed body out; errors, retries and timeouts as for ECS. */
  readonly rpc: RpcCall;
}

/**
 * A client for another Alibaba Cloud RPC-style product.
 *
 * ```ts
 * const sts = createRpcClient({ endpoint: "https://sts.aliyuncs.com", version: "2015-04-01" });
 * const { Credentials } = await sts.rpc("AssumeRole", { RoleArn, RoleSessionName: "ci" });
 * ```
 */
export function createRpcClient(options: RpcClientOptions): RpcClient {
  const where = "createRpcClient";
  checkRuntime();
  if (typeof options?.version !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(options.version)) {
    throw new TypeError(`${where}: version must be the product's API version, like "2015-04-01"`);
  }
  let endpoint: string;
  if (options.endpoint) endpoint = normaliseEndpoint(options.endpoint);
  else {
    const regionId = options.regionId ?? readEnv("ALIBABA_CLOUD_REGION_ID");
    if (!options.product || !/^[a-z][a-z0-9-]*$/.test(options.product)) {
      throw new TypeError(`${where}: pass endpoint, or product (like "sts") and regionId`);
    }
    if (!regionId || !/^[a-z0-9][a-z0-9-]*$/.test(regionId)) {
      throw new TypeError(`${where}: pass regionId (or set ALIBABA_CLOUD_REGION_ID) with product, or pass endpoint`);
    }
    endpoint = `https://${options.product}.${regionId}.aliyuncs.com`;
  }
  const core = createClientCore(where, withShorthands(where, options), endpoint, undefined);
  const { version, signatureVersion } = { version: options.version, signatureVersion: core.signatureVersion };
  const client: RpcClient = {
    endpoint,
    version,
    signatureVersion,
    rpc: rpcCaller(core, version),
  };
  const toJSON = () => ({ endpoint, version, signatureVersion });
  Object.defineProperty(client, "toJSON", { value: toJSON, enumerable: false });
  return client;
}
