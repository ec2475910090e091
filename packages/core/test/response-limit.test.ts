// maxResponseBytes: an endless body, a large one, and a small gzip body that inflates to far
// more are cut at the limit (read and decoded bytes both count) on every transport, with a
// typed error that is not retried; timeouts and aborts still fire while a slow bomb decodes.
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  EcsResponseTooLargeError,
  isEcsError,
  nodeHttpHandler,
  type HttpHandler,
} from "../src/index.ts";
import { caught, pageBody } from "./helpers.ts";
import { clientFor, hostileServer, transports, writeForever } from "./hostile-server.ts";

const MiB = 1024 * 1024;
/** 64 MiB of spaces inside a valid page, gzip-compressed to a few dozen kB (built once per size: immutable data). */
const bombs = new Map<number, Buffer>();
const bomb = (size = 64 * MiB) => bombs.get(size) ?? bombs.set(size, makeBomb(size)).get(size)!;
const makeBomb = (size: number) =>
  gzipSync(
    Buffer.concat([
      Buffer.from(`${JSON.stringify(pageBody()).slice(0, -1)}, "Pad": "`),
      Buffer.alloc(size, 0x20),
      Buffer.from('"}'),
    ]),
    { level: 9 },
  );

describe.each(transports)("maxResponseBytes on %s", (_, transport) => {
  const retrying = { retry: { maxAttempts: 3, baseDelayMs: 0 } } as const;

  it("cuts an endless body at the limit, with the limit in the message, and does not retry", {
    timeout: 30_000,
  }, async () => {
    const server = await hostileServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      writeForever(res, Buffer.alloc(16 * 1024, 0x20));
    });
    const error = await caught(
      clientFor(server.url, { ...transport(), ...retrying, maxResponseBytes: 256 * 1024 }).describeHpcClusters({}),
    );
    expect(error).toBeInstanceOf(EcsResponseTooLargeError);
    expect(isEcsError(error, "too-large")).toBe(true);
    expect(error).toMatchObject({ limit: 256 * 1024, attempts: 1 });
    expect(error.message).toContain("maxResponseBytes (262144 bytes)");
    expect(server.received).toHaveLength(1);
  });

  it("refuses a body whose content-length is over the limit", async () => {
    const body = JSON.stringify(pageBody({ Pad: "x".repeat(100_000) }));
    const server = await hostileServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
    const error = await caught(
      clientFor(server.url, { ...transport(), maxResponseBytes: 50_000 }).describeHpcClusters({}),
    );
    expect(error).toMatchObject({ kind: "too-large", limit: 50_000 });
    // The same body under a larger per-call limit is read whole.
    const page = await clientFor(server.url, { ...transport(), maxResponseBytes: 50_000 }).describeHpcClusters(
      {},
      { maxResponseBytes: 200_000 },
    );
    expect(page.TotalCount).toBe(1);
  });

  it("stops a large body without content-length (chunked) at the limit", async () => {
    const server = await hostileServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write(JSON.stringify(pageBody()).slice(0, -1));
      res.end(`, "Pad": "${"y".repeat(300_000)}"}`);
    });
    const error = await caught(
      clientFor(server.url, transport()).describeHpcClusters({}, { maxResponseBytes: 100_000 }),
    );
    expect(error).toMatchObject({ kind: "too-large", limit: 100_000 });
  });

  it("stops a gzip bomb (tens of kB inflating to 64 MiB) at the default limit", { timeout: 60_000 }, async () => {
    const compressed = bomb();
    expect(compressed.length).toBeLessThan(DEFAULT_MAX_RESPONSE_BYTES / 16);
    const server = await hostileServer((_req, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "content-length": compressed.length,
      });
      res.end(compressed);
    });
    const error = await caught(clientFor(server.url, { ...transport(), ...retrying }).describeHpcClusters({}));
    expect(error).toMatchObject({ kind: "too-large", limit: DEFAULT_MAX_RESPONSE_BYTES, attempts: 1 });
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(8 * MiB);
    expect(server.received).toHaveLength(1);
  });

  it.each([
    ["deflate", deflateSync],
    ["br", brotliCompressSync],
  ] as const)(
    "stops a %s bomb at the limit, and reads the same coding when it fits",
    { timeout: 60_000 },
    async (coding, compress) => {
      const huge = compress(Buffer.alloc(16 * MiB, 0x20));
      const small = compress(Buffer.from(JSON.stringify(pageBody({ TotalCount: 5 }))));
      const server = await hostileServer((req, res) => {
        const body = req.headers["x-want"] === "small" ? small : huge;
        res.writeHead(200, {
          "content-type": "application/json",
          "content-encoding": coding,
          "content-length": body.length,
        });
        res.end(body);
      });
      const ecs = clientFor(server.url, { ...transport(), maxResponseBytes: MiB });
      expect(await caught(ecs.describeHpcClusters({}))).toMatchObject({ kind: "too-large", limit: MiB });
      expect((await ecs.describeHpcClusters({}, { headers: { "x-want": "small" } })).TotalCount).toBe(5);
    },
  );

  it("a timeout still fires while a slow bomb is being read and decoded", { timeout: 30_000 }, async () => {
    const compressed = bomb(32 * MiB);
    const server = await hostileServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      // A few hundred bytes at a time: it would take minutes to send it all.
      let offset = 0;
      const timer = setInterval(() => {
        if (offset >= compressed.length) return clearInterval(timer);
        res.write(compressed.subarray(offset, (offset += 256)));
      }, 20);
      res.on("close", () => clearInterval(timer));
    });
    const error = await caught(
      clientFor(server.url, {
        ...transport(),
        retry: false,
        timeoutMs: 400,
        maxResponseBytes: Infinity,
      }).describeHpcClusters({}),
    );
    expect(error).toMatchObject({ kind: "timeout", timeoutMs: 400 });
  });

  it("an abort still fires while a slow bomb is being read", { timeout: 30_000 }, async () => {
    const compressed = bomb(32 * MiB);
    const server = await hostileServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.write(compressed.subarray(0, 1024), () => res.write(compressed.subarray(1024, 2048)));
    });
    const controller = new AbortController();
    const call = clientFor(server.url, { ...transport(), timeoutMs: Infinity }).describeHpcClusters(
      {},
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(new Error("user cancelled")), 100);
    expect(await caught(call)).toMatchObject({ kind: "aborted", message: expect.stringContaining("user cancelled") });
  });
});

describe("decoding on node:http runs off the event loop", () => {
  it("an abort that arrives once the whole bomb is sent still stops the decoding", { timeout: 60_000 }, async () => {
    const compressed = bomb(256 * MiB);
    const controller = new AbortController();
    const server = await hostileServer((_req, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "content-length": compressed.length,
      });
      // Everything is sent and, a moment later, read: a synchronous inflate would now run to
      // the end of its 256 MiB, the abort unheard until the call had already succeeded.
      res.end(compressed, () => setTimeout(() => controller.abort(new Error("cancelled after the body was sent")), 20));
    });
    const call = clientFor(server.url, {
      requestHandler: nodeHttpHandler(),
      maxResponseBytes: Infinity,
      timeoutMs: Infinity,
    });
    const error = await caught(call.describeHpcClusters({}, { signal: controller.signal }));
    expect(error).toMatchObject({
      kind: "aborted",
      message: expect.stringContaining("cancelled after the body was sent"),
    });
  });
});

describe("maxResponseBytes with a custom requestHandler, and as an option", () => {
  it("holds a custom handler's answer to the limit even when it ignores it", async () => {
    let seenLimit: number | undefined;
    const handler: HttpHandler = async (request) => {
      seenLimit = request.maxResponseBytes;
      return { status: 200, headers: new Headers(), body: JSON.stringify(pageBody({ Pad: "z".repeat(5000) })) };
    };
    const ecs = clientFor("http://127.0.0.1:9", { requestHandler: handler, maxResponseBytes: 4096 });
    expect(await caught(ecs.describeHpcClusters({}))).toMatchObject({ kind: "too-large", limit: 4096 });
    expect(seenLimit).toBe(4096);
    // Infinity means no limit, and the handler is told none.
    await ecs.describeHpcClusters({}, { maxResponseBytes: Infinity });
    expect(seenLimit).toBeUndefined();
  });

  it("a handler's HttpResponseTooLargeError is the typed error, not a retried network error", async () => {
    let calls = 0;
    const handler: HttpHandler = async () => {
      calls++;
      throw Object.assign(new Error("too big"), { name: "ResponseTooLargeError" });
    };
    const ecs = clientFor("http://127.0.0.1:9", { requestHandler: handler, retry: { maxAttempts: 3, baseDelayMs: 0 } });
    expect(await caught(ecs.describeHpcClusters({}))).toMatchObject({
      kind: "too-large",
      limit: DEFAULT_MAX_RESPONSE_BYTES,
    });
    expect(calls).toBe(1);
  });

  it.each([0, -1, 1.5, Number.NaN, "1000"])(
    "refuses maxResponseBytes %o, on the client and per call, before any request",
    async (value) => {
      let calls = 0;
      const handler: HttpHandler = async () => {
        calls++;
        return { status: 200, headers: new Headers(), body: JSON.stringify(pageBody()) };
      };
      expect(() =>
        clientFor("http://127.0.0.1:9", { requestHandler: handler, maxResponseBytes: value as number }),
      ).toThrow(TypeError);
      const ecs = clientFor("http://127.0.0.1:9", { requestHandler: handler });
      const error = await caught(ecs.describeHpcClusters({}, { maxResponseBytes: value as number }));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(/maxResponseBytes must be a whole number of bytes/);
      expect(calls).toBe(0);
    },
  );
});
