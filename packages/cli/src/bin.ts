#!/usr/bin/env node
// The runtime check comes first and imports nothing else: on a Node older than `engines` the
// program's modules (and msw's) would fail with messages that do not say what is needed.
const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`hpc-clusters needs Node >= 22.12; this is Node ${process.versions.node}\n`);
  process.exit(1);
}

const { guardOutput } = await import("./stdout-guard.ts");
const { run } = await import("./program.ts");

guardOutput(process.stdout, process.stderr, (code) => process.exit(code));
const controller = new AbortController();
process.once("SIGINT", () => controller.abort(new Error("interrupted")));
const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
});
process.exitCode = code;
