// Random identifiers. `crypto.randomUUID` is the fast path, but it exists only in secure
// contexts: a page served over plain HTTP from a non-localhost host lacks it, so the fallback is
// `crypto.getRandomValues`, which every runtime has.

type WebCrypto = { getRandomValues<T extends ArrayBufferView>(array: T): T; randomUUID?: () => string };

const webCrypto = (): WebCrypto | undefined => (globalThis as { crypto?: WebCrypto }).crypto;

/** `crypto.getRandomValues` is there: the client checks the runtime when it is built (runtime-check.ts). */
function randomBytes(length: number): Uint8Array {
  return (webCrypto() as WebCrypto).getRandomValues(new Uint8Array(length));
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function uuidFromBytes(): string {
  const b = randomBytes(16);
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const h = Array.from(b, (byte) => HEX[byte]).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A random (version 4) UUID, lowercase. */
export function randomUuid(): string {
  const crypto = webCrypto();
  return typeof crypto?.randomUUID === "function" ? crypto.randomUUID() : uuidFromBytes();
}

/** 32 random lowercase hex characters (a UUID without its dashes). */
export function randomHex(): string {
  // Slices of the UUID's fixed layout (8-4-4-4-12): measurably cheaper per call than a regex replace.
  const u = randomUuid();
  return u.slice(0, 8) + u.slice(9, 13) + u.slice(14, 18) + u.slice(19, 23) + u.slice(24);
}
