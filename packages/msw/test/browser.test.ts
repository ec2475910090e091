// Core's browser bundle in headless Chromium against the standalone mock: a page served on one
// loopback port lists clusters from the mock on another (cross-origin, so the V3 request is
// preflighted and every answer needs CORS headers), signed V3 and V1. Needs Debian's chromium
// (`apt-get install -y chromium`; scripts/dev.sh installs it in CI); skipped without it.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockCredentials } from "../src/index.ts";
import { startMockServer, type RunningMockServer } from "../src/server.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const here = dirname(fileURLToPath(import.meta.url));
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

if (!available)
  console.warn(
    `browser.test.ts: skipped, no Chromium at ${CHROMIUM} (install Debian's: apt-get install -y chromium, or set CHROMIUM_PATH)`,
  );

/** Serves the page and its script on 127.0.0.1 (another origin than the mock's). */
async function servePage(script: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    if (request.url === "/page.js") {
      response.writeHead(200, { "content-type": "text/javascript" }).end(script);
    } else {
      response
        .writeHead(200, { "content-type": "text/html" })
        .end('<!doctype html><title>ecs-hpc browser test</title><script src="/page.js"></script>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

interface Listing {
  readonly total: number;
  readonly ids: readonly string[];
  readonly requestId: string;
}

describe.skipIf(!available)(
  `core's browser bundle in Chromium against ecs-hpc-mock${available ? "" : ` (skipped: no Chromium at ${CHROMIUM})`}`,
  { timeout: 120_000 },
  () => {
    let context: BrowserContext;
    let profile: string;
    let page: Page;
    let pageServer: Server;
    let pageUrl: string;
    let script: string;

    beforeAll(async () => {
      const bundle = await build({
        entryPoints: [join(here, "browser", "page.ts")],
        bundle: true,
        platform: "browser",
        format: "iife",
        write: false,
        logLevel: "silent",
      });
      script = bundle.outputFiles[0]?.text ?? "";
      // The bundle is the browser entry: no node: imports survived resolution.
      expect(script).not.toMatch(/require\(["']node:/);
      ({ url: pageUrl, server: pageServer } = await servePage(script));
      profile = await mkdtemp(join(tmpdir(), "ecs-hpc-chromium-"));
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: FLAGS,
        timeout: 90_000,
      });
      page = await context.newPage();
      await page.goto(pageUrl);
    }, 120_000);

    afterAll(async () => {
      await context?.close();
      await new Promise((resolve) => pageServer?.close(resolve));
      if (profile) await rm(profile, { recursive: true, force: true });
    });

    const list = (mock: RunningMockServer, version: "v3" | "v1") =>
      page.evaluate(
        ([endpoint, id, secret, v]) =>
          (globalThis as unknown as { listClusters: (...a: string[]) => Promise<Listing> }).listClusters(
            endpoint as string,
            id as string,
            secret as string,
            v as string,
          ),
        [mock.url, mockCredentials.accessKeyId, mockCredentials.accessKeySecret, version],
      );

    it("lists clusters with V3 (preflighted) and V1 signatures", async ({ onTestFinished }) => {
      const mock = await startMockServer({ store: { clusters: 7 } });
      onTestFinished(() => mock.close());
      const expected = mock.store.list("cn-hangzhou").map((cluster) => cluster.HpcClusterId);
      for (const version of ["v3", "v1"] as const) {
        const listing = await list(mock, version);
        expect(listing.total, version).toBe(7);
        expect(listing.ids, version).toEqual(expected);
        expect(listing.requestId, version).toMatch(/^[0-9A-F-]{36}$/);
      }
      // The preflight is answered by the server, not counted as a request.
      expect(mock.store.requestCounts()).toEqual({ DescribeHpcClusters: 2 });
    });

    it("a page whose origin is not allowed cannot read the answers", async ({ onTestFinished }) => {
      const mock = await startMockServer({ store: { clusters: 2 }, corsOrigins: ["http://localhost:1"] });
      onTestFinished(() => mock.close());
      const message = await page.evaluate(
        ([endpoint, id, secret]) => {
          const g = globalThis as unknown as {
            describeError: (run: () => Promise<unknown>) => Promise<string>;
            listClusters: (...a: string[]) => Promise<unknown>;
          };
          return g.describeError(() => g.listClusters(endpoint as string, id as string, secret as string, "v1"));
        },
        [mock.url, mockCredentials.accessKeyId, mockCredentials.accessKeySecret],
      );
      expect(message).not.toBe("no error");
      expect(message).toMatch(/network|fetch/i);
    });
  },
);
