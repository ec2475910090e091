// Side effect of the Node entry points (Node, Bun, Deno): where `process.getBuiltinModule` is
// missing (Bun < 1.2.6, Deno < 2.1, Node < 20.16), import node:crypto instead. That import is
// asynchronous; the client awaits `hashBackendReady()` before its first signature. Only runtimes
// that pick the package's `node`, `bun` or `deno` conditions load this module, and all of them
// resolve `node:` builtins (bundlers targeting them keep the import external).
import { hasNodeCrypto, loadHashBackend, nodeBackend } from "./hash.ts";

if (!hasNodeCrypto) loadHashBackend(async () => nodeBackend(await import("node:crypto")));
