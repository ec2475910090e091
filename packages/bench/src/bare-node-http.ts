// A bare node:http POST through the global (keep-alive) agent, body read and parsed: the floor of
// the transport our client uses on Node, for the requests bench and its drivers.
import http, { type ClientRequest, type IncomingMessage, type RequestOptions } from "node:http";

type Body = { TotalCount?: unknown };

/** Ends the request `open` makes and resolves with its answer's body, parsed. */
function exchange(open: (onResponse: (res: IncomingMessage) => void) => ClientRequest, readHeaders: boolean) {
  return new Promise<Body>((resolve, reject) => {
    const req = open((res) => {
      if (readHeaders && res.headers["content-encoding"]) reject(new Error("encoded answer"));
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Body));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** `readHeaders`: also read `res.headers` (a cost our handler pays and the plainest request does not). */
export function bareHttpPost(url: string, readHeaders = false): Promise<Body> {
  return exchange((onResponse) => http.request(url, { method: "POST" }, onResponse), readHeaders);
}

/** The same from request options (no URL to parse), e.g. with a flat `[name, value, ...]` header list. */
export function bareHttpRequest(options: RequestOptions): Promise<Body> {
  return exchange((onResponse) => http.request(options, onResponse), false);
}
