// The floor the standalone mock is measured against: a bare node:http server on 127.0.0.1 that
// answers every request with the bytes of the page the mock answers (the same seeded store's
// first page of `pageSize`, the same field order), checking nothing. Usage:
// node page-json-server.ts <clusters> <pageSize>. Prints `PORT <n>`; exits when stdin closes.
import http from "node:http";
import { createHpcStore } from "@ecs-hpc/msw";

const clusters = Number(process.argv[2] ?? 10_000);
const pageSize = Number(process.argv[3] ?? 100);
const REQUEST_ID = "04F0F334-1335-436C-A1D7-6C044FE73368";
const items = createHpcStore({ clusters })
  .list("cn-hangzhou")
  .slice(0, pageSize)
  .map(({ HpcClusterId, Name, Description }) => ({ HpcClusterId, Name, Description }));
const page = {
  RequestId: REQUEST_ID,
  PageNumber: 1,
  PageSize: pageSize,
  TotalCount: clusters,
  HpcClusters: { HpcCluster: items },
};
const body = Buffer.from(JSON.stringify(page));
const headers = { "content-type": "application/json", "content-length": body.length, "x-acs-request-id": REQUEST_ID };

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
