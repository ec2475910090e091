import { defineConfig } from "vitest/config";
import { summaryReporters } from "../../scripts/vitest-summary.ts";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: summaryReporters(),
  },
});
