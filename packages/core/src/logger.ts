// Attempt logging (`logAttempts`, and the convenience client's `logger` option): one line per attempt (method, action, status, timing, retry decision),
// at a level that says how much it matters. Never a credential: the fields are the operation's
// names, the answer's status, code and request id, and a network error's message with every
// credential masked.
import type { AttemptEvent } from "./pipeline.ts";

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

/** `console` is one. */
export interface Logger {
  debug(message: string, fields?: Readonly<Record<string, unknown>>): void;
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

const RANK: Readonly<Record<LogLevel, number>> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

const METHODS = ["debug", "info", "warn", "error"] as const;

export function checkLogLevel(where: string, level: unknown): void {
  if (!((level as string) in RANK))
    throw new TypeError(`${where}: logLevel must be one of ${Object.keys(RANK).join(", ")}`);
}

/**
 * An `onEvent` observer that logs each attempt as one line (`POST DescribeHpcClusters attempt 1:
 * HTTP 200 in 12 ms`) with the event as its fields, at `debug` for a success, `info` for a retry
 * and `warn` for a failure, dropping what is below `level`. A logger that throws never breaks the
 * call. The convenience client's `logger` and `logLevel` options are this.
 */
export function logAttempts(
  logger: Logger,
  level: LogLevel = "info",
  where = "logAttempts",
): (event: AttemptEvent) => void {
  checkLogLevel(where, level);
  if (typeof logger !== "object" || logger === null || METHODS.some((m) => typeof logger[m] !== "function")) {
    throw new TypeError(`${where}: logger must have debug, info, warn and error methods (console does)`);
  }
  const min = RANK[level];
  return (event) => {
    const { outcome, status, code, decision, retryInMs } = event;
    const at = outcome === "success" ? "debug" : retryInMs !== undefined ? "info" : "warn";
    if (RANK[at] < min) return;
    let what: string = outcome;
    if (status !== undefined) what = `HTTP ${status}${code ? ` ${code}` : ""}`;
    else if (outcome === "network") what = `network error: ${event.error}`;
    const then = retryInMs !== undefined ? `; ${decision} in ${retryInMs} ms` : decision === "fail" ? "; fail" : "";
    try {
      logger[at](`${event.method} ${event.action} attempt ${event.attempt}: ${what} in ${event.durationMs} ms${then}`, {
        ...event,
      });
    } catch {
      // A broken logger must not break the call.
    }
  };
}
