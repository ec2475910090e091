// Hash primitives for the signers, synchronous everywhere. Where the runtime has `node:crypto`
// (Node, Bun, Deno) it is loaded through `process.getBuiltinModule`, which no bundler follows.
// Bun < 1.2.6 and Deno < 2.1 have no `getBuiltinModule`: their entry points then import
// `node:crypto` asynchronously (./use-node-crypto.ts, ./load-hash-backend.ts) and the client
// awaits `hashBackendReady()` before signing. Elsewhere (browsers, edge workers) the package's
// non-Node entry points install the `@noble/hashes` backend (./noble.ts), so Node bundles never
// carry it. Web Crypto is not used: it is async-only and measured ~25x slower per call
// (decisions/0002-hash-implementation.md).

import { nodeBuiltin } from "../node-builtin.ts";

type NodeCrypto = typeof import("node:crypto");

export interface HashBackend {
  readonly name: string;
  sha256Hex(data: string | Uint8Array): string;
  hmacSha256Hex(key: string, data: string): string;
  hmacSha1Base64(key: string, data: string): string;
}

export function nodeBackend(crypto: NodeCrypto): HashBackend {
  const oneShot = typeof crypto.hash === "function";
  return {
    name: "node:crypto",
    // `crypto.hash` (Node >= 21.7) is the one-shot form, about twice as fast for short inputs.
    sha256Hex: oneShot
      ? (data) => crypto.hash("sha256", data, "hex")
      : (data) => crypto.createHash("sha256").update(data).digest("hex"),
    hmacSha256Hex:
      (oneShot && oneShotHmacSha256Hex(crypto)) ||
      ((key, data) => crypto.createHmac("sha256", key).update(data).digest("hex")),
    hmacSha1Base64: (key, data) => crypto.createHmac("sha1", key).update(data).digest("base64"),
  };
}

/**
 * HMAC-SHA256 (RFC 2104: H((K ^ opad) || H((K ^ ipad) || m))) as two one-shot `crypto.hash`
 * calls, the padded key derived once per key rather than per call: same output as `createHmac`,
 * at a fraction of its cost per call in the client's loop (`createHmac` builds a stream object
 * and a key object every time; packages/bench README, "the transport floor"). The one key held is
 * the last one used. Used only where it gives createHmac's answer on a known vector (Bun's and
 * Deno's node:crypto may lack the "buffer" output, Deno the global `Buffer`); else `undefined`.
 */
function oneShotHmacSha256Hex(crypto: NodeCrypto): ((key: string, data: string) => string) | undefined {
  const B = (globalThis as { Buffer?: typeof import("node:buffer").Buffer }).Buffer;
  if (!B) return undefined;
  let lastKey: string | undefined;
  let ipad = B.alloc(64);
  // The outer pad, followed by room for the inner digest.
  const outer = B.alloc(96);
  const hmac = (key: string, data: string): string => {
    if (key !== lastKey) {
      let k: Uint8Array = B.from(key, "utf8");
      if (k.length > 64) k = crypto.hash("sha256", k, "buffer") as unknown as Uint8Array;
      ipad = B.alloc(64);
      for (let i = 0; i < 64; i++) {
        ipad[i] = (k[i] ?? 0) ^ 0x36;
        outer[i] = (k[i] ?? 0) ^ 0x5c;
      }
      lastKey = key;
    }
    const inner = crypto.hash("sha256", B.concat([ipad, B.from(data, "utf8")]), "buffer") as unknown as Uint8Array;
    outer.set(inner, 64);
    return crypto.hash("sha256", outer, "hex");
  };
  try {
    return hmac("key", "fox") === crypto.createHmac("sha256", "key").update("fox").digest("hex") ? hmac : undefined;
  } catch {
    return undefined;
  }
}

const nodeCrypto = nodeBuiltin<NodeCrypto>("node:crypto");
let current: HashBackend | undefined = nodeCrypto ? nodeBackend(nodeCrypto) : undefined;

/** Whether the runtime provides `node:crypto`. */
export const hasNodeCrypto = nodeCrypto !== undefined;

let pending: Promise<void> | undefined;

/**
 * Installs a backend; the non-Node entry points install `@noble/hashes` when `node:crypto` is
 * missing. `loading`: the backend is a stand-in until this settles (load-hash-backend.ts), and
 * `hashBackendReady()` returns it meanwhile.
 */
export function useHashBackend(backend: HashBackend, loading?: Promise<void>): void {
  current = backend;
  pending = loading;
}

/** Settles once a backend that loads asynchronously is in place; `undefined` when there is nothing to wait for. */
export function hashBackendReady(): Promise<void> | undefined {
  return pending;
}

function active(): HashBackend {
  if (current) return current;
  throw new Error(
    "@ecs-hpc/core: no node:crypto and no hash backend is installed; install one with useHashBackend() (nobleBackend, from the browser entry)",
  );
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
