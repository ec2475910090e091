// The pure-JS hash backend (@noble/hashes: audited, dependency-free, synchronous), for runtimes
// without node:crypto. Only the non-Node entry points import this file.
import { hmac } from "@noble/hashes/hmac.js";
import { sha1 } from "@noble/hashes/legacy.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { HashBackend } from "./hash.ts";

const bytes = (data: string | Uint8Array): Uint8Array => (typeof data === "string" ? utf8ToBytes(data) : data);

function base64(data: Uint8Array): string {
  let binary = "";
  for (const byte of data) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export const nobleBackend: HashBackend = {
  name: "@noble/hashes",
  sha256Hex: (data) => bytesToHex(sha256(bytes(data))),
  hmacSha256Hex: (key, data) => bytesToHex(hmac(sha256, utf8ToBytes(key), utf8ToBytes(data))),
  hmacSha1Base64: (key, data) => base64(hmac(sha1, utf8ToBytes(key), utf8ToBytes(data))),
};
