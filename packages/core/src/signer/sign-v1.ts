// Signature V1, HMAC-SHA1 (`SignatureVersion=1.0`; Alibaba's newer pages call it "V2").
// A pure function of the method and every parameter but `Signature`.
import { canonicalQuery, percentEncode, queryPairs, type QueryParams } from "./percent-encode.ts";
import { hashBackend } from "./hash.ts";

export interface V1SignInput {
  readonly method: string;
  /** Every parameter (common and operation) except `Signature`. */
  readonly params: QueryParams;
  readonly accessKeySecret: string;
}

export interface V1Signature {
  readonly signature: string;
  readonly stringToSign: string;
  readonly canonicalQuery: string;
}

export function signV1(input: V1SignInput): V1Signature {
  const pairs = [...queryPairs(input.params)].filter(([name]) => name !== "Signature");
  const query = canonicalQuery(pairs);
  const stringToSign = `${input.method.toUpperCase()}&${percentEncode("/")}&${percentEncode(query)}`;
  return {
    signature: hashBackend.hmacSha1Base64(`${input.accessKeySecret}&`, stringToSign),
    stringToSign,
    canonicalQuery: query,
  };
}

export interface V1CommonParamsInput {
  readonly action: string;
  readonly version: string;
  readonly accessKeyId: string;
  readonly nonce: string;
  /** `YYYY-MM-DDTHH:mm:ssZ`. */
  readonly timestamp: string;
  readonly securityToken?: string | undefined;
}

/** The common parameters a V1 request carries besides its own and `Signature`. */
export function v1CommonParams(input: V1CommonParamsInput): Record<string, string> {
  const params: Record<string, string> = {
    Action: input.action,
    Version: input.version,
    Format: "JSON",
    AccessKeyId: input.accessKeyId,
    SignatureMethod: "HMAC-SHA1",
    SignatureVersion: "1.0",
    SignatureNonce: input.nonce,
    Timestamp: input.timestamp,
  };
  if (input.securityToken) params.SecurityToken = input.securityToken;
  return params;
}
