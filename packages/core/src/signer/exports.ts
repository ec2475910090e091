// The public surface of `@ecs-hpc/core/signer`, shared by both entry points (index.ts for Node,
// Bun and Deno; index.universal.ts for browsers and workers), which differ only in side effects.
export { percentEncode, canonicalQuery, type QueryParams } from "./percent-encode.ts";
export {
  signV3,
  parseV3Authorization,
  V3_ALGORITHM,
  EMPTY_BODY_SHA256,
  type V3SignInput,
  type V3Signature,
  type ParsedV3Authorization,
} from "./sign-v3.ts";
export { signV1, v1CommonParams, type V1SignInput, type V1Signature, type V1CommonParamsInput } from "./sign-v1.ts";
export { formatAcsDate, parseAcsDate } from "./date.ts";
export { hashBackend, hashBackendReady, useHashBackend, type HashBackend } from "./hash.ts";
