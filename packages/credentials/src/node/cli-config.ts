// aliyun CLI profiles (~/.aliyun/config.json): `{ current, profiles: [{ name, mode, ... }] }`.
// The profile is the `profile` option, else ALIBABA_CLOUD_PROFILE, else `current`. Modes AK,
// StsToken, RamRoleArn, EcsRamRole, OIDC and ChainableRamRoleArn; CloudSSO, OAuth and External
// are refused with a clear error. A profile's `region_id` is the CLI's default region.
import { envValue, processEnv, type Env } from "../env.ts";
import { CredentialsError, CredentialsNotConfiguredError, printable } from "../errors.ts";
import { fromRamRoleArn } from "../ram-role-arn.ts";
import { makeCredentials, type CredentialsProvider } from "../types.ts";
import { fromEcsRamRole } from "./ecs-ram-role.ts";
import { inHome, readJsonFile } from "./files.ts";
import { fromOidcRoleArn } from "./oidc-file.ts";

export interface FromCliConfigOptions {
  /** Default ALIBABA_CLOUD_PROFILE, else the file's `current`. */
  readonly profile?: string | undefined;
  /** Default `~/.aliyun/config.json`. */
  readonly file?: string | undefined;
  /** Default `process.env` (also gives HOME). */
  readonly env?: Env | undefined;
  /** Options for the network sources a profile leads to (endpoint overrides for tests). */
  readonly stsEndpoint?: string | undefined;
  readonly metadataEndpoint?: string | undefined;
  readonly fetch?: typeof fetch | undefined;
}

export interface CliProfile {
  readonly name: string;
  readonly mode: string;
  readonly [field: string]: unknown;
}

export const SUPPORTED_MODES = ["AK", "StsToken", "RamRoleArn", "EcsRamRole", "OIDC", "ChainableRamRoleArn"] as const;

export function cliConfigFile(options: { file?: string | undefined; env?: Env | undefined }): string {
  return options.file ?? inHome(options.env ?? processEnv(), ".aliyun", "config.json");
}

export interface LoadedCliProfile {
  readonly file: string;
  readonly profile: CliProfile;
  readonly profiles: readonly CliProfile[];
}

/** Reads the file and picks the profile (synchronous: `createEcsClient` asks for the region). */
export function loadCliProfile(options: FromCliConfigOptions = {}): LoadedCliProfile {
  const env = options.env ?? processEnv();
  const file = cliConfigFile(options);
  const source = "cli-profile";
  const json = readJsonFile(file, source) as { current?: unknown; profiles?: unknown } | null;
  if (typeof json !== "object" || json === null || !Array.isArray(json.profiles))
    throw new CredentialsError(`${file} has no "profiles" list`, { source, file });
  const profiles = json.profiles.filter(
    (p): p is CliProfile => typeof p === "object" && p !== null && typeof (p as { name?: unknown }).name === "string",
  );
  const wanted =
    options.profile ??
    envValue(env, "ALIBABA_CLOUD_PROFILE") ??
    (typeof json.current === "string" && json.current ? json.current : "default");
  const profile = profiles.find((p) => p.name === wanted);
  if (!profile)
    throw new CredentialsError(`${file} has no profile ${JSON.stringify(printable(wanted, 80))}`, {
      source: `cli-profile:${printable(wanted, 80)}`,
      file,
    });
  return { file, profile, profiles };
}

/** The `region_id` of the selected profile, or `undefined` (no file, no such profile, no region). */
export function cliProfileRegion(options: FromCliConfigOptions = {}): string | undefined {
  try {
    const region = loadCliProfile(options).profile.region_id;
    return typeof region === "string" && /^[a-z0-9][a-z0-9-]*$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

function field(profile: CliProfile, name: string, file: string, source: string): string {
  const value = profile[name];
  if (typeof value !== "string" || value === "")
    throw new CredentialsError(
      `${file}: profile ${JSON.stringify(profile.name)} (mode ${profile.mode}) lacks "${name}"`,
      { source, file },
    );
  return value;
}

function optionalField(profile: CliProfile, name: string): string | undefined {
  const value = profile[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function seconds(profile: CliProfile, name: string): number | undefined {
  const value = profile[name];
  if (typeof value === "number" && value > 0) return value;
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  return undefined;
}

function providerFor(
  loaded: LoadedCliProfile,
  profile: CliProfile,
  options: FromCliConfigOptions,
  seen: Set<string>,
): CredentialsProvider {
  const { file } = loaded;
  const source = `cli-profile:${printable(profile.name, 80)}`;
  const env = options.env ?? processEnv();
  const mode = typeof profile.mode === "string" && profile.mode ? profile.mode : "AK";
  const roleOptions = () => ({
    roleArn: field(profile, "ram_role_arn", file, source),
    roleSessionName: optionalField(profile, "ram_session_name"),
    durationSeconds: seconds(profile, "expired_seconds"),
    externalId: optionalField(profile, "external_id"),
    stsRegion: optionalField(profile, "sts_region"),
    stsEndpoint: options.stsEndpoint ?? optionalField(profile, "sts_endpoint"),
    fetch: options.fetch,
    env,
    sourceName: source,
  });
  switch (mode) {
    case "AK":
    case "StsToken": {
      const credentials = makeCredentials(
        {
          accessKeyId: field(profile, "access_key_id", file, source),
          accessKeySecret: field(profile, "access_key_secret", file, source),
          securityToken: mode === "StsToken" ? field(profile, "sts_token", file, source) : undefined,
        },
        source,
      );
      return async () => credentials;
    }
    case "RamRoleArn": {
      const signer = makeCredentials(
        {
          accessKeyId: field(profile, "access_key_id", file, source),
          accessKeySecret: field(profile, "access_key_secret", file, source),
          securityToken: optionalField(profile, "sts_token"),
        },
        source,
      );
      return fromRamRoleArn({ ...roleOptions(), source: signer });
    }
    case "EcsRamRole":
      return fromEcsRamRole({
        roleName: optionalField(profile, "ram_role_name"),
        endpoint: options.metadataEndpoint,
        fetch: options.fetch,
        env,
      });
    case "OIDC":
      return fromOidcRoleArn({
        roleArn: field(profile, "ram_role_arn", file, source),
        oidcProviderArn: field(profile, "oidc_provider_arn", file, source),
        oidcTokenFile: field(profile, "oidc_token_file", file, source),
        roleSessionName: optionalField(profile, "ram_session_name"),
        durationSeconds: seconds(profile, "expired_seconds"),
        stsRegion: optionalField(profile, "sts_region"),
        stsEndpoint: options.stsEndpoint ?? optionalField(profile, "sts_endpoint"),
        fetch: options.fetch,
        env,
        sourceName: source,
      });
    case "ChainableRamRoleArn": {
      const sourceName = field(profile, "source_profile", file, source);
      if (seen.has(sourceName))
        throw new CredentialsError(
          `${file}: profile ${JSON.stringify(profile.name)} chains back to ` +
            `${JSON.stringify(printable(sourceName, 80))} (a loop)`,
          { source, file },
        );
      const sourceProfile = loaded.profiles.find((p) => p.name === sourceName);
      if (!sourceProfile)
        throw new CredentialsError(
          `${file}: profile ${JSON.stringify(profile.name)} names source_profile ` +
            `${JSON.stringify(printable(sourceName, 80))}, which does not exist`,
          { source, file },
        );
      const inner = providerFor(loaded, sourceProfile, options, new Set([...seen, sourceName]));
      return fromRamRoleArn({ ...roleOptions(), source: inner });
    }
    default:
      throw new CredentialsError(
        `${file}: profile ${JSON.stringify(profile.name)} has mode ${JSON.stringify(printable(mode, 40))}, ` +
          `which @ecs-hpc/credentials does not support (supported: ${SUPPORTED_MODES.join(", ")})`,
        { source, file },
      );
  }
}

/**
 * Credentials from an aliyun CLI profile. The file is read at the first call (and when that
 * failed, at the next); the profile's provider is then kept, refreshing as its mode needs.
 * With ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true it is "not configured".
 */
export function fromCliConfig(options: FromCliConfigOptions = {}): CredentialsProvider {
  let provider: CredentialsProvider | undefined;
  return async () => {
    if (!provider) {
      const env = options.env ?? processEnv();
      if (envValue(env, "ALIBABA_CLOUD_CLI_PROFILE_DISABLED")?.toLowerCase() === "true") {
        throw new CredentialsNotConfiguredError("ALIBABA_CLOUD_CLI_PROFILE_DISABLED is true", {
          source: "cli-profile",
        });
      }
      const loaded = loadCliProfile(options);
      provider = providerFor(loaded, loaded.profile, options, new Set([loaded.profile.name]));
    }
    return provider();
  };
}
