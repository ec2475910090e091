// OIDC role ARN (RRSA on ACK): STS AssumeRoleWithOIDC, an anonymous call carrying an OIDC
// token. The token is asked for again at every refresh (on Kubernetes the kubelet rotates the
// file; the Node entry's version reads it from `ALIBABA_CLOUD_OIDC_TOKEN_FILE`).
import { processEnv, type Env } from "./env.ts";
import { CredentialsError } from "./errors.ts";
import { memoize } from "./memoize.ts";
import { checkRoleArn } from "./ram-role-arn.ts";
import { callSts, checkDuration, defaultSessionName, stsEndpointUrl, type StsEndpointOptions } from "./sts.ts";
import type { CredentialsProvider } from "./types.ts";

export interface OidcRoleArnOptions extends StsEndpointOptions {
  readonly roleArn: string;
  /** `acs:ram::<account id>:oidc-provider/<name>`. */
  readonly oidcProviderArn: string;
  /** The OIDC token, or a function asked at every refresh. */
  readonly oidcToken: string | (() => string | Promise<string>);
  readonly roleSessionName?: string | undefined;
  readonly durationSeconds?: number | undefined;
  readonly policy?: string | undefined;
  readonly refreshBeforeMs?: number | undefined;
  readonly env?: Env | undefined;
  readonly sourceName?: string | undefined;
}

const PROVIDER_ARN_PATTERN = /^acs:ram::\d+:oidc-provider\/[^\s]+$/i;

export function fromOidcRoleArn(options: OidcRoleArnOptions): CredentialsProvider {
  const name = options.sourceName ?? "oidc-role-arn";
  const roleArn = checkRoleArn(options.roleArn, name);
  if (typeof options.oidcProviderArn !== "string" || !PROVIDER_ARN_PATTERN.test(options.oidcProviderArn)) {
    throw new CredentialsError(
      "oidcProviderArn is missing or not of the form acs:ram::<account id>:oidc-provider/<name>",
      { source: name },
    );
  }
  const durationSeconds = checkDuration(options.durationSeconds, name);
  const endpoint = stsEndpointUrl(options, options.env ?? processEnv(), name);
  const token = typeof options.oidcToken === "function" ? options.oidcToken : () => options.oidcToken as string;
  const fetchOnce: CredentialsProvider = async () => {
    const oidcToken = (await token()).trim();
    if (!oidcToken) throw new CredentialsError("the OIDC token is empty", { source: name });
    const params: Record<string, string> = {
      RoleArn: roleArn,
      OIDCProviderArn: options.oidcProviderArn,
      OIDCToken: oidcToken,
      RoleSessionName: options.roleSessionName || defaultSessionName(),
      DurationSeconds: String(durationSeconds),
    };
    if (options.policy) params.Policy = options.policy;
    return callSts({
      action: "AssumeRoleWithOIDC",
      endpoint,
      params,
      timeoutMs: options.timeoutMs,
      fetch: options.fetch,
      source: name,
    });
  };
  return memoize(fetchOnce, {
    ...(options.refreshBeforeMs !== undefined ? { refreshBeforeMs: options.refreshBeforeMs } : {}),
  });
}
