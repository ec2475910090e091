/**
 * `@ecs-hpc/credentials`: Alibaba Cloud credentials the way workloads have them. This entry is
 * portable (browsers, workers, Node): the environment, role assumption (STS AssumeRole),
 * OIDC with a token you supply, a credentials URI, chains and refresh. The file and metadata
 * sources and `defaultCredentials()` are in `@ecs-hpc/credentials/node`.
 */
export { makeCredentials, credentialsSource, type Credentials, type CredentialsProvider } from "./types.ts";
export {
  CredentialsError,
  CredentialsNotConfiguredError,
  isCredentialsError,
  type SourceFailure,
  type CredentialsErrorOptions,
} from "./errors.ts";
export {
  fromEnv,
  ENV_ACCESS_KEY_ID,
  ENV_ACCESS_KEY_SECRET,
  ENV_SECURITY_TOKEN,
  type Env,
  type FromEnvOptions,
} from "./env.ts";
export { memoize, DEFAULT_REFRESH_BEFORE_MS, type MemoizeOptions } from "./memoize.ts";
export { chain, type ChainProvider, type NamedProvider } from "./chain.ts";
export { fromRamRoleArn, type FromRamRoleArnOptions } from "./ram-role-arn.ts";
export { fromOidcRoleArn, type OidcRoleArnOptions } from "./oidc.ts";
export { fromCredentialsUri, ENV_CREDENTIALS_URI, type FromCredentialsUriOptions } from "./uri.ts";
export { fromAlibabaCredentialsClient, type AlibabaCredentialsClientLike } from "./alibaba-client.ts";
export { DEFAULT_STS_ENDPOINT, STS_VERSION, type StsEndpointOptions } from "./sts.ts";
