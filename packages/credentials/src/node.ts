/**
 * `@ecs-hpc/credentials/node`: everything of the portable entry, plus the sources that read
 * files or the instance metadata service, and the default chain:
 *
 * ```ts
 * import { defaultCredentials } from "@ecs-hpc/credentials/node";
 * const credentials = await defaultCredentials()();
 * ```
 */
export * from "./index.ts";
export { fromOidcRoleArn, oidcConfigured, type FromOidcRoleArnOptions } from "./node/oidc-file.ts";
export {
  fromCliConfig,
  cliProfileRegion,
  loadCliProfile,
  cliConfigFile,
  SUPPORTED_MODES,
  type FromCliConfigOptions,
  type CliProfile,
  type LoadedCliProfile,
} from "./node/cli-config.ts";
export {
  fromCredentialsFile,
  credentialsFilePath,
  SUPPORTED_TYPES,
  type FromCredentialsFileOptions,
} from "./node/credentials-file.ts";
export { fromEcsRamRole, DEFAULT_METADATA_ENDPOINT, type FromEcsRamRoleOptions } from "./node/ecs-ram-role.ts";
export { defaultCredentials, defaultRegion, type DefaultCredentialsOptions } from "./node/default.ts";
