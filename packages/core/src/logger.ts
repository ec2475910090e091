// The `logger` option: one line per attempt (method, action, status, timing, retry decision),
// at a level that says how much it matters. Never a credential: the fields are the operation's
// names, the answer's status, code and request id, and a network error's message with every
// credential masked.
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

/** `console` is one. */
export interface Logger {
  debug(message: string, fields?: Readonly<Record<string, unknown>>): void;
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

const RANK: Readonly<Record<LogLevel, number>> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

/** The logger's methods at or above `level`, or `undefined` when nothing would be logged. */
/** Logs `message` with `fields` at a level. */
export type Log = (at: Exclude<LogLevel, "silent">, message: string, fields: Readonly<Record<string, unknown>>) => void;

const METHODS = ["debug", "info", "warn", "error"] as const;

export function levelled(where: string, logger: Logger | undefined, level: LogLevel = "info"): Log | undefined {
  if (!(level in RANK)) throw new TypeError(`${where}: logLevel must be one of ${Object.keys(RANK).join(", ")}`);
  if (!logger || level === "silent") return undefined;
  if (typeof logger !== "object" || METHODS.some((m) => typeof logger[m] !== "function")) {
    throw new TypeError(`${where}: logger must have debug, info, warn and error methods (console does)`);
  }
  const min = RANK[level];
  return (at, message, fields) => {
    if (RANK[at] < min) return;
    try {
      logger[at](message, fields);
    } catch {
      // A broken logger must not break the call.
    }
  };
}
