// Runs the built bin (dist/bin.js) as a subprocess and reads its URL (first stdout line) and the
// key pair it accepts (the next two lines, `ALIBABA_CLOUD_ACCESS_KEY_ID=` / `..._SECRET=`).
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

// dist/ is built by turbo before tests run (`test` depends on `build`).
const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const binPath = join(packageDir, "dist", "bin.js");

export interface RunningBin {
  readonly url: string;
  /** The key pair the bin printed. */
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly child: ChildProcess;
  stderr(): string;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startBin(args: readonly string[]): Promise<RunningBin> {
  const child = spawn(process.execPath, [binPath, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  // The bin prints its URL on stdout, then one line on stderr: wait for both.
  const stderrLine = new Promise<void>((resolve) =>
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      if (stderr.includes("\n")) resolve();
    }),
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const exited = once(child, "exit");
  const stdoutLines: string[] = [];
  const firstThree = new Promise<string[]>((resolve) =>
    lines.on("line", (line: string) => {
      stdoutLines.push(line);
      if (stdoutLines.length === 3) resolve(stdoutLines);
    }),
  );
  const [url, idLine, secretLine] = await Promise.race([
    Promise.all([firstThree, stderrLine]).then(([three]) => three),
    exited.then(([code]) => {
      throw new Error(`ecs-hpc-mock exited with ${code} before printing its URL: ${stderr}`);
    }),
  ]);
  const value = (line: string | undefined, name: string): string => {
    if (!line?.startsWith(`${name}=`)) throw new Error(`expected ${name}=... on stdout, got ${JSON.stringify(line)}`);
    return line.slice(name.length + 1);
  };
  return {
    url: url as string,
    accessKeyId: value(idLine, "ALIBABA_CLOUD_ACCESS_KEY_ID"),
    accessKeySecret: value(secretLine, "ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
    child,
    stderr: () => stderr,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      const [code] = await exited;
      return code as number | null;
    },
  };
}

/** Runs the bin to completion (for --help and usage errors). */
export async function runBin(
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [binPath, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const [code] = await once(child, "exit");
  return { code: code as number | null, stdout, stderr };
}
