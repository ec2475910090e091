// Credentials: a static key pair (optionally with an STS token) or a provider called before
// every attempt, so rotating STS credentials just work. The default reads the environment.
import { EcsCredentialsError } from "./errors.ts";

export interface Credentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** STS security token, for temporary credentials. */
  readonly securityToken?: string | undefined;
}

/** Called before every attempt; may cache and refresh as it likes. */
export type CredentialsProvider = () => Credentials | Promise<Credentials>;

export const ENV_ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
export const ENV_ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
export const ENV_SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";

type Env = Readonly<Record<string, string | undefined>>;
const processEnv = (): Env => (globalThis as { process?: { env?: Env } }).process?.env ?? {};

/** Reads `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and `ALIBABA_CLOUD_SECURITY_TOKEN` at each call. */
export function fromEnv(env: Env | (() => Env) = processEnv): CredentialsProvider {
  return () => {
    const vars = typeof env === "function" ? env() : env;
    const accessKeyId = vars[ENV_ACCESS_KEY_ID];
    const accessKeySecret = vars[ENV_ACCESS_KEY_SECRET];
    if (!accessKeyId || !accessKeySecret) {
      throw new EcsCredentialsError(`no credentials: set ${ENV_ACCESS_KEY_ID} and ${ENV_ACCESS_KEY_SECRET} (and ${ENV_SECURITY_TOKEN} for STS), or pass \`credentials\` to createEcsClient`);
    }
    const securityToken = vars[ENV_SECURITY_TOKEN] || undefined;
    return { accessKeyId, accessKeySecret, securityToken };
  };
}

/**
 * Turns the client's `credentials` option into a provider that always yields checked
 * credentials, or throws `EcsCredentialsError`. It answers synchronously when the provider does
 * (static credentials, the environment), so the common case costs no extra await per attempt.
 */
export function toCredentialsProvider(option: Credentials | CredentialsProvider | undefined): () => Credentials | Promise<Credentials> {
  const provider: CredentialsProvider = option === undefined ? fromEnv() : typeof option === "function" ? option : () => option;
  return () => {
    let result: Credentials | Promise<Credentials>;
    try {
      result = provider();
    } catch (error) {
      throw providerFailed(error);
    }
    return result instanceof Promise || typeof (result as { then?: unknown } | undefined)?.then === "function"
      ? Promise.resolve(result).then(checked, (error: unknown) => {
          throw providerFailed(error);
        })
      : checked(result);
  };
}

function providerFailed(error: unknown): EcsCredentialsError {
  if (error instanceof EcsCredentialsError) return error;
  return new EcsCredentialsError(`the credentials provider failed: ${error instanceof Error ? error.name : typeof error}`, { cause: error });
}

function checked(credentials: Credentials): Credentials {
  if (!credentials || typeof credentials.accessKeyId !== "string" || !credentials.accessKeyId || typeof credentials.accessKeySecret !== "string" || !credentials.accessKeySecret) {
    throw new EcsCredentialsError("the credentials provider returned no accessKeyId/accessKeySecret");
  }
  return credentials;
}
