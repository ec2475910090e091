// The Node entries' defaults (`createEcsClient` from "@ecs-hpc/core", `createEcsBaseClient` from
// "@ecs-hpc/core/client"): without a `credentials` option it uses the default chain of
// `@ecs-hpc/credentials` (environment, OIDC, aliyun CLI profile, credentials file, ECS RAM role,
// credentials URI), and without a region (option or ALIBABA_CLOUD_REGION_ID) the selected CLI
// profile's `region_id`. That package is a peer dependency, loaded with `require` only when
// needed (at the first credentials request; at construction only when the region is missing),
// so the browser entry never carries it and a program passing its own credentials never loads
// it. Without it installed, the environment variables alone are read, as before.
import type { EcsClientOptions } from "./base/client.ts";
import { fromEnv, type Credentials, type CredentialsProvider } from "./credentials.ts";
import { readEnv } from "./env.ts";
import { nodeBuiltin } from "./node-builtin.ts";

interface CredentialsPackage {
  defaultCredentials(): () => Promise<Credentials>;
  defaultRegion(): string | undefined;
}

let loaded: CredentialsPackage | null | undefined;

function credentialsPackage(): CredentialsPackage | undefined {
  if (loaded === undefined) {
    const createRequire = nodeBuiltin<typeof import("node:module")>("node:module")?.createRequire;
    try {
      loaded = createRequire
        ? (createRequire(import.meta.url)("@ecs-hpc/credentials/node") as CredentialsPackage)
        : null;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== "MODULE_NOT_FOUND" && code !== "ERR_MODULE_NOT_FOUND" && code !== "ERR_PACKAGE_PATH_NOT_EXPORTED")
        throw error;
      loaded = null;
    }
  }
  return loaded ?? undefined;
}

/** The chain, built at the first credentials request; its error keeps its message (see toCredentialsProvider). */
function defaultChain(): CredentialsProvider {
  let provider: CredentialsProvider | undefined;
  return () => (provider ??= credentialsPackage()?.defaultCredentials() ?? fromEnv())();
}

/** The options with the Node defaults filled in: the region and the credentials chain. */
export function withNodeDefaults(options: EcsClientOptions): EcsClientOptions {
  const regionId = options.regionId ?? (readEnv("ALIBABA_CLOUD_REGION_ID") || credentialsPackage()?.defaultRegion());
  return { ...options, regionId, credentials: options.credentials ?? defaultChain() };
}
