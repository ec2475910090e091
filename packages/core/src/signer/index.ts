/**
 * The request signers, usable on their own: `@ecs-hpc/core/signer`. Pure functions of the
 * request's parts and the credentials, synchronous, for Node, Bun, Deno, browsers and workers.
 */
export { percentEncode, canonicalQuery, type QueryParams } from "./percent-encode.ts";
export { signV3, parseV3Authorization, V3_ALGORITHM, EMPTY_BODY_SHA256, type V3SignInput, type V3Signature, type ParsedV3Authorization } from "./sign-v3.ts";
export { signV1, v1CommonParams, type V1SignInput, type V1Signature, type V1CommonParamsInput } from "./sign-v1.ts";
export { formatAcsDate, parseAcsDate } from "./date.ts";
export { hashBackend, useHashBackend, type HashBackend } from "./hash.ts";
