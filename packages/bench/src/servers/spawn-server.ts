// Starts a server script in a child process and waits for its `PORT <n>` line.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface ServerHandle {
  readonly port: number;
  readonly child: ChildProcess;
  /** Ends the child (stdin closed, then SIGTERM, SIGKILL after 3 s). */
  stop(): Promise<void>;
}

export async function spawnServer(
  script: URL,
  args: readonly string[] = [],
  timeoutMs = 15_000,
): Promise<ServerHandle> {
  const child = spawn(process.execPath, [fileURLToPath(script), ...args], { stdio: ["pipe", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    let buffer = "";
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${script.pathname}: no PORT line within ${timeoutMs} ms`));
    }, timeoutMs);
    child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /PORT (\d+)/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${script.pathname} exited (${code}) before listening`));
    });
  });
  child.stdout?.resume();
  return {
    port,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.stdin?.end();
        child.kill("SIGTERM");
      }),
  };
}
