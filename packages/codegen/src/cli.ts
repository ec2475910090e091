#!/usr/bin/env node
// ecs-hpc-codegen --spec <file> --out <dir> [--check]
// Writes the generated files (and removes operation modules the spec no longer has), or with
// --check fails (exit 1) when the files on disk are stale.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { generate } from "./index.ts";

const { values } = parseArgs({
  options: { spec: { type: "string" }, out: { type: "string" }, check: { type: "boolean", default: false } },
});
if (!values.spec || !values.out) {
  console.error("usage: ecs-hpc-codegen --spec <openapi.yaml> --out <dir> [--check]");
  process.exit(2);
}
const out = values.out;
const files = await generate(readFileSync(values.spec, "utf8"));
const stale: string[] = [];
for (const [name, contents] of Object.entries(files)) {
  const path = join(out, name);
  const current = existsSync(path) ? readFileSync(path, "utf8") : null;
  if (current === contents) continue;
  if (values.check) stale.push(path);
  else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, contents);
  }
}
// Operation modules of operations the spec no longer has.
const modules = join(out, "operations");
if (existsSync(modules)) {
  for (const file of readdirSync(modules)) {
    if (Object.hasOwn(files, `operations/${file}`)) continue;
    if (values.check) stale.push(join(modules, file));
    else rmSync(join(modules, file));
  }
}
if (stale.length > 0) {
  const shown = stale.length > 10 ? [...stale.slice(0, 10), `... and ${stale.length - 10} more`] : stale;
  console.error(
    `generated files are stale against the spec: ${shown.join(", ")}\nrun \`pnpm generate\` and commit the result`,
  );
  process.exit(1);
}
