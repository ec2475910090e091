// Credentials: a static key pair (optionally with an STS token) or a provider called before
// every attempt, so rotating STS credentials just work. The default reads the environment.
import { processEnv, readEnv, type Env } from "./env.ts";
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

/**
 * Reads `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and
 * `ALIBABA_CLOUD_SECURITY_TOKEN` at each call. An empty variable is unset. A variable the runtime
 * refuses to show (Deno without `--allow-env`) is unset too for the optional token; for the key
 * pair the error names the permission to grant.
 */
export function fromEnv(env: Env | (() => Env) = processEnv): CredentialsProvider {
  return () => {
    const refused: string[] = [];
    const onRefused = (name: string) => void refused.push(name);
    const accessKeyId = readEnv(ENV_ACCESS_KEY_ID, env, onRefused);
    const accessKeySecret = readEnv(ENV_ACCESS_KEY_SECRET, env, onRefused);
    if (!accessKeyId || !accessKeySecret) {
      if (refused.length > 0) {
        const allow = `--allow-env=${ENV_ACCESS_KEY_ID},${ENV_ACCESS_KEY_SECRET},${ENV_SECURITY_TOKEN}`;
        throw new EcsCredentialsError(
          `no credentials: the runtime refused to read ${refused.join(" and ")} (on Deno, run with ${allow}), or pass \`credentials\` to createEcsClient`,
        );
      }
      throw new EcsCredentialsError(
        `no credentials: set ${ENV_ACCESS_KEY_ID} and ${ENV_ACCESS_KEY_SECRET} (and ${ENV_SECURITY_TOKEN} for STS), or pass \`credentials\` to createEcsClient`,
      );
    }
    const securityToken = readEnv(ENV_SECURITY_TOKEN, env);
    return { accessKeyId, accessKeySecret, securityToken };
  };
}

/**
 * Turns the client's `credentials` option into a provider that always yields checked
 * credentials, or throws `EcsCredentialsError`. It answers synchronously when the provider does
 * (static credentials, the environment), so the common case costs no extra await per attempt.
 */
export function toCredentialsProvider(
  option: Credentials | CredentialsProvider | undefined,
): () => Credentials | Promise<Credentials> {
  const provider: CredentialsProvider =
    option === undefined ? fromEnv() : typeof option === "function" ? option : () => option;
  const memo: CheckedMemo = { last: undefined };
  const check = (credentials: Credentials) => checked(credentials, memo);
  return () => {
    let result: Credentials | Promise<Credentials>;
    try {
      result = provider();
    } catch (error) {
      throw providerFailed(error);
    }
    // A promise, or any thenable.
    return typeof (result as { then?: unknown } | undefined)?.then === "function"
      ? Promise.resolve(result).then(check, (error: unknown) => {
          throw providerFailed(error);
        })
      : check(result as Credentials);
  };
}

function providerFailed(error: unknown): EcsCredentialsError {
  if (error instanceof EcsCredentialsError) return error;
  // `kind: "credentials"` (@ecs-hpc/credentials' CredentialsError) promises a secret-free message: keep it.
  const own = error instanceof Error && (error as { kind?: unknown }).kind === "credentials";
  const what = error instanceof Error ? error.name : typeof error;
  const message = own ? error.message : `the credentials provider failed: ${what}`;
  return new EcsCredentialsError(message, { cause: error });
}

/**
 * The last credentials of one provider that passed the checks, with the values they had then: a
 * provider that answers with the same key pair on every attempt (static credentials, a cached STS
 * token) is checked once, not per call. Compared field by field, so a mutated object is checked
 * again. Held by the provider's closure only, so it lives no longer than the client.
 */
interface CheckedMemo {
  last:
    | { readonly object: Credentials; readonly id: string; readonly secret: string; readonly token: unknown }
    | undefined;
}

function checked(credentials: Credentials, memo: CheckedMemo): Credentials {
  const last = memo.last;
  if (
    last !== undefined &&
    last.object === credentials &&
    last.id === credentials.accessKeyId &&
    last.secret === credentials.accessKeySecret &&
    last.token === credentials.securityToken
  ) {
    return credentials;
  }
  if (
    !credentials ||
    typeof credentials.accessKeyId !== "string" ||
    !credentials.accessKeyId ||
    typeof credentials.accessKeySecret !== "string" ||
    !credentials.accessKeySecret
  ) {
    throw new EcsCredentialsError("the credentials provider returned no accessKeyId/accessKeySecret");
  }
  const token = credentials.securityToken;
  if (token !== undefined && token !== null && typeof token !== "string") {
    throw new EcsCredentialsError("securityToken must be a string");
  }
  malformed("accessKeyId", credentials.accessKeyId, VISIBLE_ASCII);
  malformed("accessKeySecret", credentials.accessKeySecret, NO_CONTROL);
  if (token) malformed("securityToken", token, VISIBLE_ASCII);
  memo.last = { object: credentials, id: credentials.accessKeyId, secret: credentials.accessKeySecret, token };
  return credentials;
}

/**
 * The key ID and the STS token travel in HTTP headers (or the query): only visible ASCII
 * (U+0021-U+007E) is valid, and anything else (a trailing newline from a file or a secret
 * store, a space, a non-ASCII character) would make Node refuse to build the request, or the
 * service refuse the signature. The secret is only a key: it must just hold no control character.
 */
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;
const NO_CONTROL = /^[^\x00-\x1f\x7f\p{Cs}]+$/u;

/** Names the malformed field and where the offending character is, never the value. */
function malformed(field: string, value: string, allowed: RegExp): void {
  if (allowed.test(value)) return;
  const chars = [...value];
  const index = chars.findIndex((char) => !allowed.test(char));
  const code = `U+${chars[index]!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  throw new EcsCredentialsError(
    `credentials: ${field} is malformed: character ${index + 1} of ${chars.length} is ${code}, ` +
      "which HTTP refuses (a stray space or newline?)",
  );
}
