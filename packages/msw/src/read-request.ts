// What arrived on the wire, read once per request the way the service reads it: method, path,
// query pairs, an `application/x-www-form-urlencoded` body, headers, the signature version in
// use, the action and version it names, and the response format it asks for. Nothing here
// judges the request (routing, verification and validation do), except what HTTP itself refuses:
// a body over the size limit (read no further than the limit) and a malformed `Host`.
import { DEFAULT_MAX_REQUEST_BYTES, type TransportRefusal } from "./transport-refusals.ts";

import type { SignatureVersion } from "@ecs-hpc/core";

/** The signature a request carries: one of core's `SignatureVersion`s, or `"none"` (unsigned). */
export type DetectedSignature = SignatureVersion | "none";
export type ResponseFormat = "json" | "xml";
type Pairs = readonly (readonly [string, string])[];

export interface ReceivedRequest {
  readonly method: string;
  readonly url: URL;
  /** The `host` header as received (falls back to the URL's host). */
  readonly host: string;
  /** Parameters of the query string, decoded, in the order received. */
  readonly query: Pairs;
  /** Parameters of a form body, decoded, in the order received (empty for other bodies). */
  readonly form: Pairs;
  /** The raw body bytes (empty for GET). */
  readonly body: Uint8Array;
  /** Headers with lower-case names. */
  readonly headers: ReadonlyMap<string, string>;
  /** Query and form parameters together; the first occurrence of a name wins. */
  readonly params: Readonly<Record<string, string>>;
  /** `v3` (Authorization / x-acs-* headers), `v1` (Signature / AccessKeyId parameters) or `none`. */
  readonly signatureVersion: DetectedSignature;
  /** `x-acs-action` for V3, the `Action` parameter otherwise. */
  readonly action: string | undefined;
  /** `x-acs-version` for V3, the `Version` parameter otherwise. */
  readonly version: string | undefined;
  /** V1: the `Format` parameter (XML when absent, as the service does); V3: the `Accept` header. */
  readonly format: ResponseFormat;
  /** Set when HTTP itself refuses the request (body too large, malformed Host); answer that first. */
  readonly refusal?: TransportRefusal;
}

const V1_MARKERS = ["Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "AccessKeyId"] as const;

const cache = new WeakMap<Request, Map<number, Promise<ReceivedRequest>>>();

/**
 * Reads a request (memoised per Request object and size limit, so predicates of several handlers
 * and the resolver share one read). The request's own body is left untouched: a clone is read,
 * and no further than `maxBodyBytes`.
 */
export function readRequest(
  request: Request,
  maxBodyBytes: number = DEFAULT_MAX_REQUEST_BYTES,
): Promise<ReceivedRequest> {
  let reads = cache.get(request);
  if (!reads) {
    reads = new Map();
    cache.set(request, reads);
  }
  let pending = reads.get(maxBodyBytes);
  if (!pending) {
    pending = read(request, maxBodyBytes);
    reads.set(maxBodyBytes, pending);
  }
  return pending;
}

/** The body, or `undefined` when it is larger than `limit` (read no further than that). */
async function readBody(
  request: Request,
  headers: ReadonlyMap<string, string>,
  limit: number,
): Promise<Uint8Array | undefined> {
  const declared = headers.get("content-length");
  if (declared !== undefined && /^\d+$/.test(declared.trim()) && Number(declared) > limit) return undefined;
  const stream = request.clone().body;
  if (!stream) return new Uint8Array();
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Not awaited: cancelling one branch of a cloned (tee'd) body settles only once the other
      // branch is cancelled too, which is the request owner's business.
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** Whether a `Host` header is `host[:port]` as HTTP allows it (no path, user info or spaces). */
export function isWellFormedHost(host: string): boolean {
  if (!/^[\x21-\x7e]+$/.test(host) || /[/?#@\\]/.test(host)) return false;
  try {
    const url = new URL(`http://${host}/`);
    return url.pathname === "/" && url.username === "" && url.password === "" && url.hostname !== "";
  } catch {
    return false;
  }
}

async function read(request: Request, maxBodyBytes: number): Promise<ReceivedRequest> {
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  const headers = new Map<string, string>();
  request.headers.forEach((value, name) => {
    headers.set(name.toLowerCase(), value);
  });
  const hostHeader = headers.get("host");
  let refusal: TransportRefusal | undefined;
  if (hostHeader !== undefined && !isWellFormedHost(hostHeader))
    refusal = { kind: "badHost", reason: "the Host header is not host[:port]" };
  const noBody = method === "GET" || method === "HEAD" || request.body === null || refusal !== undefined;
  let body = noBody ? new Uint8Array() : await readBody(request, headers, maxBodyBytes);
  if (body === undefined) {
    refusal = { kind: "bodyTooLarge", reason: `the body is larger than ${maxBodyBytes} bytes` };
    body = new Uint8Array();
  }

  const query: [string, string][] = [...url.searchParams];
  const contentType = headers.get("content-type") ?? "";
  const form: [string, string][] =
    body.length > 0 && /application\/x-www-form-urlencoded/i.test(contentType)
      ? [...new URLSearchParams(new TextDecoder().decode(body))]
      : [];

  const params: Record<string, string> = {};
  for (const [name, value] of [...query, ...form]) if (!Object.hasOwn(params, name)) params[name] = value;

  const signatureVersion = detectSignatureVersion(headers, params);
  const v3 = signatureVersion === "v3";
  const action = (v3 ? headers.get("x-acs-action") : undefined) ?? params.Action;
  const version = (v3 ? headers.get("x-acs-version") : undefined) ?? params.Version;

  return {
    method,
    url,
    host: hostHeader !== undefined && refusal?.kind !== "badHost" ? hostHeader : url.host,
    query,
    form,
    body,
    headers,
    params,
    signatureVersion,
    action: action || undefined,
    version: version || undefined,
    format: v3 ? formatFromAccept(headers.get("accept")) : formatFromParam(params.Format),
    ...(refusal ? { refusal } : {}),
  };
}

function detectSignatureVersion(
  headers: ReadonlyMap<string, string>,
  params: Readonly<Record<string, string>>,
): DetectedSignature {
  // The official SDK also sends x-acs-action / x-acs-version with V1, so V1 parameters win over
  // those headers; only an Authorization header makes a request V3 regardless.
  if (headers.has("authorization")) return "v3";
  if (V1_MARKERS.some((name) => Object.hasOwn(params, name))) return "v1";
  if (headers.has("x-acs-action")) return "v3";
  return "none";
}

function formatFromParam(value: string | undefined): ResponseFormat {
  return value?.toUpperCase() === "JSON" ? "json" : "xml";
}

function formatFromAccept(accept: string | undefined): ResponseFormat {
  if (!accept) return "json";
  const wantsXml = /\b(application|text)\/xml\b/i.test(accept);
  const wantsJson = /\bapplication\/json\b/i.test(accept);
  return wantsXml && !wantsJson ? "xml" : "json";
}
