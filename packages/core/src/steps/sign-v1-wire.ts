// Step 5 (sign) with signature V1 (HMAC-SHA1): the signed parameters go in the query string.
// Its own module, so that a program signing with V3 (the default) never bundles it.
import { canonicalQuery, percentEncode } from "../signer/percent-encode.ts";
import { formatAcsDate } from "../signer/date.ts";
import { signV1, v1CommonParams } from "../signer/sign-v1.ts";
import type { WireRequest } from "./serialize.ts";
import type { RequestSigner, SignedRequest, SignOptions } from "./sign.ts";

function signV1Wire(wire: WireRequest, { credentials, date, nonce }: SignOptions): SignedRequest {
  const params: [string, string][] = [...new URLSearchParams(wire.query)];
  const common = v1CommonParams({
    action: wire.operation.action,
    version: wire.operation.version,
    accessKeyId: credentials.accessKeyId,
    nonce,
    timestamp: formatAcsDate(date),
    securityToken: credentials.securityToken,
  });
  for (const name in common) params.push([name, common[name]!]);
  const { signature } = signV1({ method: "POST", params, accessKeySecret: credentials.accessKeySecret });
  return {
    url: `${wire.origin}${wire.path}?${canonicalQuery(params)}&Signature=${percentEncode(signature)}`,
    headers: { ...wire.headers, accept: "application/json" },
  };
}

/** HMAC-SHA1 (signature V1), on request: `signer: signatureV1`, or `signatureVersion: "v1"` on the convenience client. */
export const signatureV1: RequestSigner = { version: "v1", sign: signV1Wire };
