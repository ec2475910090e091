// `@ecs-hpc/core/signer` for runtimes without node:crypto (the export map's default condition).
export { nobleBackend } from "./use-noble.ts";
export * from "./exports.ts";
