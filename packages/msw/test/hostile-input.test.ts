// A client mistake is never a 500: any value a client sends, whatever its characters or length,
// is answered with the operation's documented 4xx (status and message from the spec), in process
// and over node:http; HTTP-level refusals (a body over the limit, a malformed Host) are their own
// final 4xx. Diagnostics quoting a refused value stay in valid headers.
import { connect } from "node:net";
import { operations, type OperationName } from "@ecs-hpc/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createHpcService, createHpcStore } from "../src/index.ts";
import { errorDefinition } from "../src/internal.ts";
import { startMockServer } from "../src/server.ts";
import { type Answer, call, v1, v3, type WireRequest } from "./support/wire.ts";

const REGION = "cn-hangzhou";

function toRequest(wire: WireRequest): Request {
  return new Request(wire.url, {
    method: wire.method,
    headers: wire.headers,
    ...(wire.method === "GET" ? {} : { body: wire.body }),
  });
}

async function handle(service: ReturnType<typeof createHpcService>, wire: WireRequest): Promise<Answer> {
  const response = await service.handle(toRequest(wire));
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  };
}

/** The answer is a success, or a documented error of `action` with its documented status. */
function expectDocumented(answer: Answer, action: OperationName): void {
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
  if (answer.status === 200) return;
  const code = answer.body.Code as string;
  const documented = errorDefinition(code, operations[action]);
  expect(documented, `${code} is documented for ${action}`).toBeDefined();
  expect(answer.status).toBe(documented?.status);
  expect(answer.body.Message).toBe(documented?.message);
}

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "1高性能集群",
    "高".repeat(200),
    `${"a".repeat(200)}é`,
    "\u0000\u001b[2J",
    "cn-杭州",
    '["hpc-\u00e9"]',
  ),
);

/** Each operation with the parameters a client may get wrong, and a valid base request. */
const cases: readonly { action: OperationName; base: Record<string, string>; fuzzed: readonly string[] }[] = [
  {
    action: "DescribeHpcClusters",
    base: { RegionId: REGION },
    fuzzed: ["RegionId", "HpcClusterIds", "PageSize", "PageNumber", "ClientToken"],
  },
  {
    action: "CreateHpcCluster",
    base: { RegionId: REGION, Name: "cfd-prod" },
    fuzzed: ["Name", "Description", "RegionId", "ClientToken", "OwnerId"],
  },
  {
    action: "ModifyHpcClusterAttribute",
    base: { RegionId: REGION, HpcClusterId: "hpc-bp1unknown", Name: "x-renamed" },
    fuzzed: ["HpcClusterId", "Name", "Description"],
  },
  {
    action: "DeleteHpcCluster",
    base: { RegionId: REGION, HpcClusterId: "hpc-bp1unknown" },
    fuzzed: ["HpcClusterId", "RegionId", "ClientToken"],
  },
];

describe("any parameter value gets a documented answer, never a 500", () => {
  for (const { action, base, fuzzed } of cases) {
    it(`${action}: random unicode in ${fuzzed.join(", ")}, V3 and V1`, { timeout: 60_000 }, async () => {
      const service = createHpcService({ store: createHpcStore({ clusters: 3 }) });
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...fuzzed), anyText, fc.boolean(), async (param, value, signV1) => {
          const params = { ...base, [param]: value };
          const answer = await handle(service, signV1 ? v1({ action, params }) : v3({ action, params }));
          expectDocumented(answer, action);
        }),
        { numRuns: 150 },
      );
    });
  }

  it("random parameter names, raw query strings, header values and form bodies: never a 500", {
    timeout: 60_000,
  }, async () => {
    const service = createHpcService({ store: createHpcStore({ clusters: 3 }) });
    const latin1 = fc.string({
      unit: fc.integer({ min: 0x20, max: 0xff }).map((code) => String.fromCharCode(code)),
      maxLength: 120,
    });
    const rawQuery = fc.string({
      unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
      maxLength: 200,
    });
    const answerOf = async (request: Request) => {
      const response = await service.handle(request);
      const text = await response.text();
      expect(response.status, text).toBeLessThan(500);
      expect(response.status, text).toBeGreaterThanOrEqual(200);
      return text;
    };
    await fc.assert(
      fc.asyncProperty(
        anyText,
        anyText,
        latin1,
        rawQuery,
        fc.uint8Array({ maxLength: 300 }),
        async (name, value, headerValue, query, body) => {
          // An unknown parameter with any name, signed.
          await answerOf(toRequest(v3({ params: { RegionId: REGION, [name || "x"]: value } })));
          // A signed request with one header replaced by any Latin-1 value.
          const wire = v3();
          for (const header of [
            "authorization",
            "x-acs-date",
            "x-acs-signature-nonce",
            "x-acs-content-sha256",
            "x-acs-action",
            "x-acs-version",
            "accept",
          ])
            await answerOf(toRequest({ ...wire, headers: { ...wire.headers, [header]: headerValue } }));
          // Any query string, unsigned; any bytes as a form body.
          await answerOf(new Request(`https://ecs.cn-hangzhou.aliyuncs.com/?${query}`));
          await answerOf(
            new Request("https://ecs.cn-hangzhou.aliyuncs.com/?Action=CreateHpcCluster&Version=2014-05-26", {
              method: "POST",
              headers: { "content-type": "application/x-www-form-urlencoded" },
              body,
            }),
          );
        },
      ),
      { numRuns: 80 },
    );
  });

  it("a Chinese name breaking the name rule, and a long refused value, are 400 with a readable diagnostic", async () => {
    const service = createHpcService({ store: createHpcStore({ clusters: 3 }) });
    for (const Name of ["1高性能集群", `1高性能${"集".repeat(120)}`]) {
      const answer = await handle(service, v3({ action: "CreateHpcCluster", params: { RegionId: REGION, Name } }));
      expect(answer.status).toBe(400);
      expect(answer.body.Code).toBe("InvalidHpcClusterName.Malformed");
      const reason = answer.headers.get("x-ecs-hpc-mock-reason") as string;
      expect(reason).toMatch(/^Name /);
      expect(reason).toMatch(/^[\x20-\x7e]+$/);
      expect(reason.length).toBeLessThanOrEqual(512);
      expect(reason).toContain("\\u9ad8"); // 高, escaped
      // A long value is shortened by core with an ellipsis, escaped too.
      if (Name.length > 40) expect(reason).toContain("\\u2026");
    }
    const region = await handle(service, v3({ params: { RegionId: "华东-1" } }));
    expect(region.status).toBe(400);
    expect(region.body.Code).toBe("InvalidRegionId.NotFound");
  });

  it("over node:http too: random values never answer 500", { timeout: 60_000 }, async ({ onTestFinished }) => {
    const mock = await startMockServer({ store: { clusters: 3 } });
    onTestFinished(() => mock.close());
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), anyText, async ({ action, base, fuzzed }, value) => {
        const params = { ...base, [fuzzed[0] as string]: value };
        expectDocumented(await call(v3({ action, params, endpoint: `${mock.url}/` })), action);
      }),
      { numRuns: 60 },
    );
  });
});

/** Sends raw bytes to the server and returns what came back until the server closed or answered. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      received += chunk;
      if (/\r\n\r\n[\s\S]*\}$/.test(received)) socket.end();
    });
    socket.on("end", () => resolve(received));
    socket.on("close", () => resolve(received));
    socket.on("error", reject);
    socket.write(request, "latin1");
  });
}

describe("malformed Host", () => {
  it("is a 400 over node:http, not a 500", { timeout: 30_000 }, async ({ onTestFinished }) => {
    const mock = await startMockServer({ store: { clusters: 1 } });
    onTestFinished(() => mock.close());
    for (const host of ["exa mple.com", "host/with/path", "[::1", "user@host", "h\u00e9te"]) {
      const answer = await rawExchange(
        mock.port,
        `GET /?Action=DescribeHpcClusters HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      );
      expect(answer, host).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).toContain('"Code":"InvalidHost.Malformed"');
    }
    expect(mock.store.requestCount()).toBe(0);
  });

  it("odd request lines over node:http are 4xx too (TRACE, bad percent-encoding, absolute form)", {
    timeout: 30_000,
  }, async ({ onTestFinished }) => {
    const mock = await startMockServer({ store: { clusters: 1 } });
    onTestFinished(() => mock.close());
    for (const line of [
      "TRACE / HTTP/1.1",
      "GET /?Action=%zz&Version=%E0%A4%A HTTP/1.1",
      "GET http://evil.example/?Format=JSON HTTP/1.1",
      "GET //?x HTTP/1.1",
      "PATCH / HTTP/1.1",
    ]) {
      const answer = await rawExchange(
        mock.port,
        `${line}\r\nHost: 127.0.0.1:${mock.port}\r\nConnection: close\r\n\r\n`,
      );
      expect(answer, line).toMatch(/^HTTP\/1\.1 4\d\d /);
    }
  });

  it("is a 400 in process", async () => {
    const service = createHpcService({ store: createHpcStore({ clusters: 1 }) });
    const wire = v3();
    const answer = await handle(service, { ...wire, headers: { ...wire.headers, host: "ecs cn-hangzhou" } });
    expect(answer.status).toBe(400);
    expect(answer.body.Code).toBe("InvalidHost.Malformed");
  });
});

describe("request bodies over maxRequestBytes get 413 before being read whole", () => {
  it("in process: a declared length over the limit, and an endless body without one", async () => {
    const service = createHpcService({ store: createHpcStore({ clusters: 1 }), maxRequestBytes: 4096 });
    const big = v3({ placement: "form", params: { RegionId: REGION, Description: "d".repeat(5000) } });
    const declared = await handle(service, big);
    expect(declared.status).toBe(413);
    expect(declared.body.Code).toBe("RequestEntityTooLarge");

    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1024;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const response = await service.handle(
      new Request("https://ecs.cn-hangzhou.aliyuncs.com/", {
        method: "POST",
        body: endless,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(64 * 1024); // stopped near the limit, not read to the end
    // A body at the limit is read as usual.
    const fits = await handle(service, v3({ placement: "form", params: { RegionId: REGION, PageSize: "3" } }));
    expect(fits.status).toBe(200);
    expect(() => createHpcService({ maxRequestBytes: 0 })).toThrow(RangeError);
  });

  it("over node:http: a declared length answered without reading, a chunked body cut off", { timeout: 30_000 }, async ({
    onTestFinished,
  }) => {
    const mock = await startMockServer({ store: { clusters: 1 }, maxRequestBytes: 4096 });
    onTestFinished(() => mock.close());
    const declared = await rawExchange(
      mock.port,
      `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10000000000\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n`,
    );
    expect(declared).toMatch(/^HTTP\/1\.1 413 /);
    expect(declared).toContain('"Code":"RequestEntityTooLarge"');

    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      async pull(controller) {
        sent += 1024;
        if (sent > 8 * 1024 * 1024) controller.close();
        else controller.enqueue(new Uint8Array(1024).fill(97));
      },
    });
    // A client that keeps uploading still reads the 413, then the server closes the connection.
    const blaster = await new Promise<string>((resolve, reject) => {
      const socket = connect(mock.port, "127.0.0.1");
      let received = "";
      socket.setEncoding("latin1");
      socket.on("data", (chunk: string) => (received += chunk));
      socket.on("error", () => undefined); // EPIPE/ECONNRESET once the server closes: expected
      socket.on("close", () => resolve(received));
      socket.on("connect", () => {
        socket.write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        const chunk = `400\r\n${"a".repeat(1024)}\r\n`;
        // Keep bytes in flight whatever the server does, as a client blasting an upload would.
        const pump = setInterval(() => {
          for (let i = 0; i < 64 && !socket.destroyed; i++) socket.write(chunk);
        }, 5);
        socket.on("close", () => clearInterval(pump));
        // Like a real client, stop uploading once the answer arrives.
        socket.once("data", () => {
          clearInterval(pump);
          socket.end();
        });
      });
      setTimeout(() => reject(new Error("the server never closed the connection")), 20_000).unref();
    });
    expect(blaster).toMatch(/^HTTP\/1\.1 413 /);

    const response = await fetch(`${mock.url}/`, {
      method: "POST",
      body: endless,
      duplex: "half",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { Code: string }).Code).toBe("RequestEntityTooLarge");
    expect(mock.store.requestCount()).toBe(0);
    // The server still serves afterwards.
    expect((await call(v3({ endpoint: `${mock.url}/` }))).status).toBe(200);
  });
});
