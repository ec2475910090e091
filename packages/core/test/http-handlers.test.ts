// The HTTP handlers against real loopback servers: the node:http default (keep-alive, timeouts
// that cover the body, aborts, lost connections, content codings, HTTPS with a custom agent) and
// the fetch handler the `fetch` option selects.
import { createEcsFetchClient } from "../src/openapi-fetch.ts";
import { readFileSync } from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createEcsClient,
  fetchHandler,
  HttpTimeoutError,
  isEcsError,
  nodeHttpHandler,
  type EcsClientOptions,
} from "../src/index.ts";
import { caught, creds, errorBody, pageBody, referenceV3Authorization } from "./helpers.ts";

type Handle = (req: IncomingMessage, res: ServerResponse) => void;

interface TestServer {
  readonly url: string;
  /** Requests received, with their body and the id of the TCP connection they came on. */
  readonly received: { method: string; url: string; headers: IncomingMessage["headers"]; connection: number }[];
  connections: number;
  close(): Promise<void>;
}

const servers: TestServer[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handle: Handle, options: { tls?: boolean } = {}): Promise<TestServer> {
  const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
  const server = options.tls
    ? https.createServer({ key: fixture("test-only-localhost.key.pem"), cert: fixture("test-only-localhost.cert.pem") })
    : http.createServer();
  const state: TestServer = {
    url: "",
    received: [],
    connections: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const ids = new WeakMap<object, number>();
  server.on("connection", (socket) => ids.set(socket, ++state.connections));
  server.on("secureConnection", (socket) => ids.set(socket, state.connections));
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    state.received.push({
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      connection: ids.get(req.socket) ?? -1,
    });
    req.resume();
    req.on("end", () => handle(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  Object.assign(state, { url: `${options.tls ? "https" : "http"}://127.0.0.1:${port}` });
  servers.push(state);
  return state;
}

const sendJson = (res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
};

const client = (url: string, options: EcsClientOptions = {}) =>
  createEcsClient({ endpoint: url, regionId: "cn-hangzhou", credentials: creds, retry: false, ...options });

/** The received request as a WHATWG Request, for the reference signature check. */
const asRequest = (server: TestServer, index: number) => {
  const got = server.received[index]!;
  const headers = new Headers();
  for (const [name, value] of Object.entries(got.headers)) if (typeof value === "string") headers.set(name, value);
  return new Request(`${server.url}${got.url}`, { method: got.method, headers });
};

describe("the default handler on Node: node:http", () => {
  it("sends the signed request without touching globalThis.fetch, and reads the answer", async () => {
    const server = await serve((_, res) =>
      sendJson(res, pageBody({ TotalCount: 7 }), 200, { "x-acs-request-id": "REQ-HDR" }),
    );
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const page = await client(server.url).describeHpcClusters({ PageSize: 10 });
    expect(page.TotalCount).toBe(7);
    expect(fetchSpy).not.toHaveBeenCalled();
    const got = server.received[0]!;
    expect(got.method).toBe("POST");
    expect(got.url).toMatch(/^\/\?ClientToken=[^&]+&PageSize=10&RegionId=cn-hangzhou$/);
    expect(got.headers).toMatchObject({
      "x-acs-action": "DescribeHpcClusters",
      "x-acs-version": "2014-05-26",
      host: server.url.slice("http://".length),
      "x-acs-security-token": creds.securityToken,
    });
    expect(got.headers.authorization).toBe(
      referenceV3Authorization(asRequest(server, 0), creds.accessKeySecret, creds.accessKeyId),
    );
  });

  it("writes the framing Node would: host from the URL, an empty POST with content-length 0, a caller's host kept", async () => {
    const server = await serve((_, res) => sendJson(res, pageBody()));
    const send = nodeHttpHandler();
    const hostPort = server.url.slice("http://".length);
    await send({ method: "POST", url: `${server.url}/?a=1`, headers: { accept: "application/json" } });
    await send({ method: "GET", url: server.url, headers: {} });
    await send({ method: "POST", url: `${server.url}/`, headers: { host: "ecs.example.com" } });
    const [post, get, withHost] = server.received.map((r) => r.headers);
    expect(post).toMatchObject({ host: hostPort, "content-length": "0", accept: "application/json" });
    expect(post!["transfer-encoding"]).toBeUndefined();
    expect(get!.host).toBe(hostPort);
    expect(get!["content-length"]).toBeUndefined();
    expect(get!["transfer-encoding"]).toBeUndefined();
    expect(withHost!.host).toBe("ecs.example.com");
    expect(server.received.map((r) => r.url)).toEqual(["/?a=1", "/", "/"]);
  });

  it("keeps the connection alive: sequential calls share one TCP connection", async () => {
    const server = await serve((_, res) => sendJson(res, pageBody()));
    const ecs = client(server.url);
    for (let i = 0; i < 5; i++) await ecs.describeHpcClusters({});
    expect(server.received).toHaveLength(5);
    expect(new Set(server.received.map((r) => r.connection))).toEqual(new Set([1]));
    expect(server.connections).toBe(1);
  });

  it("turns an error answer into an EcsServiceError, request id from the body", async () => {
    const server = await serve((_, res) =>
      sendJson(res, errorBody("InvalidRegionId.NotFound", "bad region", "REQ-404"), 404),
    );
    const error = await caught(client(server.url).describeHpcClusters({}));
    expect(isEcsError(error, "service")).toBe(true);
    expect(error).toMatchObject({
      code: "InvalidRegionId.NotFound",
      status: 404,
      requestId: "REQ-404",
      message: expect.stringContaining("bad region"),
    });
  });

  it("decodes a gzip-encoded body", async () => {
    const server = await serve((_, res) => {
      const body = gzipSync(JSON.stringify(pageBody({ TotalCount: 3 })));
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "content-length": body.length,
      });
      res.end(body);
    });
    expect((await client(server.url).describeHpcClusters({})).TotalCount).toBe(3);
  });

  it("a multi-byte UTF-8 body split across chunks arrives whole", async () => {
    const name = "集群-\u{1F680}-".repeat(500);
    const server = await serve((_, res) => {
      const bytes = Buffer.from(
        JSON.stringify(
          pageBody({ HpcClusters: { HpcCluster: [{ HpcClusterId: "hpc-1", Name: name, Description: "d" }] } }),
        ),
      );
      res.writeHead(200, { "content-type": "application/json" });
      // Split inside a multi-byte character, in several writes.
      let at = 0;
      for (const size of [3, 1001, 7, 4096]) res.write(bytes.subarray(at, (at += size)));
      res.end(bytes.subarray(at));
    });
    const page = await client(server.url).describeHpcClusters({});
    expect(page.HpcClusters.HpcCluster[0]?.Name).toBe(name);
  });

  it("times out while waiting for the headers: EcsTimeoutError after about timeoutMs", async () => {
    const server = await serve(() => {}); // never answers
    const started = performance.now();
    const error = await caught(client(server.url, { timeoutMs: 150 }).describeHpcClusters({}));
    const elapsed = performance.now() - started;
    expect(isEcsError(error, "timeout")).toBe(true);
    expect(error).toMatchObject({ kind: "timeout", attempts: 1 });
    // No upper bound on a shared machine: a handler that ignored the timeout never settles and
    // fails this test at its own limit instead.
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(error.message).toMatch(/after 150 ms/);
  });

  it("the timeout covers the body: headers sent, body stalled, still EcsTimeoutError", async () => {
    const server = await serve((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"RequestId":"stalled",'); // and never the rest
    });
    const error = await caught(client(server.url, { timeoutMs: 150 }).describeHpcClusters({}));
    expect(isEcsError(error, "timeout")).toBe(true);
  });

  it("a timed-out attempt is retried, and the retry succeeds on a fresh request", async () => {
    let calls = 0;
    const server = await serve((_, res) => {
      if (++calls === 1) return; // the first attempt hangs
      sendJson(res, pageBody({ TotalCount: 9 }));
    });
    const page = await client(server.url, {
      timeoutMs: 100,
      retry: { maxAttempts: 2, baseDelayMs: 1 },
    }).describeHpcClusters({});
    expect(page.TotalCount).toBe(9);
    expect(server.received).toHaveLength(2);
    // The same ClientToken on both attempts, a new nonce on each.
    expect(server.received[0]!.url).toBe(server.received[1]!.url);
    expect(server.received[0]!.headers["x-acs-signature-nonce"]).not.toBe(
      server.received[1]!.headers["x-acs-signature-nonce"],
    );
  });

  it("the caller's signal aborts a request in flight: EcsAbortError with the reason", async () => {
    const server = await serve(() => {}); // never answers
    const controller = new AbortController();
    const pending = client(server.url).describeHpcClusters({}, { signal: controller.signal });
    await vi.waitFor(() => expect(server.received).toHaveLength(1));
    controller.abort(new Error("user pressed ctrl-c"));
    const error = await caught(pending);
    expect(isEcsError(error, "aborted")).toBe(true);
    expect(error.cause).toMatchObject({ message: "user pressed ctrl-c" });
  });

  it("a connection lost mid-body is a network error, retried for a read", async () => {
    let calls = 0;
    const server = await serve((req, res) => {
      if (++calls === 1) {
        res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
        res.write('{"RequestId":');
        setTimeout(() => req.socket.destroy(), 10);
        return;
      }
      sendJson(res, pageBody({ TotalCount: 4 }));
    });
    const events: string[] = [];
    const ecs = client(server.url, {
      retry: { maxAttempts: 2, baseDelayMs: 1 },
      onEvent: (e) => events.push(e.outcome),
    });
    expect((await ecs.describeHpcClusters({})).TotalCount).toBe(4);
    expect(events).toEqual(["network", "success"]);
  });

  it("a refused connection is an EcsNetworkError after every attempt", async () => {
    const server = await serve(() => {});
    const url = server.url;
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    const error = await caught(client(url, { retry: { maxAttempts: 3, baseDelayMs: 1 } }).describeHpcClusters({}));
    expect(isEcsError(error, "network")).toBe(true);
    expect(error).toMatchObject({ attempts: 3 });
    expect(String(error.cause)).toMatch(/ECONNREFUSED/);
  });

  it("an unknown content coding is a network error, not garbage parsed as JSON", async () => {
    const server = await serve((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "zstd-from-the-future" });
      res.end("????");
    });
    const error = await caught(client(server.url).describeHpcClusters({}));
    expect(isEcsError(error, "network")).toBe(true);
    expect(String(error.cause)).toMatch(/unsupported content-encoding/);
  });

  it("HTTPS through a caller's agent (here one that trusts a test certificate)", async () => {
    const server = await serve((_, res) => sendJson(res, pageBody({ TotalCount: 11 })), { tls: true });
    const ca = readFileSync(new URL("./fixtures/test-only-localhost.cert.pem", import.meta.url));
    const httpsAgent = new https.Agent({ keepAlive: true, ca });
    try {
      const ecs = client(server.url, { requestHandler: nodeHttpHandler({ httpsAgent }) });
      expect((await ecs.describeHpcClusters({})).TotalCount).toBe(11);
      expect((await ecs.describeHpcClusters({})).TotalCount).toBe(11);
      expect(server.connections).toBe(1);
      // Without the agent that trusts it, the self-signed certificate is refused.
      const untrusting = await caught(client(server.url).describeHpcClusters({}));
      expect(isEcsError(untrusting, "network")).toBe(true);
    } finally {
      httpsAgent.destroy();
    }
  });
});

describe("choosing the handler", () => {
  it("on Node, creating a client and calling it never touches fetch's globals (Node loads undici on first touch, ~30 ms)", async () => {
    const server = await serve((_, res) => sendJson(res, pageBody({ TotalCount: 2 })));
    const touched: string[] = [];
    const saved = new Map<string, PropertyDescriptor>();
    for (const name of ["fetch", "Request", "Response", "Headers"]) {
      const descriptor = Object.getOwnPropertyDescriptor(globalThis, name)!;
      saved.set(name, descriptor);
      const value = descriptor.get ? descriptor.get.call(globalThis) : descriptor.value;
      Object.defineProperty(globalThis, name, { configurable: true, get: () => (touched.push(name), value) });
    }
    try {
      const ecs = client(server.url);
      expect((await ecs.describeHpcClusters({})).TotalCount).toBe(2);
      expect(touched).toEqual([]);
      // The openapi-fetch client (a separate entry point) needs them.
      const query = { RegionId: "cn-hangzhou" };
      const { data } = await createEcsFetchClient(ecs).POST("/DescribeHpcClusters", { params: { query } });
      expect(data?.TotalCount).toBe(2);
      expect(touched).toContain("Request");
    } finally {
      for (const [name, descriptor] of saved) Object.defineProperty(globalThis, name, descriptor);
    }
  });

  it("the `fetch` option routes every request through that fetch", async () => {
    const server = await serve((_, res) => sendJson(res, pageBody({ TotalCount: 5 })));
    const fetchImpl = vi.fn((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
    expect((await client(server.url, { fetch: fetchImpl }).describeHpcClusters({})).TotalCount).toBe(5);
    expect(fetchImpl).toHaveBeenCalledOnce();
  });

  it("`requestHandler` wins over `fetch`", async () => {
    const fetchImpl = vi.fn(fetch);
    const handler = vi.fn(async () => ({
      status: 200,
      headers: new Headers(),
      body: JSON.stringify(pageBody({ TotalCount: 6 })),
    }));
    const ecs = createEcsClient({
      endpoint: "http://127.0.0.1:9",
      credentials: creds,
      fetch: fetchImpl,
      requestHandler: handler,
    });
    expect((await ecs.describeHpcClusters({ RegionId: "cn-hangzhou" })).TotalCount).toBe(6);
    expect(handler).toHaveBeenCalledOnce();
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(handler.mock.calls[0]).toMatchObject([
      {
        method: "POST",
        url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:9\/\?/),
        headers: { "x-acs-action": "DescribeHpcClusters" },
      },
    ]);
  });

  it("a custom handler's HttpTimeoutError is reported as a timeout", async () => {
    const ecs = createEcsClient({
      endpoint: "http://127.0.0.1:9",
      regionId: "cn-hangzhou",
      credentials: creds,
      retry: false,
      requestHandler: async () => Promise.reject(new HttpTimeoutError(5)),
    });
    expect(isEcsError(await caught(ecs.describeHpcClusters({})), "timeout")).toBe(true);
  });
});

describe("fetchHandler", () => {
  it("multi-byte UTF-8 bodies split across chunks arrive whole, and bodies read at once do not mix", async () => {
    const names = ["集群-\u{1F680}-".repeat(500), "кластер-\u{1F9EA}-".repeat(700)];
    const server = await serve((req, res) => {
      const name = names[Number(new URL(req.url ?? "/", "http://x").searchParams.get("PageNumber")) - 1]!;
      const bytes = Buffer.from(
        JSON.stringify(
          pageBody({ HpcClusters: { HpcCluster: [{ HpcClusterId: "hpc-1", Name: name, Description: "d" }] } }),
        ),
      );
      res.writeHead(200, { "content-type": "application/json" });
      // Split inside a multi-byte character, in several writes, interleaved with the other body's.
      let at = 0;
      const next = (sizes: number[]) => {
        const size = sizes.shift();
        if (size === undefined) return res.end(bytes.subarray(at));
        res.write(bytes.subarray(at, (at += size)));
        setTimeout(() => next(sizes), 2);
      };
      next([3, 1001, 7, 4096]);
    });
    const ecs = client(server.url, { requestHandler: fetchHandler() });
    const pages = await Promise.all([1, 2].map((PageNumber) => ecs.describeHpcClusters({ PageNumber })));
    expect(pages.map((page) => page.HpcClusters.HpcCluster[0]?.Name)).toEqual(names);
  });

  it("the timeout covers the body too", async () => {
    const server = await serve((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"RequestId":"stalled",');
    });
    const error = await caught(
      client(server.url, { requestHandler: fetchHandler(), timeoutMs: 150 }).describeHpcClusters({}),
    );
    expect(isEcsError(error, "timeout")).toBe(true);
  });

  it("an abort reports the caller's reason, not fetch's AbortError", async () => {
    const server = await serve(() => {});
    const controller = new AbortController();
    const pending = client(server.url, { requestHandler: fetchHandler() }).describeHpcClusters(
      {},
      { signal: controller.signal },
    );
    await vi.waitFor(() => expect(server.received).toHaveLength(1));
    controller.abort(new Error("stop"));
    const error = await caught(pending);
    expect(isEcsError(error, "aborted")).toBe(true);
    expect(error.cause).toMatchObject({ message: "stop" });
  });
});
