// The default entry points never reach openapi-fetch: a program that does not use
// `@ecs-hpc/core/openapi-fetch` neither bundles nor type-checks it (it is an optional peer).
// And each runtime's entry sends through that runtime's transport.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { creds, json, pageBody } from "./helpers.ts";

const src = join(import.meta.dirname, "../src");

/** Every module specifier reachable from `entry` through static imports and re-exports (type-only ones included). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(
      /(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\s+"([^"]+)"|import\("([^"]+)"\)/g,
    )) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      if (spec.startsWith(".")) visit(join(dirname(file), spec));
      else external.add(spec);
    }
  };
  visit(join(src, entry));
  return external;
}

describe("entry points", () => {
  it.each(["index.ts", "index.universal.ts"])("%s reaches no openapi-fetch", (entry) => {
    expect([...reachable(entry)].filter((name) => name.startsWith("openapi-fetch"))).toEqual([]);
  });

  it("the openapi-fetch subpath is where it is used", () => {
    expect(reachable("openapi-fetch.ts")).toContain("openapi-fetch");
  });
});

// Each entry installs its own default transport, so that a Node bundle never carries the fetch
// handler and a Bun, Deno or browser bundle never the node:http one.
describe("the default transport of each entry", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  const stubFetch = () => {
    const fetch = vi.fn(async () => json(pageBody({ TotalCount: 3 })));
    vi.stubGlobal("fetch", fetch);
    return fetch;
  };

  it("the Node entry sends through node:http, never the global fetch", async () => {
    const fetch = stubFetch();
    const server = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(pageBody({ TotalCount: 5 })));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const { createEcsBaseClient } = await import("../src/base/index.ts");
      const { describeHpcClusters } = await import("../src/generated/operations/describe-hpc-clusters.ts");
      const ecs = createEcsBaseClient({
        endpoint: `http://127.0.0.1:${port}`,
        regionId: "cn-hangzhou",
        credentials: creds,
      });
      expect((await describeHpcClusters(ecs)).TotalCount).toBe(5);
      expect(fetch).not.toHaveBeenCalled();
    } finally {
      server.close();
    }
  });

  it.each([
    ["the Bun and Deno entry", "../src/base/index.bun-deno.ts"],
    ["the universal entry", "../src/base/index.universal.ts"],
  ])("%s sends through the global fetch", async (_name, entry) => {
    const fetch = stubFetch();
    const { createEcsBaseClient } = (await import(entry)) as typeof import("../src/base/index.ts");
    const { describeHpcClusters } = await import("../src/generated/operations/describe-hpc-clusters.ts");
    const ecs = createEcsBaseClient({ regionId: "cn-hangzhou", credentials: creds });
    expect((await describeHpcClusters(ecs)).TotalCount).toBe(3);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("the Bun and Deno entries are what the export map gives those runtimes; Node gets its own", () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "../package.json"), "utf8"));
    for (const [subpath, base] of [
      [".", "./dist/index"],
      ["./client", "./dist/base/index"],
    ] as const) {
      const conditions = pkg.exports[subpath];
      // Bun and Deno also match `node`: their keys must come first.
      expect(Object.keys(conditions)).toEqual(["types", "bun", "deno", "node", "default"]);
      expect(conditions).toMatchObject({
        bun: `${base}.bun-deno.js`,
        deno: `${base}.bun-deno.js`,
        node: `${base}.js`,
        default: `${base}.universal.js`,
      });
    }
  });
});
