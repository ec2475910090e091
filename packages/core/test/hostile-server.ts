// Hostile peers on loopback: a node:http server per test that records every request it gets and
// answers however the test scripts it (redirects, endless or inflating bodies, error bodies
// with a 200). Closed when the test ends, so no state leaks between tests.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { onTestFinished } from "vitest";
import { createEcsClient, fetchHandler, nodeHttpHandler, type EcsClientOptions } from "../src/index.ts";
import { creds } from "./helpers.ts";

export interface HostileServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly received: { method: string; url: string; headers: IncomingMessage["headers"] }[];
}

export type Respond = (req: IncomingMessage, res: ServerResponse) => void;

/** Starts a server on 127.0.0.1 for the current test only. */
export async function hostileServer(respond: Respond): Promise<HostileServer> {
  const server = http.createServer();
  const received: HostileServer["received"] = [];
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    req.resume();
    req.on("end", () => respond(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received };
}

/** Writes `chunk` over and over until the client goes away (an endless body). */
export function writeForever(res: ServerResponse, chunk: Buffer | string): void {
  let open = true;
  res.on("close", () => (open = false));
  const pump = () => {
    while (open && res.write(chunk));
    if (open) res.once("drain", pump);
  };
  pump();
}

/** The transports every hardening rule must hold on. */
export const transports: readonly (readonly [string, () => Partial<EcsClientOptions>])[] = [
  ["node:http (the default on Node)", () => ({ requestHandler: nodeHttpHandler() })],
  ["the fetch option", () => ({ fetch: globalThis.fetch })],
  ["fetchHandler()", () => ({ requestHandler: fetchHandler() })],
];

export const clientFor = (url: string, options: Partial<EcsClientOptions> = {}) =>
  createEcsClient({ endpoint: url, regionId: "cn-hangzhou", credentials: creds, ...options });
