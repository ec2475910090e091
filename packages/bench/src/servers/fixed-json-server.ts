// A node:http server on 127.0.0.1 (random port) that answers every request with the same JSON.
// Run as a child process so its CPU is not the client's. Prints `PORT <n>` once listening, and
// exits when its parent goes away (stdin closes) or after a hard time limit.
import http from "node:http";
import { FIXED_RESPONSE } from "../fixtures.ts";

const body = Buffer.from(JSON.stringify(FIXED_RESPONSE));
const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, {
      "content-type": "application/json;charset=utf-8",
      "content-length": body.length,
      "x-acs-request-id": FIXED_RESPONSE.RequestId,
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") process.stdout.write(`PORT ${address.port}\n`);
});
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
setTimeout(() => process.exit(0), 10 * 60_000).unref();
