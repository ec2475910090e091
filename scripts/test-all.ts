// The README's test command: every check turbo knows (spec lint, generated-output freshness,
// type checks, unit and end-to-end tests, the packed-consumer suite), then one closing line
// `N passed, N failed` summed over every vitest run of every package (`.test-results/*.json`;
// vitest prints none of its own; CI reads this one).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const packageDirs = ["spec", ...readdirSync(join(root, "packages")).map((name) => join("packages", name))];
for (const dir of packageDirs) rmSync(join(root, dir, ".test-results"), { recursive: true, force: true });

const tasks =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : ["lint", "lint:code", "lint:dead-code", "typecheck", "check-package", "test", "consumer", "docs"];
const turbo = spawnSync("pnpm", ["exec", "turbo", "run", ...tasks, "--output-logs=new-only", "--continue"], {
  cwd: root,
  stdio: "inherit",
});

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of packageDirs) {
  const results = join(root, dir, ".test-results");
  if (!existsSync(results)) continue;
  for (const file of readdirSync(results)
    .filter((name) => name.endsWith(".json"))
    .map((name) => join(results, name))) {
    const summary = JSON.parse(readFileSync(file, "utf8")) as { passed: number; failed: number; skipped: number };
    passed += summary.passed;
    failed += summary.failed;
    skipped += summary.skipped;
  }
}
const status = turbo.status ?? 1;
// A task that failed outside vitest (lint, typecheck, build) counts as one failure.
if (status !== 0 && failed === 0) failed = 1;
if (status === 0 && passed === 0) {
  console.error("test-all: no test ran");
  process.exitCode = 1;
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
if (status !== 0) process.exitCode = status;
