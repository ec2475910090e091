// A progress bar on stderr for long listings, only when stderr is a terminal.
import { SingleBar } from "cli-progress";

export interface Progress {
  advance(items: number, totalCount: number | undefined): void;
  stop(): void;
}

const silent: Progress = { advance: () => undefined, stop: () => undefined };

export function createProgress(stderr: NodeJS.WriteStream | NodeJS.WritableStream, enabled: boolean): Progress {
  if (!enabled || !(stderr as NodeJS.WriteStream).isTTY) return silent;
  const bar = new SingleBar({ stream: stderr as NodeJS.WriteStream, format: "listing {bar} {value}/{total} clusters", hideCursor: true, clearOnComplete: true });
  let started = false;
  let done = 0;
  return {
    advance(items, totalCount) {
      done += items;
      if (!started) {
        bar.start(totalCount ?? done, done);
        started = true;
      } else {
        if (totalCount !== undefined) bar.setTotal(Math.max(totalCount, done));
        bar.update(done);
      }
    },
    stop: () => started && bar.stop(),
  };
}
