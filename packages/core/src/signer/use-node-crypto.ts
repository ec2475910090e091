// Side effect of the Node entry points (Node, Bun, Deno): where `process.getBuiltinModule` is
// missing (Bun < 1.2.6, Deno < 2.1, Node < 20.16), import node:crypto instead. That import is
// asynchronous; the client awaits `hashBackendReady()` before its first signature.
import { loadHashBackend, nodeBackend } from "./hash.ts";

loadHashBackend(async () => nodeBackend(await import("node:crypto")));
