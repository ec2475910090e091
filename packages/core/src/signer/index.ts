/**
 * The request signers, usable on their own: `@ecs-hpc/core/signer`. Pure functions of the
 * request's parts and the credentials, synchronous, for Node, Bun, Deno, browsers and workers.
 *
 * This is the entry point for Node, Bun and Deno.
 */
import "./use-node-crypto.ts";
export * from "./exports.ts";
