// A hostile "service" on loopback for the CLI tests: every request gets the same answer, whose
// text carries terminal control sequences (screen clears, title changes, bidi overrides).
import { createServer, type Server } from "node:http";

export interface HostileService {
  readonly url: string;
  readonly requests: number;
  close(): Promise<void>;
}

export async function startHostileService(answer: {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}): Promise<HostileService> {
  let requests = 0;
  const server: Server = createServer((request, response) => {
    requests++;
    request.resume();
    const body = JSON.stringify(answer.body);
    response.writeHead(answer.status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      ...answer.headers,
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    get requests() {
      return requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Control sequences a name, description, code, message or request id might carry. */
export const NASTY = {
  clear: "\x1b[2J\x1b[H",
  title: "\x1b]0;owned\x07",
  csi: "\x9b31m",
  del: "\x7f",
  bidi: "\u202e",
} as const;
