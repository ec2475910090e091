/**
 * `@ecs-hpc/core`: a typed, signed client for the Alibaba Cloud ECS HPC-cluster API.
 *
 * ```ts
 * const ecs = createEcsClient({ regionId: "cn-hangzhou" });
 * const page = await ecs.describeHpcClusters({ PageSize: 50 });
 * ```
 *
 * This is the entry point for Node (Bun and Deno have index.bun-deno.ts): requests go through
 * node:http, and a client without `credentials` uses the default chain of `@ecs-hpc/credentials`.
 */
import "./http/use-node-http.ts";
export * from "./api.ts";
// Shadows api.ts's createEcsClient (an explicit export wins over `export *`).
export { createEcsClient } from "./node-defaults.ts";
