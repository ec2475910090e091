// A vitest reporter that records how many tests passed and failed in this package, so that
// `scripts/test-all.ts` can print one `N passed, N failed` line for the whole monorepo (vitest
// prints none). It writes `.test-results/<run>.json` (`summary` for the `test` task, `consumer` for
// the e2e `consumer` task); each file is the turbo output of its task, so a cache hit restores it.
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
  readonly run: string;

  constructor(run = "summary") {
    this.run = run;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const summary: PackageTestSummary = {
      passed: 0,
      failed: unhandledErrors.length,
      skipped: 0,
      files: testModules.length,
    };
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
    writeFileSync(join(dir, `${this.run}.json`), `${JSON.stringify(summary)}\n`);
  }
}

/** @param run the summary file's name in `.test-results/`; one per turbo task that runs vitest. */
export function summaryReporters(run = "summary"): Array<string | Reporter> {
  return [process.env.CI ? "dot" : "default", new SummaryFileReporter(run)];
}
