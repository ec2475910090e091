// Written as a downstream project would write it: only the package's public exports, msw's
// setupServer, plain fetch and the standalone signer.
import { createHash, randomUUID } from "node:crypto";
import { formatAcsDate, signV3 } from "@ecs-hpc/core/signer";
import { createHpcHandlers, createHpcStore, hpcError, mockCredentials } from "@ecs-hpc/msw";
import { startMockServer } from "@ecs-hpc/msw/server";
import { http, passthrough } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const store = createHpcStore({ clusters: 250, seed: 42 });
const server = setupServer(...createHpcHandlers({ store }));

beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterEach(() => {
  server.resetHandlers();
  store.reset();
});
afterAll(() => server.close());

/** What a small hand-written client would do: put the parameters in the query and sign V3. */
async function describeHpcClusters(params: Record<string, string>, endpoint = "https://ecs.cn-hangzhou.aliyuncs.com/") {
  const url = new URL(endpoint);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  const headers: Record<string, string> = {
    host: url.host,
    "x-acs-action": "DescribeHpcClusters",
    "x-acs-version": "2014-05-26",
    "x-acs-date": formatAcsDate(new Date()),
    "x-acs-signature-nonce": randomUUID(),
    "x-acs-content-sha256": createHash("sha256").update("").digest("hex"),
    accept: "application/json",
  };
  headers.authorization = signV3({
    method: "POST",
    query: url.searchParams,
    headers,
    ...mockCredentials,
  }).authorization;
  const { host: _host, ...sent } = headers;
  const response = await fetch(url, { method: "POST", headers: sent });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe("a downstream test suite", () => {
  it("lists the seeded clusters page by page", async () => {
    const { status, body } = await describeHpcClusters({ RegionId: "cn-hangzhou", PageSize: "100", PageNumber: "3" });
    expect(status).toBe(200);
    expect(body.TotalCount).toBe(250);
    expect(body.HpcClusters.HpcCluster).toHaveLength(50);
    expect(body.HpcClusters.HpcCluster[0].HpcClusterId).toBe(store.list()[200]?.HpcClusterId);
  });

  it("gets the service's error for a bad request", async () => {
    const { status, body } = await describeHpcClusters({ RegionId: "cn-hangzhou", PageSize: "1000" });
    expect(status).toBe(400);
    expect(body.Code).toBe("Invalid.Parameter");
  });

  it("overrides one call with server.use()", async () => {
    server.use(
      hpcError("DescribeHpcClusters", "Throttling.User", { times: 1, headers: { "x-acs-retry-after": "10" } }),
    );
    expect((await describeHpcClusters({ RegionId: "cn-hangzhou" })).body.Code).toBe("Throttling.User");
    expect((await describeHpcClusters({ RegionId: "cn-hangzhou" })).status).toBe(200);
  });

  it("can also run the mock as a real HTTP server", async () => {
    const mock = await startMockServer({ store: { clusters: 3 } });
    try {
      // The handlers answer any host, so msw would intercept this request too: let it through.
      server.use(
        http.all(
          ({ request }) => request.url.startsWith(mock.url),
          () => passthrough(),
        ),
      );
      const { status, body } = await describeHpcClusters({ RegionId: "cn-hangzhou" }, `${mock.url}/`);
      expect(status).toBe(200);
      expect(body.TotalCount).toBe(3);
      expect(mock.store.requestCount("DescribeHpcClusters")).toBe(1);
    } finally {
      await mock.close();
    }
  });
});
