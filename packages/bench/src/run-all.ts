// `pnpm bench` / `node src/run-all.ts [name ...]`: runs the benchmarks (all, or the named ones),
// prints one Markdown table, and (for a full run, or with --write) writes RESULTS.md.
import { fileURLToPath } from "node:url";
import { runBundleSize } from "./bundle-size.ts";
import { runColdImport } from "./cold-import.ts";
import { runListing } from "./listing.ts";
import { runListingMemory } from "./listing-memory.ts";
import { runInProcess } from "./in-process.ts";
import { runMockThroughput } from "./mock-service.ts";
import { machine, markdown, summaryLine, table, writeResults, type BenchResult } from "./report.ts";
import { runRequests } from "./requests.ts";
import { runScale } from "./scale.ts";
import { runSigning } from "./signing.ts";
import os from "node:os";

const BENCHMARKS: Record<string, () => Promise<BenchResult>> = {
  signing: runSigning,
  "bundle-size": runBundleSize,
  "cold-import": runColdImport,
  requests: runRequests,
  listing: runListing,
  "listing-memory": runListingMemory,
  "mock-throughput": runMockThroughput,
  "in-process": runInProcess,
  scale: runScale,
};

const RESULTS_PATH = fileURLToPath(new URL("../RESULTS.md", import.meta.url));

function usage(): string {
  return `Usage: node src/run-all.ts [--write] [--no-write] [${Object.keys(BENCHMARKS).join("|")} ...]
  No names: every benchmark, then RESULTS.md is written. With names: only those, printed (add --write to write RESULTS.md).`;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes("-h") || argv.includes("--help")) {
    console.log(usage());
    return 0;
  }
  const names = argv.filter((a) => !a.startsWith("--"));
  const unknown = names.filter((n) => !(n in BENCHMARKS));
  if (unknown.length > 0) {
    console.error(`unknown benchmark ${unknown.map((n) => JSON.stringify(n)).join(", ")}\n${usage()}`);
    return 2;
  }
  const selected = names.length > 0 ? names : Object.keys(BENCHMARKS);
  const write = argv.includes("--no-write") ? false : argv.includes("--write") || names.length === 0;

  const m = machine();
  console.log(`# ecs-hpc bench — ${m.date}, node ${m.node}, ${m.cpu} x ${m.cores}, load ${m.loadavg}`);
  const started = performance.now();
  const results: BenchResult[] = [];
  let failed = false;
  for (const name of selected) {
    const run = BENCHMARKS[name] as () => Promise<BenchResult>;
    process.stdout.write(`running ${name} ... `);
    const t0 = performance.now();
    try {
      const result = await run();
      const seconds = (performance.now() - t0) / 1000;
      results.push({ ...result, seconds });
      console.log(`${seconds.toFixed(1)} s`);
    } catch (error) {
      failed = true;
      const message = error instanceof Error ? error.message : String(error);
      console.log("ERROR");
      console.error(error);
      results.push({
        name,
        title: "did not complete",
        rows: [
          {
            figure: "error",
            ours: message.split("\n")[0] ?? "",
            theirs: "",
            ratio: "",
            target: "completes",
            pass: false,
          },
        ],
        notes: [message],
        seconds: (performance.now() - t0) / 1000,
      });
    }
  }
  const totalSeconds = (performance.now() - started) / 1000;
  console.log("");
  console.log(table(results));
  console.log("");
  console.log(`${summaryLine(results)}; ${totalSeconds.toFixed(0)} s`);
  if (write) {
    const loadAtEnd = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" / ");
    writeResults(RESULTS_PATH, markdown(results, m, loadAtEnd, totalSeconds));
    console.log(`wrote ${RESULTS_PATH}`);
  }
  // Missed targets are results, not errors: the exit code is non-zero only when a benchmark broke.
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
