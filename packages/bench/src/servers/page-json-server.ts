// The floor the standalone mock is measured against: a bare node:http server on 127.0.0.1 that
// answers every request with the bytes of the page the mock answers (the same seeded store's
// first page of `pageSize`, the same field order), checking nothing. Usage:
// node page-json-server.ts <clusters> <pageSize>. Prints `PORT <n>`; exits when stdin closes.
import http from "node:http";
import { firstPage, PAGE_REQUEST_ID } from "../first-page.ts";

const clusters = Number(process.argv[2] ?? 10_000);
const pageSize = Number(process.argv[3] ?? 100);
const page = firstPage(clusters, pageSize);
const body = Buffer.from(JSON.stringify(page));
const headers = {
  "content-type": "application/json",
  "content-length": body.length,
  "x-acs-request-id": PAGE_REQUEST_ID,
};

const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, headers);
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
