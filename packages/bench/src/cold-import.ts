// Cold import: a fresh `node` process imports one SDK and constructs a client, then exits. Wall
// time is measured by the parent from spawn to exit; the child reports its own import+construct
// time and peak RSS (`process.resourceUsage().maxRSS`). Sides alternate run by run; an empty
// process is measured the same way as the floor (Node's own start-up).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BenchResult, Row } from "./report.ts";
import { fmt, fmtRatio, fmtSummary, summarize } from "./stats.ts";

const RUNS = 15;
const TIMEOUT_MS = 20_000;
const CWD = fileURLToPath(new URL("..", import.meta.url));

// Peak RSS: VmHWM from /proc/self/status where there is one. \`process.resourceUsage().maxRSS\`
// is not usable in a spawned child on Linux: it keeps the high-water mark of the pre-exec copy
// of the parent (the bench process, 60+ MiB), so every side would read the parent's size.
const report = `const t1 = performance.now();
let hwm;
try { hwm = Number(/VmHWM:\\s+(\\d+)/.exec((await import("node:fs")).readFileSync("/proc/self/status", "utf8"))?.[1]); } catch {}
console.log(JSON.stringify({ importMs: t1 - t0, maxRssKiB: hwm || process.resourceUsage().maxRSS, source: hwm ? "VmHWM" : "maxRSS" }));`;

/** Child programs (ESM, evaluated with --input-type=module from packages/bench). */
const programs = {
  ours: `const t0 = performance.now();
const { createEcsBaseClient } = await import("@ecs-hpc/core/client");
const { describeHpcClusters } = await import("@ecs-hpc/core/operations/describe-hpc-clusters");
const client = createEcsBaseClient({ endpoint: "http://127.0.0.1:9", regionId: "cn-hangzhou", credentials: { accessKeyId: "ak", accessKeySecret: "sk" } });
if (typeof describeHpcClusters !== "function" || typeof client.send !== "function") throw new Error("no client");
${report}`,
  theirs: `const t0 = performance.now();
const { default: Ecs } = await import("@alicloud/ecs20140526");
const { default: OpenApi } = await import("@alicloud/openapi-core");
const client = new Ecs.default(new OpenApi.$OpenApiUtil.Config({ endpoint: "127.0.0.1:9", protocol: "http", regionId: "cn-hangzhou", accessKeyId: "ak", accessKeySecret: "sk" }));
if (typeof client.describeHpcClusters !== "function") throw new Error("no client");
${report}`,
  empty: `const t0 = performance.now();
${report}`,
} as const;

type Side = keyof typeof programs;

interface Sample {
  readonly wallMs: number;
  readonly importMs: number;
  readonly maxRssKiB: number;
  readonly source: string;
}

function runOnce(side: Side): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["--input-type=module", "-e", programs[side]], {
      cwd: CWD,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.on("error", reject);
    child.on("exit", (code) => {
      const wallMs = performance.now() - start;
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`cold-import ${side}: exit ${code}: ${err.slice(0, 500)}`));
      try {
        const parsed = JSON.parse(out.trim().split("\n").pop() ?? "") as {
          importMs: number;
          maxRssKiB: number;
          source: string;
        };
        resolve({ wallMs, importMs: parsed.importMs, maxRssKiB: parsed.maxRssKiB, source: parsed.source });
      } catch {
        reject(new Error(`cold-import ${side}: unexpected output ${JSON.stringify(out)}`));
      }
    });
  });
}

export async function runColdImport(): Promise<BenchResult> {
  const sides: Side[] = ["ours", "theirs", "empty"];
  // One untimed run each: the file-system cache is warm for every timed run ("cold" = new process).
  for (const side of sides) await runOnce(side);
  const samples: Record<Side, Sample[]> = { ours: [], theirs: [], empty: [] };
  for (let i = 0; i < RUNS; i++) {
    for (let k = 0; k < sides.length; k++) {
      const side = sides[(i + k) % sides.length] as Side;
      samples[side].push(await runOnce(side));
    }
  }
  const s = (side: Side, pick: (x: Sample) => number) => summarize(samples[side].map(pick));
  const wall = {
    ours: s("ours", (x) => x.wallMs),
    theirs: s("theirs", (x) => x.wallMs),
    empty: s("empty", (x) => x.wallMs),
  };
  const imp = { ours: s("ours", (x) => x.importMs), theirs: s("theirs", (x) => x.importMs) };
  const rss = {
    ours: s("ours", (x) => x.maxRssKiB / 1024),
    theirs: s("theirs", (x) => x.maxRssKiB / 1024),
    empty: s("empty", (x) => x.maxRssKiB / 1024),
  };
  const wallRatio = wall.ours.median / wall.theirs.median;
  const aboveFloor = (wall.ours.median - wall.empty.median) / (wall.theirs.median - wall.empty.median);
  const rows: Row[] = [
    {
      figure: "cold start: spawn → exit wall time (import + construct a client)",
      ours: fmtSummary(wall.ours, "ms"),
      theirs: fmtSummary(wall.theirs, "ms"),
      ratio: fmtRatio(wallRatio),
      target: "<= 0.2x (1/5)",
      pass: wallRatio <= 0.2,
    },
    {
      figure: "import + construct only (timed inside the child)",
      ours: fmtSummary(imp.ours, "ms"),
      theirs: fmtSummary(imp.theirs, "ms"),
      ratio: fmtRatio(imp.ours.median / imp.theirs.median),
      target: "—",
      pass: undefined,
    },
    {
      figure: "peak RSS of that process",
      ours: fmtSummary(rss.ours, "MiB"),
      theirs: fmtSummary(rss.theirs, "MiB"),
      ratio: fmtRatio(rss.ours.median / rss.theirs.median),
      target: "—",
      pass: undefined,
    },
  ];
  const list = (side: Side) => samples[side].map((x) => fmt(x.wallMs)).join(", ");
  const notes = [
    `Each run: \`node --input-type=module -e <program>\` in packages/bench, which dynamically imports the SDK (ours: @ecs-hpc/core's built dist, the README's form: @ecs-hpc/core/client and the operation's module; theirs: @alicloud/ecs20140526 + @alicloud/openapi-core), constructs a client, and prints its import time and maxRSS. ${RUNS} runs per side, order rotated (ours/theirs/empty), after one untimed run each (warm file-system cache).`,
    `Floor (an empty node process, same harness): ${fmtSummary(wall.empty, "ms")} wall, ${fmtSummary(rss.empty, "MiB")} peak RSS. Above that floor, ours takes ${fmt(wall.ours.median - wall.empty.median)} ms and theirs ${fmt(wall.theirs.median - wall.empty.median)} ms (${fmtRatio(aboveFloor)}); the wall-time ratio includes Node's own start-up on both sides, which neither SDK can remove.`,
    `Peak RSS source: ${[...new Set(samples.ours.map((x) => x.source))].join("/")} (the child's own high-water mark; \`process.resourceUsage().maxRSS\` in a spawned child on Linux still holds the forked parent's pre-exec size, ${fmt(process.memoryUsage().rss / 2 ** 20)} MiB for this bench process, so it is used only where VmHWM is unavailable).`,
    `Wall ms per run — ours: ${list("ours")}; theirs: ${list("theirs")}; empty: ${list("empty")}.`,
  ];
  return {
    name: "cold-import",
    title: "cold import time and peak memory (new process, import + construct)",
    rows,
    notes,
  };
}
