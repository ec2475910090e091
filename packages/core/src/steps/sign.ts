// Step 5 (sign): a wire request plus credentials, a date and a nonce become the URL and headers
// to send. Runs once per attempt, so every retry carries a fresh nonce and date.
import type { Credentials } from "../credentials.ts";
import { formatAcsDate } from "../signer/date.ts";
import { EMPTY_BODY_SHA256, signV3, signV3Canonical } from "../signer/sign-v3.ts";
import type { WireRequest } from "./serialize.ts";

export type SignatureVersion = "v3" | "v1";

export interface SignOptions {
  readonly credentials: Credentials;
  readonly date: Date;
  readonly nonce: string;
}

/** What goes to fetch: always `POST` with an empty body. */
export interface SignedRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
}

/**
 * How a client signs each attempt: `signatureV3` (the default) or `signatureV1`. The base client
 * takes the one it uses as a value (`signer`), so a program bundles only that algorithm.
 */
export interface RequestSigner {
  readonly version: SignatureVersion;
  sign(wire: WireRequest, options: SignOptions): SignedRequest;
}

/** ACS3-HMAC-SHA256 (signature V3): the default. */
export const signatureV3: RequestSigner = { version: "v3", sign: signV3Wire };

function signV3Wire(wire: WireRequest, { credentials, date, nonce }: SignOptions): SignedRequest {
  let callerHeaders = false;
  for (const _ in wire.headers) callerHeaders = true;
  const token = credentials.securityToken;
  const action = wire.operation.action;
  const version = wire.operation.version;
  const acsDate = formatAcsDate(date);
  const signatureNonce = callerHeaders ? nonce : nonce.trim();
  // The headers sent: the caller's, then ours. `host` is signed but not sent (the request handler
  // derives it from the URL).
  const ours = {
    accept: "application/json",
    "x-acs-action": action,
    "x-acs-version": version,
    "x-acs-date": acsDate,
    "x-acs-signature-nonce": signatureNonce,
    "x-acs-content-sha256": EMPTY_BODY_SHA256,
  };
  const headers: Record<string, string> = callerHeaders ? { ...wire.headers, ...ours } : ours;
  if (token) headers["x-acs-security-token"] = token;
  const { authorization } = callerHeaders
    ? signV3({
        method: "POST",
        path: wire.path,
        canonicalQueryString: wire.query,
        hashedPayload: EMPTY_BODY_SHA256,
        accessKeyId: credentials.accessKeyId,
        accessKeySecret: credentials.accessKeySecret,
        headers: { ...headers, host: wire.host },
      })
    : // No caller headers (the usual case): the signed headers are known, so their canonical
      // form is written directly, in sorted order, instead of collected, filtered and sorted.
      signV3Canonical({
        method: "POST",
        path: wire.path,
        canonicalQueryString: wire.query,
        canonicalHeaders:
          `host:${wire.host}\nx-acs-action:${action}\nx-acs-content-sha256:${EMPTY_BODY_SHA256}\nx-acs-date:${acsDate}\n` +
          `${token ? `x-acs-security-token:${token.trim()}\n` : ""}x-acs-signature-nonce:${signatureNonce}\nx-acs-version:${version}\n`,
        signedHeaders: token ? SIGNED_WITH_TOKEN : SIGNED,
        hashedPayload: EMPTY_BODY_SHA256,
        accessKeyId: credentials.accessKeyId,
        accessKeySecret: credentials.accessKeySecret,
      });
  headers.authorization = authorization;
  return { url: wire.query ? `${wire.origin}${wire.path}?${wire.query}` : `${wire.origin}${wire.path}`, headers };
}
const SIGNED = "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
const SIGNED_WITH_TOKEN =
  "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version";
