// A standalone mock service over node:http, for clients msw cannot intercept (other processes,
// other languages, the official SDK in a subprocess): every request goes through the same
// handlers with msw's `getResponse`. A dropped-connection fault destroys the socket.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { getResponse, type RequestHandler } from "msw";
import { newRequestId } from "./errors.ts";
import { serviceHandlers, type HpcHandlersOptions } from "./handlers.ts";
import { createHpcService } from "./service.ts";
import { createCorsPolicy, type CorsOrigins } from "./cors.ts";
import { isWellFormedHost } from "./read-request.ts";
import { errorResponse, refusalResponse } from "./respond.ts";
import { createHpcStore, isHpcStore, type HpcStore, type HpcStoreOptions } from "./store.ts";
import { checkMaxRequestBytes, type TransportRefusal } from "./transport-refusals.ts";

export interface MockServerOptions extends Omit<HpcHandlersOptions, "store" | "baseUrl" | "endpoint"> {
  /** Port to listen on; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  readonly host?: string;
  /** A store to share, or options for a new one. */
  readonly store?: HpcStore | HpcStoreOptions;
  /** Handlers placed in front of the service's (overrides such as `hpcError(...)`). */
  readonly handlers?: readonly RequestHandler[];
  /**
   * Origins whose pages may call the server (CORS): `"*"` (default) echoes any caller's origin,
   * a list allows only those (`["http://localhost:5173"]`), `false` sends no CORS headers.
   */
  readonly corsOrigins?: CorsOrigins;
}

export interface RunningMockServer {
  /** `http://127.0.0.1:41234`: point a client's endpoint here. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly store: HpcStore;
  /** Prepends override handlers, as msw's `server.use()`. */
  use(...handlers: RequestHandler[]): void;
  /** Drops the handlers added with `use()` (and `options.handlers` unless given again). */
  resetHandlers(...handlers: RequestHandler[]): void;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** The body, or `undefined` once it passes `limit` bytes (nothing more is kept). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        request.off("data", onData);
        chunks.length = 0;
        request.resume(); // discard the rest; the connection closes after the 413
        resolve(undefined);
      } else chunks.push(chunk);
    };
    request.on("data", onData);
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

/** Methods fetch's `Request` refuses to represent; the service allows none of them anyway. */
const UNREPRESENTABLE_METHODS: ReadonlySet<string> = new Set(["CONNECT", "TRACE", "TRACK"]);

/** The URL of a request target: origin form (`/path?query`) on the Host, or absolute form. */
function requestUrl(target: string, host: string): URL | undefined {
  try {
    if (target.startsWith("/")) return new URL(`http://${host}${target}`);
    return /^https?:\/\//i.test(target) ? new URL(target) : undefined;
  } catch {
    return undefined;
  }
}

type Incoming =
  | { readonly request: Request }
  | { readonly refusal: TransportRefusal; readonly host: string }
  | { readonly notRoutable: true; readonly host: string };

async function toFetchRequest(
  incoming: IncomingMessage,
  fallbackHost: string,
  maxRequestBytes: number,
): Promise<Incoming> {
  const hostHeader = incoming.headers.host;
  if (hostHeader !== undefined && !isWellFormedHost(hostHeader))
    return { refusal: { kind: "badHost", reason: "the Host header is not host[:port]" }, host: fallbackHost };
  const url = requestUrl(incoming.url ?? "/", hostHeader ?? fallbackHost);
  const method = (incoming.method ?? "GET").toUpperCase();
  // A target that is no URL (`*`, `//`) or a method fetch cannot carry: no action there.
  if (!url) return { notRoutable: true, host: hostHeader ?? fallbackHost };
  if (UNREPRESENTABLE_METHODS.has(method)) return { notRoutable: true, host: url.host };
  const declared = Number(incoming.headers["content-length"] ?? 0);
  if (declared > maxRequestBytes)
    return {
      refusal: { kind: "bodyTooLarge", reason: `the body is larger than ${maxRequestBytes} bytes` },
      host: url.host,
    };
  const headers = new Headers();
  for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2)
    headers.append(incoming.rawHeaders[i] as string, incoming.rawHeaders[i + 1] as string);
  const body = method === "GET" || method === "HEAD" ? undefined : await readBody(incoming, maxRequestBytes);
  if (body === undefined && method !== "GET" && method !== "HEAD")
    return {
      refusal: { kind: "bodyTooLarge", reason: `the body is larger than ${maxRequestBytes} bytes` },
      host: url.host,
    };
  return {
    request: new Request(url, { method, headers, ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}) }),
  };
}

async function writeResponse(
  response: Response,
  outgoing: ServerResponse,
  extraHeaders: Readonly<Record<string, string>> = {},
): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  outgoing.writeHead(response.status, { ...headers, ...extraHeaders, "content-length": String(body.length) });
  outgoing.end(body);
}

/** How long a refused upload may go on being discarded after the 413, so the client can read it. */
const LINGER_MS = 1000;

/**
 * Node closes a `Connection: close` socket as soon as the answer is written; with request bytes
 * still arriving that is a TCP reset, and the client may lose the 413 it was sent. Instead: send
 * FIN, discard what still arrives (nothing is buffered), and close after LINGER_MS at the latest.
 */
function lingerBeforeClosing(socket: Socket): void {
  socket.destroySoon = () => {
    socket.end();
    socket.resume();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}

function headerOf(incoming: IncomingMessage, name: string): string | undefined {
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const store = isHpcStore(options.store) ? options.store : createHpcStore(options.store ?? {});
  const {
    port: requestedPort = 0,
    host = "127.0.0.1",
    handlers: initialOverrides = [],
    store: _store,
    corsOrigins,
    ...serviceOptions
  } = options;
  const corsPolicy = createCorsPolicy(corsOrigins);
  const maxRequestBytes = checkMaxRequestBytes(serviceOptions.maxRequestBytes, "startMockServer");
  // Whatever reaches this socket is for the service: answer any host (a client may use a name or an address).
  const service = createHpcService({ ...serviceOptions, store });
  const handlers = serviceHandlers(service, { endpoint: "*" });
  let overrides: RequestHandler[] = [...initialOverrides];
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let port = requestedPort;

  const server = createServer(async (incoming, outgoing) => {
    let fallbackHost = `${urlHost}:${port}`;
    const cors = corsPolicy.headersFor(incoming.headers.origin);
    const answerJson = (response: Response) => writeResponse(response, outgoing, cors);
    try {
      const preflight = corsPolicy.preflight((incoming.method ?? "").toUpperCase(), {
        get: (name) => headerOf(incoming, name),
      });
      if (preflight) {
        outgoing.writeHead(preflight.status, { ...preflight.headers, "content-length": "0" });
        outgoing.end();
        return;
      }
      const arrived = await toFetchRequest(incoming, fallbackHost, maxRequestBytes);
      if (!("request" in arrived)) {
        if ("refusal" in arrived && arrived.refusal.kind === "bodyTooLarge") lingerBeforeClosing(incoming.socket);
        const context = { requestId: newRequestId(), host: arrived.host, format: "json" } as const;
        await answerJson(
          "refusal" in arrived
            ? refusalResponse(context, arrived.refusal)
            : errorResponse(context, "InvalidAction.NotFound"),
        );
        return;
      }
      const request = arrived.request;
      const url = new URL(request.url);
      fallbackHost = url.host;
      // Without overrides, msw's handler matching would only pick the service for path `/` (the
      // handlers' rule): ask the service directly and skip getResponse's per-request work.
      const response =
        overrides.length === 0
          ? url.pathname === "/"
            ? await service.handle(request)
            : undefined
          : await getResponse([...overrides, ...handlers], request);
      if (!response) {
        await answerJson(
          errorResponse({ requestId: newRequestId(), host: fallbackHost, format: "json" }, "InvalidAction.NotFound"),
        );
      } else if (response.type === "error") {
        outgoing.destroy();
        incoming.socket.destroy();
      } else {
        await answerJson(response);
      }
    } catch {
      if (!outgoing.headersSent)
        await answerJson(
          errorResponse({ requestId: newRequestId(), host: fallbackHost, format: "json" }, "InternalError"),
        ).catch(() => outgoing.destroy());
      else outgoing.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(requestedPort, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    host,
    store,
    use: (...handlers) => {
      overrides = [...handlers, ...overrides];
    },
    resetHandlers: (...handlers) => {
      overrides = handlers.length > 0 ? [...handlers] : [...initialOverrides];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
