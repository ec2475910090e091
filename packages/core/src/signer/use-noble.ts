// Side effect of the non-Node entry points: without node:crypto, sign with @noble/hashes.
import { hasNodeCrypto, useHashBackend } from "./hash.ts";
import { nobleBackend } from "./noble.ts";

if (!hasNodeCrypto) useHashBackend(nobleBackend);

export { nobleBackend };
