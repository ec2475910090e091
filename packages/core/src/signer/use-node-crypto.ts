// Side effect of the Bun/Deno entry points and of the signer's entry (Node, Bun, Deno): where
// `process.getBuiltinModule` is missing (Bun < 1.2.6, Deno < 2.1), import node:crypto instead.
// That import is asynchronous; the client awaits `hashBackendReady()` before its first signature.
// The module id is a variable so that bundlers, like for `getBuiltinModule`, never try to follow
// it. The client's Node entries do without this module: every Node the package supports has
// getBuiltinModule.
import { hasNodeCrypto, nodeBackend } from "./hash.ts";
import { loadHashBackend } from "./load-hash-backend.ts";

const NODE_CRYPTO: string = "node:crypto";

if (!hasNodeCrypto)
  loadHashBackend(async () =>
    nodeBackend((await import(/* @vite-ignore */ NODE_CRYPTO)) as typeof import("node:crypto")),
  );
