// Hash primitives for the signers, synchronous everywhere. Where the runtime has `node:crypto`
// (Node, Bun, Deno) it is loaded through `process.getBuiltinModule`, which no bundler follows.
// Elsewhere (browsers, edge workers) the package's non-Node entry points install the
// `@noble/hashes` backend (./noble.ts), so Node bundles never carry it. Web Crypto is not used:
// it is async-only and measured ~25x slower per call (decisions/0002-hash-implementation.md).

import { nodeBuiltin } from "../node-builtin.ts";

type NodeCrypto = typeof import("node:crypto");

export interface HashBackend {
  readonly name: string;
  sha256Hex(data: string | Uint8Array): string;
  hmacSha256Hex(key: string, data: string): string;
  hmacSha1Base64(key: string, data: string): string;
}

export function nodeBackend(crypto: NodeCrypto): HashBackend {
  return {
    name: "node:crypto",
    // `crypto.hash` (Node >= 21.7) is the one-shot form, about twice as fast for short inputs.
    sha256Hex: typeof crypto.hash === "function" ? (data) => crypto.hash("sha256", data, "hex") : (data) => crypto.createHash("sha256").update(data).digest("hex"),
    hmacSha256Hex: (key, data) => crypto.createHmac("sha256", key).update(data).digest("hex"),
    hmacSha1Base64: (key, data) => crypto.createHmac("sha1", key).update(data).digest("base64"),
  };
}

const nodeCrypto = nodeBuiltin<NodeCrypto>("node:crypto");
let current: HashBackend | undefined = nodeCrypto ? nodeBackend(nodeCrypto) : undefined;

/** Whether the runtime provides `node:crypto`. */
export const hasNodeCrypto = nodeCrypto !== undefined;

/** Installs a backend; the non-Node entry points install `@noble/hashes` when `node:crypto` is missing. */
export function useHashBackend(backend: HashBackend): void {
  current = backend;
}

function active(): HashBackend {
  if (current) return current;
  throw new Error("@ecs-hpc/core: this runtime has no node:crypto and no hash backend is installed; import the package through its default (browser/worker) entry, which installs @noble/hashes");
}

/** The backend in use, resolved at each call. */
export const hashBackend: HashBackend = {
  get name() {
    return active().name;
  },
  sha256Hex: (data) => active().sha256Hex(data),
  hmacSha256Hex: (key, data) => active().hmacSha256Hex(key, data),
  hmacSha1Base64: (key, data) => active().hmacSha1Base64(key, data),
};
