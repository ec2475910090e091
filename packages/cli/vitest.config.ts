import { defineConfig } from "vitest/config";
import { summaryReporters } from "../../scripts/vitest-summary.ts";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: summaryReporters(),
    // Each test spawns the CLI (a Node process, ~0.4 s alone); under the full turbo run on two
    // cores a test that spawns several can pass vitest's 5 s default without anything being wrong.
    testTimeout: 30_000,
  },
});
