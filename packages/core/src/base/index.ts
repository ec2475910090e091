/**
 * `@ecs-hpc/core/client`: the client without operations, for the tree-shakable form. Import the
 * operations you call from `@ecs-hpc/core/operations/<operation>`.
 *
 * ```ts
 * import { createEcsBaseClient } from "@ecs-hpc/core/client";
 * import { describeHpcClusters } from "@ecs-hpc/core/operations/describe-hpc-clusters";
 *
 * const ecs = createEcsBaseClient({ regionId: "cn-hangzhou" });
 * const page = await describeHpcClusters(ecs, { PageSize: 50 });
 * ```
 *
 * This is the entry point for Node (Bun and Deno have index.bun-deno.ts): requests go through
 * node:http, and a client without `credentials` uses the default chain of `@ecs-hpc/credentials`.
 */
import "../http/use-node-http.ts";
export * from "./api.ts";
// Shadows api.ts's createEcsBaseClient (an explicit export wins over `export *`).
export { createEcsBaseClient } from "./node-defaults.ts";
