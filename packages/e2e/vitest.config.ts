import { defineConfig } from "vitest/config";
import { summaryReporters } from "../../scripts/vitest-summary.ts";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: summaryReporters(),
    // End-to-end suites: every test drives a mock service (often several clients or a spawned
    // process); about a second alone, several times that under the full turbo run on two busy
    // cores. The slowest (soak, regeneration) set their own larger budgets.
    testTimeout: 30_000,
  },
});
