#!/usr/bin/env node
// ecs-hpc-codegen --spec <file> --out <dir> [--check]
// Writes the generated files, or with --check fails (exit 1) when the files on disk are stale.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generate } from "./index.ts";

const { values } = parseArgs({ options: { spec: { type: "string" }, out: { type: "string" }, check: { type: "boolean", default: false } } });
if (!values.spec || !values.out) {
  console.error("usage: ecs-hpc-codegen --spec <openapi.yaml> --out <dir> [--check]");
  process.exit(2);
}
const files = await generate(readFileSync(values.spec, "utf8"));
const stale: string[] = [];
if (!values.check) mkdirSync(values.out, { recursive: true });
for (const [name, contents] of Object.entries(files)) {
  const path = join(values.out, name);
  const current = existsSync(path) ? readFileSync(path, "utf8") : null;
  if (current === contents) continue;
  if (values.check) stale.push(path);
  else writeFileSync(path, contents);
}
if (stale.length > 0) {
  console.error(`generated files are stale against the spec: ${stale.join(", ")}\nrun \`pnpm generate\` and commit the result`);
  process.exit(1);
}
