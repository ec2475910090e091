// Bundle size of the same one-call program written against each SDK (src/programs/), bundled by
// esbuild with identical options (platform node, bundle, minify, ESM); raw and gzip sizes of the
// output. Each bundle is then run once against a local fixed-JSON server to show it works.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { constants, gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { FIXED_RESPONSE } from "./fixtures.ts";
import type { BenchResult, Row } from "./report.ts";
import { spawnServer } from "./servers/spawn-server.ts";
import { fmt, fmtRatio } from "./stats.ts";

const run = promisify(execFile);

/** What the official bundle needs to run as ESM: its CommonJS code calls `require` for builtins. */
const CREATE_REQUIRE_BANNER =
  'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);';

interface Bundle {
  readonly code: Uint8Array;
  readonly raw: number;
  readonly gzip: number;
  readonly gzip9: number;
  readonly topInputs: readonly [string, number][];
  /** Output bytes per package (or workspace package), largest first. */
  readonly byPackage: readonly [string, number][];
}

/** `@scope/name` or `name` of a node_modules path; `@ecs-hpc/<dir>` for a workspace path. */
function packageOf(path: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path.slice(Math.max(path.lastIndexOf("node_modules/"), 0)));
  if (nm?.[1]) return nm[1];
  const ws = /packages\/([^/]+)\//.exec(path) ?? /^(?:\.\.\/)+([^/.][^/]*)\/(?:dist|src)\//.exec(path);
  return ws?.[1] ? `@ecs-hpc/${ws[1]}` : path;
}

async function bundle(entry: string, banner?: string): Promise<Bundle> {
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    platform: "node",
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
    outfile: "out.mjs",
    ...(banner ? { banner: { js: banner } } : {}),
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`bundle-size: esbuild produced no output for ${entry}`);
  const code = output.contents;
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const topInputs = Object.entries(inputs)
    .map(
      ([path, info]) =>
        [path.replace(/^.*node_modules\//, "").replace(/^\.\.\/(\.\.\/)?/, ""), info.bytesInOutput] as [string, number],
    )
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  const perPackage = new Map<string, number>();
  for (const [path, info] of Object.entries(inputs))
    perPackage.set(packageOf(path), (perPackage.get(packageOf(path)) ?? 0) + info.bytesInOutput);
  const byPackage = [...perPackage].sort((a, b) => b[1] - a[1]);
  return {
    byPackage,
    code,
    raw: code.length,
    gzip: gzipSync(code).length,
    gzip9: gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length,
    topInputs,
  };
}

const kb = (bytes: number) => `${fmt(bytes / 1024)} KiB`;

export async function runBundleSize(): Promise<BenchResult> {
  const ours = await bundle("./programs/one-call-ours.ts");
  const theirs = await bundle("./programs/one-call-theirs.ts");
  const theirsRunnable = await bundle("./programs/one-call-theirs.ts", CREATE_REQUIRE_BANNER);
  await esbuild.stop(); // esbuild's service process must not linger into the timed benchmarks

  // Run each bundle once (theirs with the createRequire banner it needs as ESM).
  const dir = mkdtempSync(join(tmpdir(), "ecs-hpc-bench-bundle-"));
  const server = await spawnServer(new URL("./servers/fixed-json-server.ts", import.meta.url));
  const ranWith: string[] = [];
  try {
    for (const [side, b] of [
      ["ours", ours],
      ["theirs", theirsRunnable],
    ] as const) {
      const file = join(dir, `${side}.mjs`);
      writeFileSync(file, b.code);
      const { stdout } = await run(process.execPath, [file], {
        env: { ...process.env, ECS_BENCH_HOST: `127.0.0.1:${server.port}` },
        timeout: 20_000,
      });
      if (stdout.trim() !== String(FIXED_RESPONSE.TotalCount))
        throw new Error(
          `bundle-size: the ${side} bundle printed ${JSON.stringify(stdout)}, expected ${FIXED_RESPONSE.TotalCount}`,
        );
      ranWith.push(`${side} printed ${stdout.trim()}`);
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const rows: Row[] = [
    {
      figure: "one-call program bundle, gzip",
      ours: kb(ours.gzip),
      theirs: kb(theirs.gzip),
      ratio: `${fmtRatio(ours.gzip / theirs.gzip)} (1/${fmt(theirs.gzip / ours.gzip)})`,
      target: "<= 1/30 (0.0333x)",
      pass: ours.gzip * 30 <= theirs.gzip,
    },
    {
      figure: "one-call program bundle, raw (minified)",
      ours: kb(ours.raw),
      theirs: kb(theirs.raw),
      ratio: `${fmtRatio(ours.raw / theirs.raw)} (1/${fmt(theirs.raw / ours.raw)})`,
      target: "—",
      pass: undefined,
    },
  ];
  const top = (b: Bundle) => b.topInputs.map(([p, n]) => `${p} ${kb(n)}`).join(", ");
  const notes = [
    `Programs: src/programs/one-call-ours.ts and src/programs/one-call-theirs.ts (create a client, call describeHpcClusters once, print TotalCount). esbuild ${esbuild.version}, options { platform: "node", bundle: true, minify: true, format: "esm" } for both.`,
    `Exact bytes: ours ${ours.raw} raw / ${ours.gzip} gzip; theirs ${theirs.raw} raw / ${theirs.gzip} gzip (node:zlib gzipSync, default level 6). At gzip level 9: ours ${ours.gzip9}, theirs ${theirs.gzip9} (1/${fmt(theirs.gzip9 / ours.gzip9)}). The 1/30 limit is ${Math.floor(theirs.gzip / 30)} bytes.`,
    `Both bundles run: ${ranWith.join("; ")} against a local fixed-JSON server. The official bundle only runs as ESM with a createRequire banner (its CommonJS code requires Node builtins); that adds ${theirsRunnable.gzip - theirs.gzip} gzip bytes, so the table uses the bundles built with identical options, without the banner.`,
    `Raw output bytes by package, ours: ${ours.byPackage.map(([p, n]) => `${p} ${kb(n)}`).join(", ")}.`,
    `Raw output bytes by package, theirs (top 8 of ${theirs.byPackage.length}): ${theirs.byPackage
      .slice(0, 8)
      .map(([p, n]) => `${p} ${kb(n)}`)
      .join(", ")}.`,
    `Largest inputs, ours: ${top(ours)}.`,
    `Largest inputs, theirs: ${top(theirs)}.`,
  ];
  return { name: "bundle-size", title: "bundle size of a one-call program (esbuild, minified)", rows, notes };
}
