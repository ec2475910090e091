// The default chain, in Alibaba's order: environment, OIDC role (when its three variables are
// set), aliyun CLI profile (unless ALIBABA_CLOUD_CLI_PROFILE_DISABLED), credentials file, ECS
// instance RAM role (unless ALIBABA_CLOUD_ECS_METADATA_DISABLED), credentials URI (when
// ALIBABA_CLOUD_CREDENTIALS_URI is set). The first that yields is asked again next time.
import { chain, type ChainProvider } from "../chain.ts";
import { envFlag, envValue, fromEnv, processEnv, type Env } from "../env.ts";
import { CredentialsNotConfiguredError } from "../errors.ts";
import { fromCredentialsUri } from "../uri.ts";
import type { CredentialsProvider } from "../types.ts";
import { cliProfileRegion, fromCliConfig } from "./cli-config.ts";
import { fromCredentialsFile } from "./credentials-file.ts";
import { fromEcsRamRole } from "./ecs-ram-role.ts";
import { fromOidcRoleArn, oidcConfigured } from "./oidc-file.ts";

export interface DefaultCredentialsOptions {
  /** The CLI profile and the credentials-file section. Default ALIBABA_CLOUD_PROFILE. */
  readonly profile?: string | undefined;
  /** Default `process.env`, read when the chain is built (HOME, ALIBABA_CLOUD_*). */
  readonly env?: Env | undefined;
  /** Endpoint overrides for the network sources (tests point them at a loopback mock). */
  readonly stsEndpoint?: string | undefined;
  readonly metadataEndpoint?: string | undefined;
  readonly fetch?: typeof fetch | undefined;
}

/** A source that is skipped: not configured, with the reason. */
function skipped(reason: string, source: string): CredentialsProvider {
  return async () => {
    throw new CredentialsNotConfiguredError(reason, { source });
  };
}

/** The default chain (see the module comment). */
export function defaultCredentials(options: DefaultCredentialsOptions = {}): ChainProvider {
  const env = options.env ?? processEnv();
  const net = { stsEndpoint: options.stsEndpoint, fetch: options.fetch, env };
  const lazy = (make: () => CredentialsProvider): CredentialsProvider => {
    let made: CredentialsProvider | undefined;
    return () => {
      made ??= make();
      return made();
    };
  };
  const providers = chain(
    { name: "environment", provider: fromEnv({ env }) },
    {
      name: "oidc-role-arn",
      provider: oidcConfigured(env)
        ? lazy(() => fromOidcRoleArn(net))
        : skipped(
            "ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE are not all set",
            "oidc-role-arn",
          ),
    },
    {
      name: "cli-profile",
      provider: fromCliConfig({ ...net, profile: options.profile, metadataEndpoint: options.metadataEndpoint }),
    },
    {
      name: "credentials-file",
      provider: fromCredentialsFile({ ...net, profile: options.profile, metadataEndpoint: options.metadataEndpoint }),
    },
    {
      name: "ecs-ram-role",
      provider: envFlag(env, "ALIBABA_CLOUD_ECS_METADATA_DISABLED")
        ? skipped("ALIBABA_CLOUD_ECS_METADATA_DISABLED is true", "ecs-ram-role")
        : lazy(() => fromEcsRamRole({ endpoint: options.metadataEndpoint, fetch: options.fetch, env })),
    },
    {
      name: "credentials-uri",
      provider: envValue(env, "ALIBABA_CLOUD_CREDENTIALS_URI")
        ? lazy(() => fromCredentialsUri({ fetch: options.fetch, env }))
        : skipped("ALIBABA_CLOUD_CREDENTIALS_URI is not set", "credentials-uri"),
    },
  );
  // Not memoized as a whole: the sources of temporary credentials are, and the environment is
  // read again at each call (as core's fromEnv did), so rotated variables are seen.
  return providers;
}

/** The default region: ALIBABA_CLOUD_REGION_ID, else the selected CLI profile's `region_id`. Synchronous. */
export function defaultRegion(
  options: { profile?: string | undefined; env?: Env | undefined } = {},
): string | undefined {
  const env = options.env ?? processEnv();
  const fromEnvironment = envValue(env, "ALIBABA_CLOUD_REGION_ID");
  if (fromEnvironment) return fromEnvironment;
  if (envValue(env, "ALIBABA_CLOUD_CLI_PROFILE_DISABLED")?.toLowerCase() === "true") return undefined;
  return cliProfileRegion({ profile: options.profile, env });
}
