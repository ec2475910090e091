// Redirects are refused on every transport: the other origin never gets a request (and so never
// the signed headers or the STS token), the error names the status and only the origin of the
// Location, and the call is not retried.
import { createEcsFetchClient } from "../src/openapi-fetch.ts";
import { describe, expect, it } from "vitest";
import { EcsRedirectError, isEcsError, type HttpHandler } from "../src/index.ts";
import { caught, creds, pageBody } from "./helpers.ts";
import { clientFor, hostileServer, transports } from "./hostile-server.ts";

const page = JSON.stringify(pageBody());

describe.each(transports)("redirects on %s", (_, transport) => {
  it.each([301, 302, 303, 307, 308])(
    "refuses HTTP %i to another origin: it gets no request, nothing is retried",
    async (status) => {
      const elsewhere = await hostileServer((_req, res) => res.end(page));
      const endpoint = await hostileServer((_req, res) => {
        res.writeHead(status, {
          location: `${elsewhere.url}/steal?Signature=SIG-IN-QUERY&SecurityToken=${creds.securityToken}`,
        });
        res.end();
      });
      const ecs = clientFor(endpoint.url, { ...transport(), retry: { maxAttempts: 3, baseDelayMs: 0 } });
      const error = await caught(ecs.describeHpcClusters({}));
      expect(error).toBeInstanceOf(EcsRedirectError);
      expect(isEcsError(error, "redirect")).toBe(true);
      expect(error).toMatchObject({ status, location: elsewhere.url, attempts: 1, operation: "DescribeHpcClusters" });
      expect(error.message).toContain(`HTTP ${status} to ${elsewhere.url}`);
      expect(error.message).not.toMatch(/steal|Signature|SIG-IN-QUERY|STS/);
      expect(elsewhere.received).toHaveLength(0);
      expect(endpoint.received).toHaveLength(1);
    },
  );

  it("refuses a same-origin redirect too, and one with no Location", async () => {
    const endpoint = await hostileServer((req, res) => {
      res.writeHead(
        req.url?.startsWith("/again") ? 200 : 307,
        req.url?.startsWith("/again") ? {} : { location: "/again" },
      );
      res.end(page);
    });
    const error = await caught(clientFor(endpoint.url, transport()).describeHpcClusters({}));
    expect(error).toMatchObject({ kind: "redirect", status: 307, location: endpoint.url });
    expect(endpoint.received.map((r) => r.url)).not.toContainEqual(expect.stringMatching(/^\/again/));

    const bare = await hostileServer((_req, res) => {
      res.writeHead(302);
      res.end();
    });
    const noLocation = await caught(clientFor(bare.url, transport()).describeHpcClusters({}));
    expect(noLocation).toMatchObject({ kind: "redirect", status: 302, location: undefined });
    expect(noLocation.message).toContain("HTTP 302)");
  });

  it("refuses a redirect on the openapi-fetch path as well", async () => {
    const elsewhere = await hostileServer((_req, res) => res.end(page));
    const endpoint = await hostileServer((_req, res) => {
      res.writeHead(302, { location: `${elsewhere.url}/` });
      res.end();
    });
    const error = await caught(
      createEcsFetchClient(clientFor(endpoint.url, transport())).POST("/DescribeHpcClusters", {
        params: { query: { RegionId: "cn-hangzhou" } },
      }),
    );
    expect(error).toMatchObject({ kind: "redirect", status: 302, location: elsewhere.url });
    expect(elsewhere.received).toHaveLength(0);
  });
});

describe("redirects from a custom requestHandler", () => {
  it("a 3xx answer is refused, not returned as data and not retried", async () => {
    let calls = 0;
    const handler: HttpHandler = async () => {
      calls++;
      return {
        status: 308,
        headers: new Headers({ location: "https://evil.example:8443/x?Signature=abc" }),
        body: page,
      };
    };
    const ecs = clientFor("http://127.0.0.1:9", { requestHandler: handler, retry: { maxAttempts: 3, baseDelayMs: 0 } });
    const error = await caught(ecs.describeHpcClusters({}));
    expect(error).toMatchObject({ kind: "redirect", status: 308, location: "https://evil.example:8443" });
    expect(error.message).not.toContain("Signature");
    expect(calls).toBe(1);
  });

  it("the opaque status 0 a browser's manual-redirect fetch gives is refused as a redirect", async () => {
    const handler: HttpHandler = async () => ({ status: 0, headers: new Headers(), body: "" });
    const error = await caught(clientFor("http://127.0.0.1:9", { requestHandler: handler }).describeHpcClusters({}));
    expect(error).toMatchObject({ kind: "redirect", status: 0, location: undefined });
  });
});
