/**
 * `@ecs-hpc/core`: a typed, signed client for the Alibaba Cloud ECS HPC-cluster API.
 *
 * ```ts
 * const ecs = createEcsClient({ regionId: "cn-hangzhou" });
 * const page = await ecs.describeHpcClusters({ PageSize: 50 });
 * ```
 *
 * This is the entry point for Bun and Deno (the export map's `bun` and `deno` conditions):
 * requests go through the runtime's fetch, signing through its node:crypto, and a client without
 * `credentials` uses the default chain of `@ecs-hpc/credentials`. Node has index.ts.
 */
import "./http/use-fetch.ts";
import "./signer/use-node-crypto.ts";
export * from "./api.ts";
// Shadows api.ts's createEcsClient (an explicit export wins over `export *`).
export { createEcsClient } from "./node-defaults.ts";
