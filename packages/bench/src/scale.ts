// Scale: the pipeline and the one-call program with the spec grown to N operations
// (scripts/grow-spec.ts), side by side at N = 4 (the real spec) and N = 400, in one run, plus
// generate + build at N = 1,000. For each N, a copy of core (packages/core/.bench-scale-N-<pid>)
// is generated and built; a consumer directory next to it resolves `@ecs-hpc/core` to that copy.
//   - bundle: src/programs/one-call-ours.ts (the README's tree-shakable form), esbuild as bundle-size.ts
//   - cold import + construct: a new node process, sides alternating
//   - consumer type-check: tsc 5.9 (the root's) --noEmit --extendedDiagnostics on the same program,
//     skipLibCheck on and off, against the official SDK's one-call program type-checked the same way
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { generate } from "../../codegen/src/index.ts";
import { growSpec } from "../../../scripts/grow-spec.ts";
import type { BenchResult, Row } from "./report.ts";
import { fmt, fmtRatio, fmtSummary, median, summarize } from "./stats.ts";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const CORE = join(ROOT, "packages/core");
const BENCH = join(ROOT, "packages/bench");
const CORE_TSC = join(CORE, "node_modules/.bin/tsc");
/** The compiler most consumers run (TypeScript 5.9, the root's), for the consumer type-check. */
const CONSUMER_TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const COLD_RUNS = 11;
/** The sizes compared: the real spec, the target size, the generate + build size (override for a quick try: ECS_BENCH_SCALE=4,40,80). */
const SIZES = (process.env.ECS_BENCH_SCALE ?? "4,400,1000").split(",").map(Number) as [number, number, number];
const TYPECHECK_RUNS = 3;

interface Copy {
  readonly n: number;
  readonly dir: string;
  readonly consumer: string;
  readonly generateMs: number;
  readonly buildMs: number;
  readonly files: number;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await work();
  return [value, performance.now() - t0];
}

/** A copy of core generated from the spec grown to `n` operations and built, with a consumer directory resolving to it. */
async function makeCopy(n: number): Promise<Copy> {
  const dir = join(CORE, `.bench-scale-${n}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(CORE, "src"), join(dir, "src"), {
    recursive: true,
    filter: (path) => !path.endsWith(".test.ts") && !path.includes("/generated/operations/"),
  });
  cpSync(join(CORE, "package.json"), join(dir, "package.json"));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: "../../../tsconfig.base.json",
      compilerOptions: { rootDir: "src", outDir: "dist", types: ["node"] },
      include: ["src"],
    }),
  );
  const specText = JSON.stringify(growSpec(readFileSync(join(ROOT, "spec/ecs-hpc.openapi.yaml"), "utf8"), n));
  const [files, generateMs] = await timed(() => generate(specText));
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, "src/generated", name)), { recursive: true });
    writeFileSync(join(dir, "src/generated", name), contents);
  }
  const [, buildMs] = await timed(() =>
    run(CORE_TSC, ["-p", join(dir, "tsconfig.json")], { cwd: dir, maxBuffer: 64 << 20 }),
  );
  const consumer = join(dir, "consumer");
  mkdirSync(join(consumer, "node_modules/@ecs-hpc"), { recursive: true });
  symlinkSync(dir, join(consumer, "node_modules/@ecs-hpc/core"), "dir");
  cpSync(join(BENCH, "src/programs/one-call-ours.ts"), join(consumer, "one-call.ts"));
  writeFileSync(
    join(consumer, "convenience.ts"),
    `import { createEcsClient } from "@ecs-hpc/core";
const ecs = createEcsClient({ endpoint: "http://127.0.0.1:9", regionId: "cn-hangzhou", credentials: { accessKeyId: "ak", accessKeySecret: "sk" } });
console.log((await ecs.describeHpcClusters({ PageSize: 10 })).TotalCount);
`,
  );
  return { n, dir, consumer, generateMs, buildMs, files: Object.keys(files).length };
}

async function bundleGzip(entry: string): Promise<{ gzip: number; raw: number }> {
  const result = await esbuild.build({
    entryPoints: [entry],
    platform: "node",
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
    outfile: "out.mjs",
  });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.length, gzip: gzipSync(code).length };
}

const coldProgram = `const t0 = performance.now();
const { createEcsBaseClient } = await import("@ecs-hpc/core/client");
const { describeHpcClusters } = await import("@ecs-hpc/core/operations/describe-hpc-clusters");
const client = createEcsBaseClient({ endpoint: "http://127.0.0.1:9", regionId: "cn-hangzhou", credentials: { accessKeyId: "ak", accessKeySecret: "sk" } });
if (typeof describeHpcClusters !== "function" || typeof client.send !== "function") throw new Error("no client");
console.log(JSON.stringify({ importMs: performance.now() - t0 }));`;

const coldConvenience = `const t0 = performance.now();
const { createEcsClient } = await import("@ecs-hpc/core");
const client = createEcsClient({ endpoint: "http://127.0.0.1:9", regionId: "cn-hangzhou", credentials: { accessKeyId: "ak", accessKeySecret: "sk" } });
if (typeof client.describeHpcClusters !== "function") throw new Error("no client");
console.log(JSON.stringify({ importMs: performance.now() - t0 }));`;

/** Spawn -> exit wall time and the child's own import + construct time. */
async function coldOnce(cwd: string, program: string): Promise<{ wallMs: number; importMs: number }> {
  const t0 = performance.now();
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", program], { cwd, timeout: 30_000 });
  const wallMs = performance.now() - t0;
  return { wallMs, importMs: (JSON.parse(stdout.trim().split("\n").pop()!) as { importMs: number }).importMs };
}

interface TypeCheck {
  /** Diagnostics tsc reported (the official SDK's own declarations have some with skipLibCheck off). */
  readonly errors: number;
  readonly totalS: number;
  readonly instantiations: number;
  readonly files: number;
}

/** tsc --noEmit --extendedDiagnostics on one file; its own Total time and counts. */
async function typeCheckOnce(dir: string, file: string, skipLibCheck: boolean): Promise<TypeCheck> {
  const config = join(dir, `tsconfig.bench-${skipLibCheck ? "skip" : "full"}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        target: "es2022",
        module: "nodenext",
        moduleResolution: "nodenext",
        strict: true,
        noEmit: true,
        skipLibCheck,
        types: ["node"],
      },
      files: [file],
    }),
  );
  const stdout = await run(process.execPath, [CONSUMER_TSC, "-p", config, "--extendedDiagnostics"], {
    cwd: dir,
    maxBuffer: 16 << 20,
  }).then(
    (result) => result.stdout,
    (error: { stdout?: string }) => error.stdout ?? "",
  );
  const figure = (name: string) => Number((new RegExp(`^${name}:\\s+([\\d.]+)`, "m").exec(stdout) ?? [])[1]);
  const totalS = figure("Total time");
  if (!Number.isFinite(totalS)) throw new Error(`scale: tsc did not finish on ${file}:\n${stdout.slice(0, 2000)}`);
  return {
    errors: (stdout.match(/error TS\d+/g) ?? []).length,
    totalS,
    instantiations: figure("Instantiations"),
    files: figure("Files"),
  };
}

export async function runScale(): Promise<BenchResult> {
  const copies: Copy[] = [];
  try {
    for (const n of SIZES) copies.push(await makeCopy(n));
    const [small, large, huge] = copies as [Copy, Copy, Copy];
    const [, L, H] = SIZES;

    // Bundles: the recommended form at each N, the convenience client for comparison, the official SDK.
    const bundles = new Map<string, { gzip: number; raw: number }>();
    for (const copy of copies) {
      bundles.set(`ours-${copy.n}`, await bundleGzip(join(copy.consumer, "one-call.ts")));
      bundles.set(`convenience-${copy.n}`, await bundleGzip(join(copy.consumer, "convenience.ts")));
    }
    const theirsBundle = await bundleGzip(join(BENCH, "src/programs/one-call-theirs.ts"));
    await esbuild.stop();

    // Cold import + construct, N = 4 and N = 400 alternating (one untimed run each first).
    const coldSides = [small, large];
    for (const copy of coldSides) await coldOnce(copy.consumer, coldProgram);
    const cold = new Map<number, { wallMs: number; importMs: number }[]>(coldSides.map((c) => [c.n, []]));
    for (let i = 0; i < COLD_RUNS; i++)
      for (const copy of i % 2 === 0 ? coldSides : [...coldSides].reverse())
        cold.get(copy.n)!.push(await coldOnce(copy.consumer, coldProgram));
    const convenienceCold = new Map<number, number>();
    for (const copy of coldSides) {
      await coldOnce(copy.consumer, coldConvenience);
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) runs.push((await coldOnce(copy.consumer, coldConvenience)).wallMs);
      convenienceCold.set(copy.n, median(runs));
    }

    // Consumer type-check, both modes, ours at N = 4 and 400 and theirs, rotating.
    const typeSides = [
      { key: "ours-4", dir: small.consumer, file: "one-call.ts" },
      { key: `ours-${L}`, dir: large.consumer, file: "one-call.ts" },
      { key: "theirs", dir: join(BENCH, "src/programs"), file: "one-call-theirs.ts" },
    ];
    const checks = new Map<string, TypeCheck[]>();
    for (const skip of [false, true]) {
      for (let i = 0; i < TYPECHECK_RUNS; i++) {
        for (let k = 0; k < typeSides.length; k++) {
          const side = typeSides[(i + k) % typeSides.length]!;
          const key = `${side.key}-${skip ? "skip" : "full"}`;
          if (!checks.has(key)) checks.set(key, []);
          checks.get(key)!.push(await typeCheckOnce(side.dir, side.file, skip));
        }
      }
    }
    rmSync(join(BENCH, "src/programs/tsconfig.bench-skip.json"), { force: true });
    rmSync(join(BENCH, "src/programs/tsconfig.bench-full.json"), { force: true });

    const kb = (bytes: number) => `${fmt(bytes / 1024)} KiB`;
    const b4 = bundles.get("ours-4")!;
    const b400 = bundles.get(`ours-${L}`)!;
    const b1000 = bundles.get(`ours-${H}`)!;
    const c4 = summarize(cold.get(4)!.map((x) => x.wallMs));
    const c400 = summarize(cold.get(L)!.map((x) => x.wallMs));
    const i4 = summarize(cold.get(4)!.map((x) => x.importMs));
    const i400 = summarize(cold.get(L)!.map((x) => x.importMs));
    const tc = (key: string) => {
      const runs = checks.get(key)!;
      return {
        s: summarize(runs.map((r) => r.totalS)),
        instantiations: median(runs.map((r) => r.instantiations)),
        files: median(runs.map((r) => r.files)),
        errors: Math.max(...runs.map((r) => r.errors)),
      };
    };
    const rows: Row[] = [
      {
        figure: `one-call bundle gzip (README form), N=${L} vs N=4`,
        ours: kb(b400.gzip),
        theirs: kb(b4.gzip),
        ratio: fmtRatio(b400.gzip / b4.gzip),
        target: "<= 1.1x",
        pass: b400.gzip <= 1.1 * b4.gzip,
      },
      {
        figure: `one-call bundle gzip, N=${L} vs official SDK`,
        ours: kb(b400.gzip),
        theirs: kb(theirsBundle.gzip),
        ratio: `${fmtRatio(b400.gzip / theirsBundle.gzip)} (1/${fmt(theirsBundle.gzip / b400.gzip)})`,
        target: "<= 1/30 (0.0333x)",
        pass: b400.gzip * 30 <= theirsBundle.gzip,
      },
      {
        figure: `cold import + construct (spawn -> exit), N=${L} vs N=4`,
        ours: fmtSummary(c400, "ms"),
        theirs: fmtSummary(c4, "ms"),
        ratio: fmtRatio(c400.median / c4.median),
        target: "<= 1.2x",
        pass: c400.median <= 1.2 * c4.median,
      },
    ];
    for (const mode of ["full", "skip"] as const) {
      const label = mode === "full" ? "skipLibCheck off" : "skipLibCheck on";
      const ours4 = tc(`ours-4-${mode}`);
      const ours400 = tc(`ours-${L}-${mode}`);
      const theirs = tc(`theirs-${mode}`);
      rows.push(
        {
          figure: `consumer type-check, ${label}, N=${L} vs N=4`,
          ours: `${fmtSummary(ours400.s, "s")}, ${ours400.instantiations} inst.`,
          theirs: `${fmtSummary(ours4.s, "s")}, ${ours4.instantiations} inst.`,
          ratio: fmtRatio(ours400.s.median / ours4.s.median),
          target: "<= 1.5x, no error",
          pass: ours400.s.median <= 1.5 * ours4.s.median && ours400.errors === 0 && ours4.errors === 0,
        },
        {
          figure: `consumer type-check, ${label}, N=4 vs official SDK`,
          ours: `${fmtSummary(ours4.s, "s")}, ${ours4.instantiations} inst., ${ours4.files} files`,
          theirs: `${fmtSummary(theirs.s, "s")}, ${theirs.instantiations} inst., ${theirs.files} files${theirs.errors > 0 ? `, ${theirs.errors} errors in its declarations` : ""}`,
          ratio: fmtRatio(ours4.s.median / theirs.s.median),
          target: "< 1x",
          pass: ours4.s.median < theirs.s.median,
        },
      );
    }
    const perOp = (c: Copy) => (c.generateMs + c.buildMs) / c.n;
    rows.push({
      figure: `generate + build, N=${H} (and N=${L})`,
      ours: `${fmt((huge.generateMs + huge.buildMs) / 1000)} s at N=${H} (${fmt(huge.generateMs / 1000)} + ${fmt(huge.buildMs / 1000)})`,
      theirs: `N=${L}: ${fmt((large.generateMs + large.buildMs) / 1000)} s`,
      ratio: `${fmtRatio(perOp(huge) / perOp(large))} per operation`,
      target: "completes at N=1000 (the per-operation ratio is information)",
      pass: true,
    });
    const notes = [
      `Spec grown by scripts/grow-spec.ts (seed 1): renamed copies of the 4 real operations with 0-4 extra parameters and 0-3 extra documented errors each, paginated Describe copies, ClientToken on some. Each N is a fresh copy of core generated and built with core's tsc (${copies.map((c) => `N=${c.n}: ${c.files} generated files, generate ${fmt(c.generateMs / 1000)} s, build ${fmt(c.buildMs / 1000)} s`).join("; ")}).`,
      `Bundle (esbuild ${esbuild.version}, as bundle-size): src/programs/one-call-ours.ts, \`createEcsBaseClient\` + \`describeHpcClusters\` from its module; exact gzip bytes N=4 ${b4.gzip}, N=${L} ${b400.gzip}, N=${H} ${b1000.gzip}; official ${theirsBundle.gzip}.`,
      `The convenience client (\`createEcsClient\` from "@ecs-hpc/core", one method per operation and \`raw\`) imports every operation, which is its documented cost: its one-call bundle is ${kb(bundles.get("convenience-4")!.gzip)} at N=4, ${kb(bundles.get(`convenience-${L}`)!.gzip)} at N=${L}, ${kb(bundles.get(`convenience-${H}`)!.gzip)} at N=${H} (gzip); its cold start ${fmt(convenienceCold.get(4)!)} ms at N=4 and ${fmt(convenienceCold.get(L)!)} ms at N=${L} (median of 5).`,
      `Cold import: ${COLD_RUNS} runs per N, alternating; import + construct timed inside the child: N=4 ${fmtSummary(i4, "ms")}, N=${L} ${fmtSummary(i400, "ms")}.`,
      `Type-check: TypeScript ${readFileSync(join(ROOT, "node_modules/typescript/package.json"), "utf8").match(/"version":\s*"([^"]+)"/)?.[1]} tsc --noEmit --extendedDiagnostics (its Total time), strict, module nodenext, types ["node"], ${TYPECHECK_RUNS} runs per side and mode, rotating; the official SDK's program is src/programs/one-call-theirs.ts. The README form never loads openapi-fetch's declarations (only \`raw\`, on the convenience client, does).`,
    ];
    return { name: "scale", title: "scale: the spec grown to 400 and 1,000 operations", rows, notes };
  } finally {
    for (const copy of copies) rmSync(copy.dir, { recursive: true, force: true });
  }
}
