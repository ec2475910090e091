// The OIDC role source as configured on ACK pods (RRSA): ALIBABA_CLOUD_ROLE_ARN,
// ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE; the token file is read
// again at every refresh, since the kubelet rotates it.
import { readFile } from "node:fs/promises";
import { envValue, processEnv, type Env } from "../env.ts";
import { CredentialsError, CredentialsNotConfiguredError } from "../errors.ts";
import { fromOidcRoleArn as fromOidcToken, type OidcRoleArnOptions } from "../oidc.ts";
import type { CredentialsProvider } from "../types.ts";
import { MAX_FILE_BYTES } from "./files.ts";

export interface FromOidcRoleArnOptions extends Partial<Omit<OidcRoleArnOptions, "oidcToken">> {
  /** The token itself, or a function asked at every refresh; wins over `oidcTokenFile`. */
  readonly oidcToken?: OidcRoleArnOptions["oidcToken"];
  /** Default `ALIBABA_CLOUD_OIDC_TOKEN_FILE`. */
  readonly oidcTokenFile?: string | undefined;
}

const OIDC_ENV = [
  "ALIBABA_CLOUD_ROLE_ARN",
  "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
  "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
] as const;

/** Whether the three RRSA variables are all set. */
export function oidcConfigured(env: Env): boolean {
  return OIDC_ENV.every((name) => envValue(env, name) !== undefined);
}

async function readTokenFile(file: string, source: string): Promise<string> {
  let text: Buffer;
  try {
    text = await readFile(file);
  } catch (error) {
    throw new CredentialsError(
      `the OIDC token file ${file} cannot be read (${(error as { code?: string }).code ?? "error"})`,
      { source, file },
    );
  }
  if (text.length > MAX_FILE_BYTES)
    throw new CredentialsError(`the OIDC token file ${file} is larger than ${MAX_FILE_BYTES} bytes`, { source, file });
  return text.toString("utf8");
}

/** OIDC role ARN; every option defaults to its `ALIBABA_CLOUD_*` variable (`ALIBABA_CLOUD_ROLE_SESSION_NAME` too). */
export function fromOidcRoleArn(options: FromOidcRoleArnOptions = {}): CredentialsProvider {
  const env = options.env ?? processEnv();
  const source = options.sourceName ?? "oidc-role-arn";
  const roleArn = options.roleArn ?? envValue(env, "ALIBABA_CLOUD_ROLE_ARN");
  const oidcProviderArn = options.oidcProviderArn ?? envValue(env, "ALIBABA_CLOUD_OIDC_PROVIDER_ARN");
  const tokenFile = options.oidcTokenFile ?? envValue(env, "ALIBABA_CLOUD_OIDC_TOKEN_FILE");
  if (
    roleArn === undefined &&
    oidcProviderArn === undefined &&
    tokenFile === undefined &&
    options.oidcToken === undefined
  ) {
    throw new CredentialsNotConfiguredError(`${OIDC_ENV.join(", ")} are not set`, { source });
  }
  if (options.oidcToken === undefined && tokenFile === undefined)
    throw new CredentialsError("no OIDC token: set ALIBABA_CLOUD_OIDC_TOKEN_FILE or pass oidcTokenFile", { source });
  return fromOidcToken({
    ...options,
    env,
    sourceName: source,
    roleArn: roleArn as string,
    oidcProviderArn: oidcProviderArn as string,
    roleSessionName: options.roleSessionName ?? envValue(env, "ALIBABA_CLOUD_ROLE_SESSION_NAME"),
    oidcToken: options.oidcToken ?? (() => readTokenFile(tokenFile as string, source)),
  });
}
