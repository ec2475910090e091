// RAM role ARN: STS AssumeRole, signed with the source credentials, gives temporary credentials
// for the role. Memoized: refreshed before they expire, one refresh for all concurrent callers.
import { processEnv, type Env } from "./env.ts";
import { CredentialsError } from "./errors.ts";
import { memoize } from "./memoize.ts";
import { callSts, checkDuration, defaultSessionName, stsEndpointUrl, type StsEndpointOptions } from "./sts.ts";
import type { Credentials, CredentialsProvider } from "./types.ts";

export interface FromRamRoleArnOptions extends StsEndpointOptions {
  /** The credentials that sign AssumeRole: a provider or a key pair. */
  readonly source: CredentialsProvider | Credentials;
  /** `acs:ram::<account id>:role/<role name>`. */
  readonly roleArn: string;
  /** Default `ecs-hpc-credentials-<ms since the epoch>`. */
  readonly roleSessionName?: string | undefined;
  /** Default 3600; at least 900. */
  readonly durationSeconds?: number | undefined;
  /** A policy (JSON text) that narrows the role's permissions. */
  readonly policy?: string | undefined;
  readonly externalId?: string | undefined;
  /** Refresh this long before expiry. Default 180 000 ms. */
  readonly refreshBeforeMs?: number | undefined;
  /** For `ALIBABA_CLOUD_STS_REGION` and `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED`. Default `process.env`. */
  readonly env?: Env | undefined;
  /** Names the source in errors. Default `"ram-role-arn"`. */
  readonly sourceName?: string | undefined;
}

const ROLE_ARN_PATTERN = /^acs:ram::\d+:role\/[^\s]+$/i;

export function checkRoleArn(roleArn: unknown, source: string, what = "roleArn"): string {
  if (typeof roleArn !== "string" || roleArn === "") throw new CredentialsError(`${what} is missing`, { source });
  if (!ROLE_ARN_PATTERN.test(roleArn))
    throw new CredentialsError(`${what} is not of the form acs:ram::<account id>:role/<name>`, { source });
  return roleArn;
}

export function fromRamRoleArn(options: FromRamRoleArnOptions): CredentialsProvider {
  const name = options.sourceName ?? "ram-role-arn";
  const roleArn = checkRoleArn(options.roleArn, name);
  const durationSeconds = checkDuration(options.durationSeconds, name);
  const endpoint = stsEndpointUrl(options, options.env ?? processEnv(), name);
  const source = typeof options.source === "function" ? options.source : async () => options.source as Credentials;
  if (typeof options.source !== "function" && (!options.source?.accessKeyId || !options.source.accessKeySecret)) {
    throw new CredentialsError("the source credentials lack accessKeyId or accessKeySecret", { source: name });
  }
  const fetchOnce: CredentialsProvider = async () => {
    const signWith = await source();
    const params: Record<string, string> = {
      RoleArn: roleArn,
      RoleSessionName: options.roleSessionName || defaultSessionName(),
      DurationSeconds: String(durationSeconds),
    };
    if (options.policy) params.Policy = options.policy;
    if (options.externalId) params.ExternalId = options.externalId;
    return callSts({
      action: "AssumeRole",
      endpoint,
      params,
      signWith,
      timeoutMs: options.timeoutMs,
      fetch: options.fetch,
      source: name,
    });
  };
  return memoize(fetchOnce, {
    ...(options.refreshBeforeMs !== undefined ? { refreshBeforeMs: options.refreshBeforeMs } : {}),
  });
}
