// An older commit's core + msw, built outside the repository so a benchmark can run it side by
// side with today's packages in one process (same run, alternating windows: a ratio, not two
// runs' absolute numbers). The build is cached by commit hash under the OS temp directory.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const READY_MARK = ".ecs-hpc-bench-ready";

export interface BaselineBuild {
  readonly commit: string;
  readonly dir: string;
  /** Whether this run built it (false: the cached build was reused). */
  readonly built: boolean;
  /** `import()` of a package's built entry point (`core`, `msw`). */
  readonly load: <T>(pkg: "core" | "msw") => Promise<T>;
}

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** pnpm install, offline first (the store usually has every package), then from the registry. */
function install(dir: string): void {
  const args = ["install", "--frozen-lockfile", "--filter", "@ecs-hpc/msw..."];
  try {
    run("pnpm", [...args, "--offline"], dir);
  } catch {
    run("pnpm", args, dir);
  }
}

/**
 * `commit`'s packages/core and packages/msw, exported with `git archive` (no worktree registered
 * in the repository), installed and built with tsc (core first: msw imports its dist).
 */
export function buildBaseline(commit: string): BaselineBuild {
  const full = run("git", ["rev-parse", "--verify", `${commit}^{commit}`], REPO_ROOT).trim();
  const dir = path.join(os.tmpdir(), `ecs-hpc-bench-baseline-${full}`);
  const load = async <T>(pkg: "core" | "msw"): Promise<T> =>
    (await import(pathToFileURL(path.join(dir, "packages", pkg, "dist", "index.js")).href)) as T;
  if (existsSync(path.join(dir, READY_MARK))) return { commit: full, dir, built: false, load };
  const staging = `${dir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const archive = path.join(staging, "source.tar");
    run("git", ["archive", "--format=tar", "-o", archive, full], REPO_ROOT);
    run("tar", ["-xf", archive], staging);
    rmSync(archive);
    install(staging);
    run("pnpm", ["--filter", "@ecs-hpc/core", "run", "build"], staging);
    run("pnpm", ["--filter", "@ecs-hpc/msw", "run", "build"], staging);
    writeFileSync(path.join(staging, READY_MARK), `${full}\n`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return { commit: full, dir, built: true, load };
}
