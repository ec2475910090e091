// The seam between the client and the network, modelled on AWS SDK v3's request handlers: a
// handler takes one plain request and resolves with the whole answer, body read. The client
// picks `nodeHttpHandler` on Node (node:http with keep-alive: about half the CPU per call of
// fetch, see packages/bench) and `fetchHandler` elsewhere, or whenever the `fetch` option is given.

/** One request as it goes on the wire. */
export interface HttpRequest {
  readonly method: "POST" | "GET";
  /** Absolute URL, query included. */
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The caller's signal: on abort the handler stops and rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /**
   * Bound on the whole exchange, body included: when it passes, the handler stops and rejects
   * with an `HttpTimeoutError`. `Infinity` (or absent) for none.
   */
  readonly timeoutMs?: number | undefined;
  /**
   * Bound on the body, both as read from the wire and once decoded (gzip, deflate, br): past it
   * the handler stops reading and rejects with an `HttpResponseTooLargeError`. Absent for none.
   */
  readonly maxResponseBytes?: number | undefined;
}

/** The read-only part of `Headers` the client uses (a `Headers` object is one). */
export interface HttpHeaders {
  get(name: string): string | null;
  forEach(callback: (value: string, name: string) => void): void;
}

/** One answer, its body read as text. */
export interface HttpResponse {
  readonly status: number;
  readonly headers: HttpHeaders;
  readonly body: string;
}

/**
 * Sends one request. Must honour `signal` and `timeoutMs`; rejects with the signal's reason on
 * an abort, an `HttpTimeoutError` (or any error named `TimeoutError`) on a timeout, and any other
 * error on a network failure.
 */
export type HttpHandler = (request: HttpRequest) => Promise<HttpResponse>;

/** What a handler rejects with when `timeoutMs` passes. */
export class HttpTimeoutError extends Error {
  override readonly name = "TimeoutError";
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`no complete answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** What a handler rejects with when the body goes past `maxResponseBytes`. */
export class HttpResponseTooLargeError extends Error {
  override readonly name = "ResponseTooLargeError";
  readonly limit: number;
  constructor(limit: number) {
    super(`the response body exceeded ${limit} bytes`);
    this.limit = limit;
  }
}

/** Whether a handler's rejection is a body over the limit (ours, or any error named `ResponseTooLargeError`). */
export const isTooLarge = (error: unknown): boolean => error instanceof Error && error.name === "ResponseTooLargeError";

/** Whether a handler's rejection is a timeout (ours, or `AbortSignal.timeout`'s DOMException). */
export const isTimeout = (error: unknown): boolean => error instanceof Error && error.name === "TimeoutError";

/** The HTTP status is 2xx. */
export const isOk = (response: HttpResponse): boolean => response.status >= 200 && response.status < 300;
