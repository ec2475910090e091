// Step 3 (serialize): the pseudo-path operation becomes the RPC wire form the official SDK
// sends: `POST /` with every operation parameter in the query string (strictly percent-encoded,
// sorted, lists as one JSON-array string), an empty body, and the action and version in
// `x-acs-*` headers (added when signing). The query string built here is already the canonical
// one the signature covers, so nothing re-encodes it later. An unmodelled action (`rpc()`) has no
// parameter specs: objects and arrays go as JSON strings, everything else as its string form.
import type { ClientOperationSpec } from "../operation-spec.ts";
import { canonicalQuery, joinEncoded, percentEncode } from "../signer/percent-encode.ts";

/** A request in wire form, before signing. Plain data: no Request object is built until fetch. */
export interface WireRequest {
  readonly operation: ClientOperationSpec;
  /** Scheme and authority of the endpoint (`https://ecs.cn-hangzhou.aliyuncs.com`). */
  readonly origin: string;
  /** The endpoint's `host` (with port). */
  readonly host: string;
  /** The canonical URI: the endpoint's base path followed by `/`. */
  readonly path: string;
  /** The canonical query string of the operation's parameters. */
  readonly query: string;
  /** Extra headers from the caller, lower-case names; middleware before `sign` may add some (`x-acs-*` ones signed). */
  readonly headers: Record<string, string>;
}

export interface Endpoint {
  readonly origin: string;
  readonly host: string;
  readonly basePath: string;
}

export function parseEndpoint(endpoint: string): Endpoint {
  const url = new URL(endpoint);
  return { origin: url.origin, host: url.host, basePath: url.pathname.replace(/\/+$/, "") };
}

export function toWire(
  op: ClientOperationSpec,
  input: Readonly<Record<string, unknown>>,
  endpoint: Endpoint,
  headers: Record<string, string> = {},
): WireRequest {
  return {
    operation: op,
    origin: endpoint.origin,
    host: endpoint.host,
    path: `${endpoint.basePath}/`,
    query: wireQuery(op, input),
    headers,
  };
}

/**
 * `canonicalQuery(Object.entries(encodeParams(op, input)))` in one pass: each value is encoded
 * as `encodeParams` does (lists and objects as JSON, the rest as strings, undefined and null
 * dropped) and percent-encoded at once, without the intermediate record and entry arrays, and a
 * modelled parameter's name is percent-encoded once per process, not per call.
 */
function wireQuery(op: ClientOperationSpec, input: Readonly<Record<string, unknown>>): string {
  const encoded: [string, string][] = [];
  for (const name of Object.keys(input)) {
    const value = input[name];
    // `encodeParams` writes into a plain object, where `__proto__` is not a key: it never went out.
    if (value === undefined || value === null || name === "__proto__") continue;
    const param = Object.hasOwn(op.params, name) ? op.params[name] : undefined;
    const text =
      param?.encoding === "json" || (typeof value === "object" && !param) ? JSON.stringify(value) : String(value);
    encoded.push([param ? encodedName(name) : percentEncode(name), percentEncode(text)]);
  }
  return joinEncoded(encoded);
}

/** Percent-encoded names of modelled parameters (a fixed set: the spec's). */
const encodedNames = new Map<string, string>();
function encodedName(name: string): string {
  let encoded = encodedNames.get(name);
  if (encoded === undefined) encodedNames.set(name, (encoded = percentEncode(name)));
  return encoded;
}

/**
 * openapi-fetch's query serializer: the same encoding as `encodeParams` (lists and objects as
 * JSON, the rest as strings) without needing the operation, then the canonical form.
 */
export function serializeQuery(query: Readonly<Record<string, unknown>>): string {
  const pairs: [string, string][] = [];
  for (const name of Object.keys(query)) {
    const value = query[name];
    if (value === undefined || value === null) continue;
    pairs.push([wellFormed(name), wellFormed(typeof value === "object" ? JSON.stringify(value) : String(value))]);
  }
  return canonicalQuery(pairs);
}

/**
 * openapi-fetch serializes the query before the middleware validates it: a lone surrogate must
 * not throw a raw URIError there. The draft URL is discarded; validation then refuses the value.
 */
const wellFormed = (text: string): string => (/\p{Cs}/u.test(text) ? text.replace(/\p{Cs}/gu, "\uFFFD") : text);
