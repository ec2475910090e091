// A vitest reporter that records how many tests passed and failed in this package, so that
// `scripts/test-all.ts` can print one `N passed, N failed` line for the whole monorepo (vitest
// prints none). The file is a turbo output of the `test` task, so a cache hit restores it.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Reporter, TestModule } from "vitest/node";

export interface PackageTestSummary {
  passed: number;
  failed: number;
  skipped: number;
  files: number;
}

export class SummaryFileReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const summary: PackageTestSummary = { passed: 0, failed: unhandledErrors.length, skipped: 0, files: testModules.length };
    for (const module of testModules) {
      if (module.state() === "failed" && [...module.children.allTests()].length === 0) summary.failed += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") summary.passed += 1;
        else if (state === "failed") summary.failed += 1;
        else summary.skipped += 1;
      }
    }
    const dir = join(process.cwd(), ".test-results");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "summary.json"), JSON.stringify(summary) + "\n");
  }
}

export function summaryReporters(): Array<string | Reporter> {
  return [process.env.CI ? "dot" : "default", new SummaryFileReporter()];
}
