// Progress of a listing on stderr, only when stderr is a terminal: a spinner from the first
// request until the service has said how many clusters there are, then a bar. Redrawn on a
// timer (so a slow first page still shows something), on one line that it clears when done.
// stdout never carries it; when NDJSON rows stream to the same terminal it stays off (the rows
// are the progress), see `wantsProgress`.

export interface Progress {
  /** `items` more clusters arrived; `totalCount` once the service has said it. */
  advance(items: number, totalCount: number | undefined): void;
  /** Clears the line; call before writing anything else to the terminal. */
  stop(): void;
}

const silent: Progress = { advance: () => undefined, stop: () => undefined };
const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
const INTERVAL_MS = 100;
const CLEAR_LINE = "\r\x1b[2K";

type Stream = NodeJS.WriteStream | NodeJS.WritableStream;
const isTTY = (stream: Stream): boolean => (stream as NodeJS.WriteStream).isTTY === true;

/** Whether to show progress: asked for, stderr a terminal, and no NDJSON rows streaming to a terminal. */
export function wantsProgress(options: { flag: boolean; ndjson: boolean; stdout: Stream; stderr: Stream }): boolean {
  return options.flag && isTTY(options.stderr) && !(options.ndjson && isTTY(options.stdout));
}

function bar(done: number, total: number, width: number): string {
  const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : width;
  return "█".repeat(filled) + "░".repeat(width - filled);
}

export function createProgress(stderr: Stream, enabled: boolean): Progress {
  if (!enabled) return silent;
  let done = 0;
  let total: number | undefined;
  let frame = 0;
  let stopped = false;
  const draw = () => {
    const columns = (stderr as NodeJS.WriteStream).columns ?? 80;
    const line =
      total === undefined
        ? `${FRAMES[frame++ % FRAMES.length]} listing clusters${done > 0 ? ` (${done} so far)` : ""}…`
        : `listing ${bar(done, total, Math.max(10, Math.min(40, columns - 40)))} ${done}/${total} clusters`;
    stderr.write(CLEAR_LINE + line.slice(0, Math.max(1, columns - 1)));
  };
  const timer = setInterval(draw, INTERVAL_MS);
  timer.unref?.();
  draw();
  return {
    advance(items, totalCount) {
      done += items;
      if (totalCount !== undefined) total = Math.max(totalCount, done);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      stderr.write(CLEAR_LINE);
    },
  };
}
