// `ECS_HPC_LOG=debug|info|warn|error`: the client's log of every attempt (method, action, status,
// timing, retry decision) on stderr, one line each. The client never puts a credential in a log
// line; control characters a server could slip into a code or request id are made visible
// (terminal-text.ts, decision 8), since stderr may be a terminal.
import type { EcsClientOptions, Logger, LogLevel } from "@ecs-hpc/core";
import { UsageError } from "./report-error.ts";
import { terminalSafe } from "./terminal-text.ts";

const LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error", "silent"];

type LogOptions = Pick<EcsClientOptions, "logger" | "logLevel">;

export function logOptions(env: NodeJS.ProcessEnv, stderr: NodeJS.WritableStream): LogOptions {
  const value = env.ECS_HPC_LOG?.trim().toLowerCase();
  if (!value) return {};
  if (!LEVELS.includes(value as LogLevel)) {
    const got = JSON.stringify(terminalSafe(env.ECS_HPC_LOG ?? ""));
    throw new UsageError(`ECS_HPC_LOG must be one of ${LEVELS.join(", ")} (got ${got})`);
  }
  const line = (level: string) => (message: string) =>
    void stderr.write(`[ecs-hpc ${level}] ${terminalSafe(message)}\n`);
  const logger: Logger = { debug: line("debug"), info: line("info"), warn: line("warn"), error: line("error") };
  return { logger, logLevel: value as LogLevel };
}
