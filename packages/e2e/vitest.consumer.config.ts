// The packed-consumer suite (`pnpm --filter @ecs-hpc/e2e consumer`, turbo task `consumer`): packs the
// public packages and installs them offline in a project outside the workspace. Kept out of the unit
// test run; its limits are generous because it spawns pnpm, tsc and node.
import { defineConfig } from "vitest/config";
import { summaryReporters } from "../../scripts/vitest-summary.ts";

export default defineConfig({
  test: {
    include: ["consumer/**/*.test.ts"],
    testTimeout: 1_200_000,
    hookTimeout: 600_000,
    reporters: summaryReporters("consumer"),
  },
});
