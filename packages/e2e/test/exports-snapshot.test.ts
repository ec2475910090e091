// The public surface of every published package against its committed export snapshot
// (packages/<name>/exports.snapshot.txt; scripts/exports-snapshot.ts). A failure shows the diff:
// if the change is intended, run `pnpm exports:update` and commit the snapshots.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { exportsSnapshots, publicPackages, snapshotPath } from "../../../scripts/exports-snapshot.ts";

const e2e = JSON.parse(readFileSync(join(import.meta.dirname, "../package.json"), "utf8")) as {
  devDependencies: Record<string, string>;
};
const packages = publicPackages();
// Computed once (one TypeScript program over every entry's .d.ts), read by each package's test.
// Running the checker takes seconds, more on a loaded machine: an explicit budget.
let current = new Map<string, string>();
beforeAll(async () => {
  current = await exportsSnapshots(packages);
}, 180_000);

describe("export snapshots", () => {
  it("cover every published package, each built before this suite (an e2e devDependency)", () => {
    expect(packages.map((p) => p.name)).toEqual(
      expect.arrayContaining(["@ecs-hpc/core", "@ecs-hpc/paginate", "@ecs-hpc/msw", "@ecs-hpc/cli"]),
    );
    for (const pkg of packages)
      expect(e2e.devDependencies, `add ${pkg.name} to packages/e2e devDependencies`).toHaveProperty([pkg.name]);
  });

  it.each(packages.map((pkg) => [pkg.name, pkg] as const))(
    "%s exports what its snapshot lists (pnpm exports:update if intended)",
    (_, pkg) => {
      const path = snapshotPath(pkg);
      const committed = existsSync(path) ? readFileSync(path, "utf8") : "(no snapshot yet: run pnpm exports:update)\n";
      expect(current.get(pkg.name)).toBe(committed);
    },
  );
});
