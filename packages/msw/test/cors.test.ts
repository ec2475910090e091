// CORS on the standalone server: preflights answered before the service (and not counted), the
// caller's origin allowed by default or only the listed ones, the signature's headers allowed and
// the headers a client reads exposed. The browser test (browser.test.ts) runs a real page on it.
import { describe, expect, it } from "vitest";
import { startMockServer } from "../src/server.ts";
import { call, v3 } from "./support/wire.ts";

const PAGE = "http://localhost:5173";
const SIGNED_HEADERS =
  "authorization, content-type, x-acs-action, x-acs-content-sha256, x-acs-date, x-acs-signature-nonce, x-acs-version, x-acs-security-token";

function preflight(url: string, origin: string, headers = SIGNED_HEADERS): Promise<Response> {
  return fetch(`${url}/`, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": headers },
  });
}

describe("CORS", () => {
  it("answers a preflight from any origin by default, allowing the signature's headers", async ({ onTestFinished }) => {
    const mock = await startMockServer({ store: { clusters: 2 } });
    onTestFinished(() => mock.close());
    const answer = await preflight(mock.url, PAGE, `${SIGNED_HEADERS}, x-evil`);
    expect(answer.status).toBe(204);
    expect(answer.headers.get("access-control-allow-origin")).toBe(PAGE);
    expect(answer.headers.get("access-control-allow-methods")).toBe("GET, POST");
    const allowed = (answer.headers.get("access-control-allow-headers") ?? "").split(", ");
    expect(allowed).toEqual(SIGNED_HEADERS.split(", "));
    expect(allowed).not.toContain("x-evil");
    expect(mock.store.requestCount()).toBe(0);

    const signed = await call(v3({ endpoint: `${mock.url}/` }));
    expect(signed.status).toBe(200);
    const withOrigin = await fetch(`${mock.url}/?Action=DescribeHpcClusters&Version=2014-05-26&Format=JSON`, {
      headers: { origin: "http://other.test:8080" },
    });
    expect(withOrigin.status).toBe(400); // unsigned: IncompleteSignature, readable by the page
    expect(withOrigin.headers.get("access-control-allow-origin")).toBe("http://other.test:8080");
    expect(withOrigin.headers.get("access-control-expose-headers")).toContain("x-acs-request-id");
    expect(withOrigin.headers.get("access-control-expose-headers")).toContain("x-acs-retry-after");
    expect(withOrigin.headers.get("vary")).toBe("Origin");
  });

  it("corsOrigins restricts the origins; others get no CORS headers", async ({ onTestFinished }) => {
    const mock = await startMockServer({ store: { clusters: 1 }, corsOrigins: [PAGE] });
    onTestFinished(() => mock.close());
    expect((await preflight(mock.url, PAGE)).headers.get("access-control-allow-origin")).toBe(PAGE);
    const refused = await preflight(mock.url, "http://evil.test");
    expect(refused.status).toBe(403);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    const answer = await fetch(`${mock.url}/?Action=DescribeHpcClusters&Version=2014-05-26&Format=JSON`, {
      headers: { origin: "http://evil.test" },
    });
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
    await expect(startMockServer({ corsOrigins: ["localhost:5173"] })).rejects.toThrow(/not an origin/);
  });

  it("corsOrigins: false sends no CORS headers, and OPTIONS goes to the service (which allows no OPTIONS)", async ({
    onTestFinished,
  }) => {
    const mock = await startMockServer({ store: { clusters: 1 }, corsOrigins: false });
    onTestFinished(() => mock.close());
    const answer = await preflight(mock.url, PAGE);
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
    expect(answer.status).toBe(404);
    expect(await answer.text()).toContain("<Code>InvalidVersion</Code>");
  });
});
