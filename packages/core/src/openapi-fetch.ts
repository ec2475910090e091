// `@ecs-hpc/core/openapi-fetch`: the pipeline as an openapi-fetch middleware. Any
// `createClient<paths>()` that `use()`s it sends each call on a pseudo-path
// (`POST /DescribeHpcClusters`) through the client's pipeline: validation, the RPC wire form,
// signing, retries and typed errors, exactly as `ecs.describeHpcClusters()` would. openapi-fetch's
// own fetch is never called: the middleware answers with the final response.
//
// One error convention, the client's: every failure (validation, service error, network,
// timeout) is thrown as a typed EcsError; `{ error }` is never set.
import createClient, { type Client, type ClientOptions as FetchClientOptions, type Middleware } from "openapi-fetch";
import type { EcsClient } from "./client.ts";
import type { OperationName } from "./generated/operations.ts";
import type { paths } from "./generated/schema.ts";
import type { CallOptions } from "./operation-types.ts";
import { serializeQuery } from "./steps/serialize.ts";

/** Headers of openapi-fetch's Request that are not the caller's own. */
const SKIPPED_HEADERS = new Set(["content-type", "content-length", "host", "authorization"]);
/** Headers of the service's answer that describe its encoding on the wire, not the body handed back. */
const WIRE_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"]);

/** An openapi-fetch middleware that runs every call through `ecs`'s pipeline (its middleware, retries, logger). */
export function ecsMiddleware(ecs: Pick<EcsClient, "call">): Middleware {
  return {
    async onRequest({ request, schemaPath, params }) {
      const headers: Record<string, string> = {};
      let any = false;
      request.headers.forEach((value, name) => {
        if (SKIPPED_HEADERS.has(name) || name.startsWith("x-acs-")) return;
        headers[name] = value;
        any = true;
      });
      const options: CallOptions = any ? { signal: request.signal, headers } : { signal: request.signal };
      const call = ecs.call as (name: string, input: unknown, options: CallOptions) => Promise<Record<string, unknown>>;
      const output = await call(schemaPath.replace(/^\//, "") as OperationName, params.query ?? {}, options);
      const metadata = (output as { $metadata?: import("./pipeline.ts").ResponseMetadata }).$metadata;
      const answer = new Headers({ "content-type": "application/json" });
      metadata?.headers.forEach((value, name) => {
        if (!WIRE_HEADERS.has(name) && name !== "content-type") answer.append(name, value);
      });
      return new Response(JSON.stringify(output), { status: metadata?.httpStatus ?? 200, headers: answer });
    },
  };
}

/** The typed openapi-fetch client on `ecs`'s pipeline: `client.POST("/DescribeHpcClusters", { params: { query } })`. */
export function createEcsFetchClient(
  ecs: Pick<EcsClient, "call" | "endpoint">,
  options: Omit<FetchClientOptions, "baseUrl" | "fetch"> = {},
): Client<paths> {
  // Our serializer: it never throws on a lone surrogate (validation refuses the value instead).
  const client = createClient<paths>({ querySerializer: serializeQuery, ...options, baseUrl: ecs.endpoint });
  client.use(ecsMiddleware(ecs));
  return client;
}

export type { paths };
