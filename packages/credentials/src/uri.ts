// A credentials URI (`ALIBABA_CLOUD_CREDENTIALS_URI`): GET answers JSON with AccessKeyId,
// AccessKeySecret, SecurityToken and Expiration. Memoized like the other temporary sources.
import { envValue, processEnv, type Env } from "./env.ts";
import { CredentialsError, CredentialsNotConfiguredError } from "./errors.ts";
import { checkTimeout, checkUrl, httpRequest } from "./http.ts";
import { memoize } from "./memoize.ts";
import { readStsCredentials } from "./sts.ts";
import type { CredentialsProvider } from "./types.ts";

export const ENV_CREDENTIALS_URI = "ALIBABA_CLOUD_CREDENTIALS_URI";

export interface FromCredentialsUriOptions {
  /** Default `ALIBABA_CLOUD_CREDENTIALS_URI`. */
  readonly uri?: string | undefined;
  /** Default 5000 ms. */
  readonly timeoutMs?: number | undefined;
  readonly refreshBeforeMs?: number | undefined;
  readonly fetch?: typeof fetch | undefined;
  readonly env?: Env | undefined;
}

export function fromCredentialsUri(options: FromCredentialsUriOptions = {}): CredentialsProvider {
  const source = "credentials-uri";
  const timeoutMs = checkTimeout(options.timeoutMs, 5000, "fromCredentialsUri");
  const configured = options.uri ?? envValue(options.env ?? processEnv(), ENV_CREDENTIALS_URI);
  const url =
    configured === undefined
      ? undefined
      : checkUrl(configured, options.uri === undefined ? ENV_CREDENTIALS_URI : "uri", source);
  const fetchOnce: CredentialsProvider = async () => {
    if (!url) throw new CredentialsNotConfiguredError(`${ENV_CREDENTIALS_URI} is not set`, { source });
    const where = `GET ${url.origin}${url.pathname}`;
    const answer = await httpRequest(url, { timeoutMs, fetch: options.fetch, source });
    if (answer.status !== 200) throw new CredentialsError(`${where}: HTTP ${answer.status}`, { source });
    let data: unknown;
    try {
      data = JSON.parse(answer.body);
    } catch {
      throw new CredentialsError(`${where}: the answer is not JSON`, { source });
    }
    if (typeof data !== "object" || data === null)
      throw new CredentialsError(`${where}: the answer is not a JSON object`, { source });
    return readStsCredentials(data as Record<string, unknown>, where, source);
  };
  return memoize(fetchOnce, {
    ...(options.refreshBeforeMs !== undefined ? { refreshBeforeMs: options.refreshBeforeMs } : {}),
  });
}
