// Environment variables, read at each call (so a test or a rotation script can change them).
// `process.env` where there is one; browsers and workers pass their own record.
import { CredentialsError, CredentialsNotConfiguredError } from "./errors.ts";
import { makeCredentials, type CredentialsProvider } from "./types.ts";

export type Env = Readonly<Record<string, string | undefined>>;

export const ENV_ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
export const ENV_ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
export const ENV_SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";

/** `process.env` when the runtime has one, else an empty record. */
export function processEnv(): Env {
  return (globalThis as { process?: { env?: Env } }).process?.env ?? {};
}

/** A variable's value, `undefined` when unset, empty, or refused by the runtime (Deno without `--allow-env`). */
export function envValue(env: Env, name: string): string | undefined {
  let value: unknown;
  try {
    value = env[name];
  } catch {
    return undefined;
  }
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** `"true"` (any case) is true; anything else false. */
export function envFlag(env: Env, name: string): boolean {
  return envValue(env, name)?.toLowerCase() === "true";
}

export interface FromEnvOptions {
  /** The variables to read. Default: `process.env`, read at each call. */
  readonly env?: Env | (() => Env);
}

/** `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET`, optional `ALIBABA_CLOUD_SECURITY_TOKEN`. */
export function fromEnv(options: FromEnvOptions = {}): CredentialsProvider {
  const read = typeof options.env === "function" ? options.env : () => (options.env as Env | undefined) ?? processEnv();
  return async () => {
    const env = read();
    const accessKeyId = envValue(env, ENV_ACCESS_KEY_ID);
    const accessKeySecret = envValue(env, ENV_ACCESS_KEY_SECRET);
    if (!accessKeyId && !accessKeySecret)
      throw new CredentialsNotConfiguredError(`${ENV_ACCESS_KEY_ID} and ${ENV_ACCESS_KEY_SECRET} are not set`, {
        source: "environment",
      });
    if (!accessKeyId)
      throw new CredentialsError(`${ENV_ACCESS_KEY_SECRET} is set but ${ENV_ACCESS_KEY_ID} is not`, {
        source: "environment",
      });
    if (!accessKeySecret)
      throw new CredentialsError(`${ENV_ACCESS_KEY_ID} is set but ${ENV_ACCESS_KEY_SECRET} is not`, {
        source: "environment",
      });
    return makeCredentials(
      { accessKeyId, accessKeySecret, securityToken: envValue(env, ENV_SECURITY_TOKEN) },
      "environment",
    );
  };
}
