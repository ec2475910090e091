import { defineConfig } from "vitest/config";
import { summaryReporters } from "../../scripts/vitest-summary.ts";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: summaryReporters(),
    // Each test spawns the CLI (a Node process, ~0.4 s alone); under the full turbo run on two
    // busy cores one spawn has taken over 15 s, so a test that spawns two passed 30 s.
    testTimeout: 120_000,
  },
});
