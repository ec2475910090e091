// `@ecs-hpc/core` for runtimes without node:crypto (the export map's default condition):
// browsers and edge workers get the @noble/hashes backend; Node, Bun and Deno use index.ts.
export { nobleBackend } from "./signer/use-noble.ts";
export * from "./index.ts";
