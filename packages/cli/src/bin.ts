#!/usr/bin/env node
import { run } from "./program.ts";

const controller = new AbortController();
process.once("SIGINT", () => controller.abort(new Error("interrupted")));
const code = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, signal: controller.signal });
process.exitCode = code;
