// A hash backend that loads asynchronously (node:crypto imported on Bun < 1.2.6 and Deno < 2.1,
// see use-node-crypto.ts). Until it is in place a stand-in refuses to hash, saying why; the client
// awaits `hashBackendReady()` before signing. Not part of the Node entries' bundles.
import { useHashBackend, type HashBackend } from "./hash.ts";

function refusing(message: string, cause?: unknown): HashBackend {
  const refuse = (): never => {
    throw new Error(message, { cause });
  };
  return { name: "none", sha256Hex: refuse, hmacSha256Hex: refuse, hmacSha1Base64: refuse };
}

/** Installs the backend `load` resolves with, and a stand-in that explains itself until then. */
export function loadHashBackend(load: () => Promise<HashBackend>): void {
  const loading = load().then(
    (backend) => useHashBackend(backend),
    (error: unknown) =>
      useHashBackend(
        refusing(
          "@ecs-hpc/core: no node:crypto and no hash backend is installed; install one with useHashBackend() (nobleBackend, from the browser entry)",
          error,
        ),
      ),
  );
  useHashBackend(
    refusing(
      "@ecs-hpc/core: the hash backend of this runtime (node:crypto, imported asynchronously) is still loading; await hashBackendReady() from @ecs-hpc/core/signer before signing",
    ),
    loading,
  );
}
