// A standalone mock service over node:http, for clients msw cannot intercept (other processes,
// other languages, the official SDK in a subprocess): every request goes through the same
// handlers with msw's `getResponse`. A dropped-connection fault destroys the socket.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getResponse, type RequestHandler } from "msw";
import { newRequestId } from "./errors.ts";
import { createHpcHandlers, type HpcHandlersOptions } from "./handlers.ts";
import { errorResponse } from "./respond.ts";
import { createHpcStore, isHpcStore, type HpcStore, type HpcStoreOptions } from "./store.ts";

export interface MockServerOptions extends Omit<HpcHandlersOptions, "store" | "baseUrl" | "endpoint"> {
  /** Port to listen on; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  readonly host?: string;
  /** A store to share, or options for a new one. */
  readonly store?: HpcStore | HpcStoreOptions;
  /** Handlers placed in front of the service's (overrides such as `hpcError(...)`). */
  readonly handlers?: readonly RequestHandler[];
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

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

async function toFetchRequest(incoming: IncomingMessage, fallbackHost: string): Promise<Request> {
  const url = new URL(incoming.url ?? "/", `http://${incoming.headers.host ?? fallbackHost}`);
  const headers = new Headers();
  for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2) headers.append(incoming.rawHeaders[i] as string, incoming.rawHeaders[i + 1] as string);
  const method = (incoming.method ?? "GET").toUpperCase();
  const body = method === "GET" || method === "HEAD" ? undefined : await readBody(incoming);
  return new Request(url, { method, headers, ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}) });
}

async function writeResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const body = Buffer.from(await response.arrayBuffer());
  outgoing.writeHead(response.status, { ...headers, "content-length": String(body.length) });
  outgoing.end(body);
}

export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const store = isHpcStore(options.store) ? options.store : createHpcStore(options.store ?? {});
  const { port: requestedPort = 0, host = "127.0.0.1", handlers: initialOverrides = [], store: _store, ...serviceOptions } = options;
  const serviceHandlers = createHpcHandlers({ ...serviceOptions, store });
  let overrides: RequestHandler[] = [...initialOverrides];
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let port = requestedPort;

  const server = createServer(async (incoming, outgoing) => {
    let fallbackHost = host;
    try {
      const request = await toFetchRequest(incoming, `${urlHost}:${port}`);
      fallbackHost = new URL(request.url).host;
      const response = await getResponse([...overrides, ...serviceHandlers], request);
      if (!response) {
        await writeResponse(errorResponse({ requestId: newRequestId(), host: fallbackHost, format: "json" }, "InvalidAction.NotFound"), outgoing);
      } else if (response.type === "error") {
        outgoing.destroy();
        incoming.socket.destroy();
      } else {
        await writeResponse(response, outgoing);
      }
    } catch {
      if (!outgoing.headersSent) await writeResponse(errorResponse({ requestId: newRequestId(), host: fallbackHost, format: "json" }, "InternalError"), outgoing).catch(() => outgoing.destroy());
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
