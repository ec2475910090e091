// The default entry points never reach openapi-fetch: a program that does not use
// `@ecs-hpc/core/openapi-fetch` neither bundles nor type-checks it (it is an optional peer).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

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
