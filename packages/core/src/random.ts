// Random identifiers. `crypto.randomUUID` is the fast path, but it exists only in secure
// contexts: a page served over plain HTTP from a non-localhost host lacks it, so the fallback is
// `crypto.getRandomValues`, which every runtime has.

type WebCrypto = { getRandomValues<T extends ArrayBufferView>(array: T): T; randomUUID?: () => string };

const webCrypto = (): WebCrypto | undefined => (globalThis as { crypto?: WebCrypto }).crypto;

/**
 * The fallback: 16 random bytes, the version and variant bits set, in the 8-4-4-4-12 layout. A
 * runtime without `getRandomValues` is refused when the first client is built (runtime-check).
 */
function uuidFromBytes(crypto: WebCrypto | undefined): string {
  const b = crypto!.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  let uuid = "";
  for (let i = 0; i < 16; i++) uuid += (i > 3 && i < 11 && !(i & 1) ? "-" : "") + (b[i]! + 256).toString(16).slice(1);
  return uuid;
}

/** A random (version 4) UUID, lowercase. */
export function randomUuid(): string {
  const crypto = webCrypto();
  return typeof crypto?.randomUUID === "function" ? crypto.randomUUID() : uuidFromBytes(crypto);
}

/** 32 random lowercase hex characters (a UUID without its dashes). */
export function randomHex(): string {
  // Slices of the UUID's fixed layout (8-4-4-4-12): measurably cheaper per call than a regex replace.
  const u = randomUuid();
  return u.slice(0, 8) + u.slice(9, 13) + u.slice(14, 18) + u.slice(19, 23) + u.slice(24);
}
