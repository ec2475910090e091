// Signature V3, ACS3-HMAC-SHA256: a pure function of the request's parts and the credentials.
// The client signs with it; the mock recomputes it from what arrived on the wire.
import { canonicalQuery, queryPairs, type QueryParams } from "./percent-encode.ts";
import { hashBackend } from "./hash.ts";

export const V3_ALGORITHM = "ACS3-HMAC-SHA256";
/** Hex SHA-256 of the empty body. */
export const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

export interface V3SignInput {
  readonly method: string;
  /** Canonical URI; `/` for RPC. */
  readonly path?: string;
  readonly query?: QueryParams;
  /** The canonical query string, when the caller already has it (skips encoding and sorting). */
  readonly canonicalQueryString?: string;
  /** Request headers (any case). Must contain `host` and the `x-acs-*` headers to sign. */
  readonly headers: Readonly<Record<string, string>>;
  /** Hex SHA-256 of the body; defaults to `x-acs-content-sha256`, then to the empty body's hash. */
  readonly hashedPayload?: string;
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /**
   * Lower-case names of the headers to sign. By default `host`, `content-type` and every
   * `x-acs-*` header present. A verifier passes the list from the received `Authorization`.
   */
  readonly signedHeaders?: readonly string[];
}

export interface V3Signature {
  readonly authorization: string;
  readonly signature: string;
  readonly signedHeaders: string;
  readonly canonicalRequest: string;
  readonly stringToSign: string;
}

export function signV3(input: V3SignInput): V3Signature {
  const headers = new Map<string, string>();
  for (const name in input.headers) headers.set(name.toLowerCase(), String(input.headers[name]).trim());
  const names = input.signedHeaders
    ? [...input.signedHeaders].map((n) => n.toLowerCase()).sort()
    : [...headers.keys()].filter((n) => n === "host" || n === "content-type" || n.startsWith("x-acs-")).sort();
  let canonicalHeaders = "";
  for (const name of names) canonicalHeaders += `${name}:${headers.get(name) ?? ""}\n`;
  return signV3Canonical({
    method: input.method.toUpperCase(),
    path: input.path ?? "/",
    canonicalQueryString: input.canonicalQueryString ?? canonicalQuery(queryPairs(input.query ?? {})),
    canonicalHeaders,
    signedHeaders: names.join(";"),
    hashedPayload: input.hashedPayload ?? headers.get("x-acs-content-sha256") ?? EMPTY_BODY_SHA256,
    accessKeyId: input.accessKeyId,
    accessKeySecret: input.accessKeySecret,
  });
}

/** The request already in canonical parts (what `signV3` derives from headers and query). */
export interface V3CanonicalInput {
  /** Upper case. */
  readonly method: string;
  readonly path: string;
  readonly canonicalQueryString: string;
  /** `name:value\n` per signed header, sorted by name, names lower case, values trimmed. */
  readonly canonicalHeaders: string;
  /** The signed header names joined by `;`, in the same order. */
  readonly signedHeaders: string;
  readonly hashedPayload: string;
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
}

/** Signs a request whose canonical parts are already known: the client's fast path. */
export function signV3Canonical(input: V3CanonicalInput): V3Signature {
  const { signedHeaders } = input;
  const canonicalRequest = `${input.method}\n${input.path}\n${input.canonicalQueryString}\n${input.canonicalHeaders}\n${signedHeaders}\n${input.hashedPayload}`;
  const stringToSign = `${V3_ALGORITHM}\n${hashBackend.sha256Hex(canonicalRequest)}`;
  const signature = hashBackend.hmacSha256Hex(input.accessKeySecret, stringToSign);
  return {
    authorization: `${V3_ALGORITHM} Credential=${input.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`,
    signature,
    signedHeaders,
    canonicalRequest,
    stringToSign,
  };
}

export interface ParsedV3Authorization {
  readonly accessKeyId: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

/** Parses an `Authorization: ACS3-HMAC-SHA256 ...` header; `undefined` when a part is missing. */
export function parseV3Authorization(header: string): ParsedV3Authorization | undefined {
  const prefix = `${V3_ALGORITHM} `;
  if (!header.startsWith(prefix)) return undefined;
  const parts = new Map<string, string>();
  for (const part of header.slice(prefix.length).split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) parts.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKeyId = parts.get("Credential");
  const signedHeaders = parts.get("SignedHeaders");
  const signature = parts.get("Signature");
  if (!accessKeyId || !signedHeaders || !signature) return undefined;
  return { accessKeyId, signedHeaders: signedHeaders.split(";"), signature };
}
