// The one way this package talks HTTP: fetch with a timeout, no redirects followed (a redirect
// is an error: credentials are never sent on to another place), and a bounded body.
import { CredentialsError, printable } from "./errors.ts";

/** Bodies of credential endpoints are small; anything larger is refused. */
const MAX_BODY_BYTES = 64 * 1024;

export interface HttpGetOptions {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutMs: number;
  /** Default: the global `fetch`. */
  readonly fetch?: typeof fetch | undefined;
  /** Names the source in errors. */
  readonly source: string;
}

export interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

/** Parses and checks an endpoint option: an `http:`/`https:` URL without credentials in it. */
export function checkUrl(value: string, what: string, source: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CredentialsError(`${what} is not a URL: ${JSON.stringify(printable(value, 100))}`, { source });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new CredentialsError(`${what} must be http(s), got ${url.protocol}`, { source });
  if (url.username || url.password)
    throw new CredentialsError(`${what} must not carry a user name or password`, { source });
  return url;
}

export function checkTimeout(value: number | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new TypeError(`${what}: timeoutMs must be a positive number`);
  return Math.min(Math.ceil(value), 2 ** 31 - 1);
}

async function readBounded(response: Response, source: string): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > MAX_BODY_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    throw new CredentialsError(`the answer is larger than ${MAX_BODY_BYTES} bytes`, { source });
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw new CredentialsError(`the answer is larger than ${MAX_BODY_BYTES} bytes`, { source });
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** One request; a network failure, a timeout or a redirect is a CredentialsError naming `url`'s origin. */
export async function httpRequest(url: URL, options: HttpGetOptions): Promise<HttpAnswer> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const where = `${options.method ?? "GET"} ${url.origin}${url.pathname}`;
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await doFetch(url, {
      method: options.method ?? "GET",
      headers: options.headers,
      body: options.body,
      redirect: "manual",
      signal,
    });
  } catch (error) {
    const timedOut = signal.aborted;
    throw new CredentialsError(
      `${where}: ${timedOut ? `no answer within ${options.timeoutMs} ms` : `request failed (${failure(error)})`}`,
      { source: options.source, cause: error },
    );
  }
  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel().catch(() => undefined);
    throw new CredentialsError(`${where}: answered a redirect (HTTP ${response.status}), which is not followed`, {
      source: options.source,
    });
  }
  let body: string;
  try {
    body = await readBounded(response, options.source);
  } catch (error) {
    if (error instanceof CredentialsError)
      throw new CredentialsError(`${where}: ${error.message}`, { source: options.source });
    throw new CredentialsError(
      `${where}: ${signal.aborted ? `no complete answer within ${options.timeoutMs} ms` : "the answer broke off"}`,
      { source: options.source, cause: error },
    );
  }
  return { status: response.status, headers: response.headers, body };
}

function failure(error: unknown): string {
  return error instanceof Error ? printable(causeText(error)) : "network error";
}

function causeText(error: Error): string {
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) return `${error.message}: ${(cause as { code?: string }).code ?? cause.message}`;
  return error.message;
}
