import { defineConfig } from "vitest/config";
import { summaryReporters } from "../../scripts/vitest-summary.ts";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: summaryReporters(),
    // The suite runs beside every other package's on a shared two-core machine, often many times
    // oversubscribed: 5 s (vitest's default) is no sign of a hang there. Slow tests set their own.
    testTimeout: 30_000,
  },
});
