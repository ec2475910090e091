// A handler on node:http / node:https: the default on Node. Connections are kept alive through
// the agents (Node's global agents by default, which keep alive and honour NODE_USE_ENV_PROXY).
// The modules are loaded with `process.getBuiltinModule` on first use, so importing the package
// never loads them and bundlers for other platforms never follow them.
import type {
  Agent as HttpAgent,
  ClientRequest,
  IncomingHttpHeaders,
  IncomingMessage,
  RequestOptions,
} from "node:http";
import type { Agent as HttpsAgent } from "node:https";
import type { Transform } from "node:stream";
import { nodeBuiltin } from "../node-builtin.ts";
import { announcedTooLarge, byteCounter } from "./limit-body.ts";
import { isRedirectStatus } from "./refuse-redirect.ts";
import {
  HttpResponseTooLargeError,
  HttpTimeoutError,
  type HttpHandler,
  type HttpHeaders,
  type HttpRequest,
  type HttpResponse,
} from "./types.ts";

export interface NodeHttpHandlerOptions {
  /** Agent for `http:` endpoints. Default: `http.globalAgent`. */
  readonly httpAgent?: HttpAgent;
  /** Agent for `https:` endpoints. Default: `https.globalAgent`. */
  readonly httpsAgent?: HttpsAgent;
}

interface Builtins {
  http: typeof import("node:http");
  https: typeof import("node:https");
  zlib: typeof import("node:zlib");
}

function builtin<K extends keyof Builtins>(name: K): Builtins[K] {
  const mod = nodeBuiltin<Builtins[K]>(`node:${name}`);
  if (!mod)
    throw new Error(
      `@ecs-hpc/core: nodeHttpHandler needs node:${name} (Node >= 22.3); pass \`fetch\` on other runtimes`,
    );
  return mod;
}

const headerValue = (value: string | string[] | undefined): string | null =>
  value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;

const headerView = (headers: IncomingHttpHeaders): HttpHeaders => ({
  get: (name) => headerValue(headers[name.toLowerCase()]),
  forEach(callback) {
    for (const name in headers) {
      const value = headerValue(headers[name]);
      if (value !== null) callback(value, name);
    }
  },
});

/** A decompressor for the answer's `content-encoding`; `undefined` for none. */
function decoderFor(res: IncomingMessage): Transform | undefined {
  const encoding = res.headers["content-encoding"]?.trim().toLowerCase();
  if (!encoding || encoding === "identity") return undefined;
  const zlib = builtin("zlib");
  // Streams, not the *Sync functions: decoding runs off the event loop, chunk by chunk, so the
  // limit applies as output arrives and timeouts and aborts still fire during a large inflate.
  if (encoding === "gzip" || encoding === "x-gzip") return zlib.createGunzip();
  if (encoding === "deflate") return zlib.createInflate();
  if (encoding === "br") return zlib.createBrotliDecompress();
  throw new Error(`unsupported content-encoding ${JSON.stringify(encoding)}`);
}

interface Origin {
  /** The `host` header Node would derive from the URL (port only when not the default). */
  readonly host: string;
  readonly options: Pick<RequestOptions, "protocol" | "hostname" | "port">;
}

/** Sends requests with node:http / node:https, reusing connections through keep-alive agents. */
export function nodeHttpHandler(options: NodeHttpHandlerOptions = {}): HttpHandler {
  let http: Builtins["http"] | undefined;
  let https: Builtins["https"] | undefined;
  // A client talks to one origin: parse it once, not on every request.
  const origins = new Map<string, Origin>();
  const originOf = (origin: string): Origin => {
    let known = origins.get(origin);
    if (!known) {
      const url = new URL(origin);
      if (url.protocol !== "http:" && url.protocol !== "https:")
        throw new TypeError(`unsupported protocol ${url.protocol}`);
      known = {
        host: url.host,
        options: {
          protocol: url.protocol,
          hostname: url.hostname.replace(/^\[|\]$/g, ""),
          port: url.port || undefined,
        },
      };
      if (origins.size < 64) origins.set(origin, known);
    }
    return known;
  };

  const open = (request: HttpRequest): ClientRequest => {
    const { url, headers } = request;
    const pathStart = url.indexOf("/", url.indexOf("//") + 2);
    const origin = originOf(pathStart < 0 ? url : url.slice(0, pathStart));
    // The headers as the flat `[name, value, ...]` list node:http writes as given: no per-request
    // header map (`setHeader` per name) to build and then serialize. Node adds neither `host` nor,
    // for an empty POST, `content-length: 0` to such a list, so they are added here as it would
    // (names are lower case, see HttpRequest).
    const flat: string[] = [];
    for (const name in headers) flat.push(name, headers[name]!);
    if (!("host" in headers)) flat.push("host", origin.host);
    if (request.method === "POST" && !("content-length" in headers)) flat.push("content-length", "0");
    // node:https's request and agent extend node:http's.
    const secure = origin.options.protocol === "https:";
    const mod = secure ? (https ??= builtin("https")) : (http ??= builtin("http"));
    return (mod as Builtins["http"]).request({
      ...origin.options,
      method: request.method,
      path: pathStart < 0 ? "/" : url.slice(pathStart),
      headers: flat,
      agent: (secure ? options.httpsAgent : options.httpAgent) ?? mod.globalAgent,
    });
  };

  return (request) =>
    new Promise<HttpResponse>((resolve, reject) => {
      const { signal, timeoutMs } = request;
      if (signal?.aborted) return reject(signal.reason);
      let req: ClientRequest;
      try {
        req = open(request);
      } catch (error) {
        return reject(error);
      }
      // Why the exchange was cut short by us (timeout or abort), so that is what is reported
      // rather than the socket error the cut causes.
      let stopped: { reason: unknown } | undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Once an answer is being read: stops reading and decoding it.
      let cutBody: (() => void) | undefined;
      const stop = (reason: unknown) => {
        if (stopped) return;
        stopped = { reason };
        req.destroy();
        cutBody?.();
        fail(reason);
      };
      const onAbort = () => stop(signal?.reason);
      const settle = () => {
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      };
      const fail = (error: unknown) => {
        settle();
        reject(stopped ? stopped.reason : error);
      };
      if (timeoutMs !== undefined && Number.isFinite(timeoutMs))
        timer = setTimeout(() => stop(new HttpTimeoutError(timeoutMs)), Math.max(0, timeoutMs));
      signal?.addEventListener("abort", onAbort, { once: true });

      req.on("error", fail);
      req.on("response", (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        const headers = headerView(res.headers);
        // A redirect is handed back unread (and never followed), for the client to refuse.
        if (isRedirectStatus(status)) {
          settle();
          res.destroy();
          return resolve({ status, headers, body: "" });
        }
        const limit = request.maxResponseBytes;
        if (announcedTooLarge(headers, limit)) return stop(new HttpResponseTooLargeError(limit as number));
        let decoder: Transform | undefined;
        try {
          decoder = decoderFor(res);
        } catch (error) {
          return stop(error);
        }
        cutBody = () => {
          res.destroy();
          decoder?.destroy();
        };
        // Both the bytes read and the bytes decoded count against the limit, as they arrive.
        const countRead = byteCounter(limit);
        const countDecoded = decoder ? byteCounter(limit) : countRead;
        const chunks: Buffer[] = [];
        const finish = () => {
          settle();
          const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
          resolve({ status, headers, body: body.toString("utf8") });
        };
        const take = (count: (bytes: number) => void, chunk: Buffer): boolean => {
          try {
            count(chunk.length);
            return true;
          } catch (error) {
            stop(error);
            return false;
          }
        };
        if (decoder) {
          const d = decoder;
          d.on("data", (chunk: Buffer) => {
            if (take(countDecoded, chunk)) chunks.push(chunk);
          });
          d.on("error", stop);
          d.on("end", finish);
          res.on("data", (chunk: Buffer) => {
            if (take(countRead, chunk) && !d.write(chunk)) {
              res.pause();
              d.once("drain", () => res.resume());
            }
          });
          res.on("end", () => d.end());
        } else {
          res.on("data", (chunk: Buffer) => {
            if (take(countRead, chunk)) chunks.push(chunk);
          });
          res.on("end", finish);
        }
        res.on("error", fail);
        // Destroyed before its end (connection lost mid-body): a network failure.
        res.on("close", () => {
          if (!res.complete && !stopped) fail(new Error("the connection closed before the response ended"));
        });
      });
      req.end();
    });
}
