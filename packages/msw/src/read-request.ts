// What arrived on the wire, read once per request the way the service reads it: method, path,
// query pairs, an `application/x-www-form-urlencoded` body, headers, the signature version in
// use, the action and version it names, and the response format it asks for. Nothing here
// judges the request; routing, verification and validation do.

export type SignatureVersion = "v3" | "v1" | "none";
export type ResponseFormat = "json" | "xml";
export type Pairs = readonly (readonly [string, string])[];

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
  readonly signatureVersion: SignatureVersion;
  /** `x-acs-action` for V3, the `Action` parameter otherwise. */
  readonly action: string | undefined;
  /** `x-acs-version` for V3, the `Version` parameter otherwise. */
  readonly version: string | undefined;
  /** V1: the `Format` parameter (XML when absent, as the service does); V3: the `Accept` header. */
  readonly format: ResponseFormat;
}

const V1_MARKERS = ["Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "AccessKeyId"] as const;

const cache = new WeakMap<Request, Promise<ReceivedRequest>>();

/**
 * Reads a request (memoised per Request object, so predicates of several handlers and the
 * resolver share one read). The request's own body is left untouched: a clone is read.
 */
export function readRequest(request: Request): Promise<ReceivedRequest> {
  let pending = cache.get(request);
  if (!pending) {
    pending = read(request);
    cache.set(request, pending);
  }
  return pending;
}

async function read(request: Request): Promise<ReceivedRequest> {
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  const headers = new Map<string, string>();
  request.headers.forEach((value, name) => headers.set(name.toLowerCase(), value));
  const body = method === "GET" || method === "HEAD" || request.body === null ? new Uint8Array() : new Uint8Array(await request.clone().arrayBuffer());

  const query: [string, string][] = [...url.searchParams];
  const contentType = headers.get("content-type") ?? "";
  const form: [string, string][] = body.length > 0 && /application\/x-www-form-urlencoded/i.test(contentType) ? [...new URLSearchParams(new TextDecoder().decode(body))] : [];

  const params: Record<string, string> = {};
  for (const [name, value] of [...query, ...form]) if (!Object.hasOwn(params, name)) params[name] = value;

  const signatureVersion = detectSignatureVersion(headers, params);
  const v3 = signatureVersion === "v3";
  const action = (v3 ? headers.get("x-acs-action") : undefined) ?? params.Action;
  const version = (v3 ? headers.get("x-acs-version") : undefined) ?? params.Version;

  return {
    method,
    url,
    host: headers.get("host") ?? url.host,
    query,
    form,
    body,
    headers,
    params,
    signatureVersion,
    action: action || undefined,
    version: version || undefined,
    format: v3 ? formatFromAccept(headers.get("accept")) : formatFromParam(params.Format),
  };
}

function detectSignatureVersion(headers: ReadonlyMap<string, string>, params: Readonly<Record<string, string>>): SignatureVersion {
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
