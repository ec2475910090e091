// A bare node:http POST through the global (keep-alive) agent, body read and parsed: the floor of
// the transport our client uses on Node, for the requests bench and its drivers.
import http from "node:http";

/** `readHeaders`: also read `res.headers` (a cost our handler pays and the plainest request does not). */
export function bareHttpPost(url: string, readHeaders = false): Promise<{ TotalCount?: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST" }, (res) => {
      if (readHeaders && res.headers["content-encoding"]) reject(new Error("encoded answer"));
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")) as { TotalCount?: unknown }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}
