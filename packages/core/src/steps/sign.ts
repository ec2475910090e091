// Step 5 (sign): a wire request from `rpc` plus credentials, a date and a nonce become a signed
// request. Runs once per attempt, so every retry carries a fresh nonce and date.
import type { Credentials } from "../credentials.ts";
import { formatAcsDate } from "../signer/date.ts";
import { EMPTY_BODY_SHA256, signV3 } from "../signer/sign-v3.ts";
import { signV1, v1CommonParams } from "../signer/sign-v1.ts";
import { canonicalQuery, percentEncode } from "../signer/percent-encode.ts";

export type SignatureVersion = "v3" | "v1";

export interface SignOptions {
  readonly version: SignatureVersion;
  readonly credentials: Credentials;
  readonly date: Date;
  readonly nonce: string;
}

export function signRequest(request: Request, options: SignOptions): Request {
  return options.version === "v1" ? signRequestV1(request, options) : signRequestV3(request, options);
}

function signRequestV3(request: Request, { credentials, date, nonce }: SignOptions): Request {
  const url = new URL(request.url);
  const headers = new Headers(request.headers);
  headers.set("host", url.host);
  headers.set("x-acs-date", formatAcsDate(date));
  headers.set("x-acs-signature-nonce", nonce);
  headers.set("x-acs-content-sha256", EMPTY_BODY_SHA256);
  if (credentials.securityToken) headers.set("x-acs-security-token", credentials.securityToken);
  else headers.delete("x-acs-security-token");
  const signed = signV3({
    method: request.method,
    path: "/",
    query: url.searchParams,
    headers: Object.fromEntries(headers),
    hashedPayload: EMPTY_BODY_SHA256,
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
  });
  headers.set("authorization", signed.authorization);
  // `host` is set by fetch from the URL; a Request may not carry it explicitly.
  headers.delete("host");
  return new Request(request.url, { method: request.method, headers, signal: request.signal });
}

function signRequestV1(request: Request, { credentials, date, nonce }: SignOptions): Request {
  const url = new URL(request.url);
  const headers = new Headers(request.headers);
  const action = headers.get("x-acs-action");
  const version = headers.get("x-acs-version");
  if (!action || !version) throw new TypeError("signRequest: the wire request lacks x-acs-action/x-acs-version");
  headers.delete("x-acs-action");
  headers.delete("x-acs-version");
  const params: [string, string][] = [...url.searchParams];
  const common = v1CommonParams({ action, version, accessKeyId: credentials.accessKeyId, nonce, timestamp: formatAcsDate(date), securityToken: credentials.securityToken });
  params.push(...Object.entries(common));
  const { signature } = signV1({ method: request.method, params, accessKeySecret: credentials.accessKeySecret });
  const query = `${canonicalQuery(params)}&Signature=${percentEncode(signature)}`;
  return new Request(`${url.origin}${url.pathname}?${query}`, { method: request.method, headers, signal: request.signal });
}
