// `@ecs-hpc/core/client` for runtimes without node:crypto (the export map's default condition):
// browsers and edge workers get the @noble/hashes backend and send with the global fetch.
import "../http/use-fetch.ts";
export { nobleBackend } from "../signer/use-noble.ts";
export * from "./api.ts";
