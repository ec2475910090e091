// Signature verification, V3 (ACS3-HMAC-SHA256) and V1 (HMAC-SHA1), recomputed from what
// arrived: the signer's algorithm (`@ecs-hpc/core/signer`), fed with the received method, path,
// query pairs, signed headers and body, never with anything a client built. A verdict carries
// the service error code; the reason is for test authors and never holds a secret. No Node-only
// API, so the handlers also run in a browser (msw's setupWorker).
import {
  EMPTY_BODY_SHA256,
  hashBackend,
  parseAcsDate,
  parseV3Authorization,
  signV1,
  signV3,
} from "@ecs-hpc/core/signer";
import type { NonceRegistry } from "./nonces.ts";
import type { ReceivedRequest } from "./read-request.ts";

/** A key pair the mock accepts; with `securityToken` it is an STS credential. */
export interface MockCredential {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly securityToken?: string;
}

/** How far a request's date may be from the mock's clock, and how long a nonce stays used. */
export const SIGNATURE_WINDOW_MS = 15 * 60 * 1000;

export type SignatureErrorCode =
  | "IncompleteSignature"
  | "InvalidAccessKeyId.NotFound"
  | "InvalidTimeStamp.Expired"
  | "SignatureDoesNotMatch"
  | "InvalidSecurityToken.Mismatch"
  | "SignatureNonceUsed";

export type SignatureVerdict =
  | { readonly ok: true; readonly accessKeyId: string }
  | { readonly ok: false; readonly code: SignatureErrorCode; readonly reason: string };

export interface VerifyOptions {
  readonly credentials: readonly MockCredential[];
  readonly now: Date;
  readonly nonces: NonceRegistry;
}

const V1_REQUIRED = [
  "Signature",
  "AccessKeyId",
  "SignatureMethod",
  "SignatureVersion",
  "SignatureNonce",
  "Timestamp",
] as const;

function fail(code: SignatureErrorCode, reason: string): SignatureVerdict {
  return { ok: false, code, reason };
}

/** Compares without stopping at the first difference (signatures, tokens). */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

function findCredential(credentials: readonly MockCredential[], accessKeyId: string): MockCredential | undefined {
  return credentials.find((c) => c.accessKeyId === accessKeyId);
}

function checkDate(value: string, now: Date, name: string): SignatureVerdict | undefined {
  const date = parseAcsDate(value);
  if (!date) return fail("IncompleteSignature", `${name} is not in the form YYYY-MM-DDTHH:mm:ssZ`);
  if (Math.abs(now.getTime() - date.getTime()) > SIGNATURE_WINDOW_MS)
    return fail("InvalidTimeStamp.Expired", `${name} is more than 15 minutes away from the server's clock`);
  return undefined;
}

function checkSecurityToken(
  credential: MockCredential,
  received: string | undefined,
  name: string,
): SignatureVerdict | undefined {
  const expected = credential.securityToken ?? "";
  const got = received ?? "";
  if (expected === "" && got === "") return undefined;
  if (expected !== "" && got !== "" && sameText(expected, got)) return undefined;
  return fail(
    "InvalidSecurityToken.Mismatch",
    credential.securityToken
      ? `${name} is missing or does not belong to the access key`
      : `${name} was sent with a key that is not an STS credential`,
  );
}

/** Verifies a request's signature; `ok` with the key id, or the service error code and why. */
export function verifySignature(request: ReceivedRequest, options: VerifyOptions): SignatureVerdict {
  switch (request.signatureVersion) {
    case "v3":
      return verifyV3(request, options);
    case "v1":
      return verifyV1(request, options);
    case "none":
      return fail(
        "IncompleteSignature",
        "the request carries neither an Authorization header nor a Signature parameter",
      );
  }
}

function verifyV3(request: ReceivedRequest, options: VerifyOptions): SignatureVerdict {
  const header = request.headers.get("authorization");
  if (!header) return fail("IncompleteSignature", "no Authorization header");
  const auth = parseV3Authorization(header);
  if (!auth)
    return fail(
      "IncompleteSignature",
      "the Authorization header is not `ACS3-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=...`",
    );

  // The headers as signed: what arrived, with `host` from the URL when a runtime hides it.
  const headers: Record<string, string> = Object.fromEntries(request.headers);
  headers.host ??= request.url.host;
  for (const name of ["x-acs-signature-nonce", "x-acs-date", "x-acs-content-sha256"]) {
    if (!headers[name]) return fail("IncompleteSignature", `the ${name} header is missing`);
  }
  const signed = new Set(auth.signedHeaders.map((name) => name.toLowerCase()));
  const mustSign = Object.keys(headers).filter((name) => name === "host" || name.startsWith("x-acs-"));
  const unsigned = mustSign.filter((name) => !signed.has(name));
  if (unsigned.length > 0) return fail("IncompleteSignature", `SignedHeaders leaves out ${unsigned.join(", ")}`);
  const absent = [...signed].filter((name) => headers[name] === undefined);
  if (absent.length > 0)
    return fail("IncompleteSignature", `SignedHeaders names ${absent.join(", ")}, which the request does not carry`);

  const credential = findCredential(options.credentials, auth.accessKeyId);
  if (!credential) return fail("InvalidAccessKeyId.NotFound", "no such access key id");
  const badDate = checkDate(headers["x-acs-date"] as string, options.now, "x-acs-date");
  if (badDate) return badDate;

  const claimedHash = (headers["x-acs-content-sha256"] as string).toLowerCase();
  // Most RPC calls carry no body: its hash is a constant.
  const bodyHash = request.body.byteLength === 0 ? EMPTY_BODY_SHA256 : hashBackend.sha256Hex(request.body);
  if (!sameText(claimedHash, bodyHash))
    return fail("SignatureDoesNotMatch", "x-acs-content-sha256 is not the SHA-256 of the body received");

  const expected = signV3({
    method: request.method,
    path: request.url.pathname,
    query: request.query,
    headers,
    hashedPayload: bodyHash,
    accessKeyId: credential.accessKeyId,
    accessKeySecret: credential.accessKeySecret,
    signedHeaders: [...signed],
  });
  if (!sameText(expected.signature, auth.signature.toLowerCase()))
    return fail("SignatureDoesNotMatch", "the signature does not match the request received");

  const badToken = checkSecurityToken(credential, headers["x-acs-security-token"], "x-acs-security-token");
  if (badToken) return badToken;
  if (!options.nonces.use(credential.accessKeyId, headers["x-acs-signature-nonce"] as string, options.now.getTime()))
    return fail("SignatureNonceUsed", "x-acs-signature-nonce was already used within 15 minutes");
  return { ok: true, accessKeyId: credential.accessKeyId };
}

function verifyV1(request: ReceivedRequest, options: VerifyOptions): SignatureVerdict {
  const params = request.params;
  const missing = V1_REQUIRED.filter((name) => !params[name]);
  if (missing.length > 0) return fail("IncompleteSignature", `missing ${missing.join(", ")}`);
  if (params.SignatureMethod !== "HMAC-SHA1" || params.SignatureVersion !== "1.0")
    return fail("IncompleteSignature", "only SignatureMethod=HMAC-SHA1 with SignatureVersion=1.0 is supported");

  const credential = findCredential(options.credentials, params.AccessKeyId as string);
  if (!credential) return fail("InvalidAccessKeyId.NotFound", "no such access key id");
  const badDate = checkDate(params.Timestamp as string, options.now, "Timestamp");
  if (badDate) return badDate;

  // Every parameter received, query and form, except Signature itself.
  const expected = signV1({
    method: request.method,
    params: [...request.query, ...request.form],
    accessKeySecret: credential.accessKeySecret,
  });
  if (!sameText(expected.signature, params.Signature as string))
    return fail("SignatureDoesNotMatch", "the signature does not match the parameters received");

  const badToken = checkSecurityToken(credential, params.SecurityToken, "SecurityToken");
  if (badToken) return badToken;
  if (!options.nonces.use(credential.accessKeyId, params.SignatureNonce as string, options.now.getTime()))
    return fail("SignatureNonceUsed", "SignatureNonce was already used within 15 minutes");
  return { ok: true, accessKeyId: credential.accessKeyId };
}
