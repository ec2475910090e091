// Hash primitives for the signers, synchronous everywhere. Where the runtime has `node:crypto`
// (Node, Bun, Deno) it is loaded through `process.getBuiltinModule`, which no bundler follows,
// so browser and edge builds carry no Node import; elsewhere `@noble/hashes` (audited, pure JS)
// does the work. Web Crypto is not used: it is async-only and measured ~25x slower per call
// here (see decisions/0002-hash-implementation.md).
import { hmac } from "@noble/hashes/hmac.js";
import { sha1 } from "@noble/hashes/legacy.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

type NodeCrypto = typeof import("node:crypto");

function loadNodeCrypto(): NodeCrypto | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return proc?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined;
  } catch {
    return undefined;
  }
}

export interface HashBackend {
  readonly name: "node:crypto" | "@noble/hashes";
  sha256Hex(data: string | Uint8Array): string;
  hmacSha256Hex(key: string, data: string): string;
  hmacSha1Base64(key: string, data: string): string;
}

const bytes = (data: string | Uint8Array): Uint8Array => (typeof data === "string" ? utf8ToBytes(data) : data);

export function nodeBackend(crypto: NodeCrypto): HashBackend {
  return {
    name: "node:crypto",
    sha256Hex: (data) => crypto.createHash("sha256").update(data).digest("hex"),
    hmacSha256Hex: (key, data) => crypto.createHmac("sha256", key).update(data).digest("hex"),
    hmacSha1Base64: (key, data) => crypto.createHmac("sha1", key).update(data).digest("base64"),
  };
}

export const nobleBackend: HashBackend = {
  name: "@noble/hashes",
  sha256Hex: (data) => bytesToHex(sha256(bytes(data))),
  hmacSha256Hex: (key, data) => bytesToHex(hmac(sha256, utf8ToBytes(key), utf8ToBytes(data))),
  hmacSha1Base64: (key, data) => base64(hmac(sha1, utf8ToBytes(key), utf8ToBytes(data))),
};

function base64(data: Uint8Array): string {
  let binary = "";
  for (const byte of data) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const nodeCrypto = loadNodeCrypto();
/** The backend this runtime uses. */
export const hashBackend: HashBackend = nodeCrypto ? nodeBackend(nodeCrypto) : nobleBackend;
