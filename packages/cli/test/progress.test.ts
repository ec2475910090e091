// Progress on stderr: a spinner from the start, a bar once the total is known, cleared at the
// end; only on a terminal, and never while NDJSON rows stream to the same terminal.
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createProgress, wantsProgress } from "../src/progress.ts";

function terminal(isTTY = true) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { isTTY?: boolean; columns?: number };
  stream.isTTY = isTTY;
  stream.columns = 80;
  return { stream: stream as unknown as NodeJS.WriteStream, chunks };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("createProgress", () => {
  it("spins before the first page, shows the bar once the total is known, clears the line at the end", () => {
    const { stream, chunks } = terminal();
    const progress = createProgress(stream, true);
    expect(chunks.join("")).toMatch(/listing clusters…$/);
    vi.advanceTimersByTime(350);
    const spinning = chunks.join("");
    expect(new Set([...spinning.matchAll(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/g)].map((m) => m[0])).size).toBeGreaterThan(2);
    progress.advance(100, 250);
    vi.advanceTimersByTime(100);
    expect(chunks.at(-1)).toMatch(/listing [█░]+ 100\/250 clusters$/);
    progress.advance(150, 250);
    vi.advanceTimersByTime(100);
    expect(chunks.at(-1)).toMatch(/250\/250 clusters$/);
    progress.stop();
    expect(chunks.at(-1)).toBe("\r\x1b[2K");
    const drawn = chunks.length;
    vi.advanceTimersByTime(1_000);
    expect(chunks.length).toBe(drawn);
    for (const line of chunks.join("").split("\r\x1b[2K")) expect(line.length).toBeLessThan(80);
  });

  it("a listing without a total keeps spinning with the count so far", () => {
    const { stream, chunks } = terminal();
    const progress = createProgress(stream, true);
    progress.advance(40, undefined);
    vi.advanceTimersByTime(100);
    expect(chunks.at(-1)).toMatch(/listing clusters \(40 so far\)…$/);
    progress.stop();
  });

  it("disabled: writes nothing and starts no timer", () => {
    const { stream, chunks } = terminal();
    const progress = createProgress(stream, false);
    progress.advance(1, 1);
    vi.advanceTimersByTime(1_000);
    progress.stop();
    expect(chunks).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("wantsProgress", () => {
  it("only with stderr a terminal, and not while NDJSON rows go to a terminal", () => {
    const tty = terminal(true).stream;
    const pipe = terminal(false).stream;
    expect(wantsProgress({ flag: true, ndjson: false, stdout: tty, stderr: tty })).toBe(true);
    expect(wantsProgress({ flag: true, ndjson: false, stdout: pipe, stderr: tty })).toBe(true);
    expect(wantsProgress({ flag: true, ndjson: true, stdout: pipe, stderr: tty })).toBe(true);
    expect(wantsProgress({ flag: true, ndjson: true, stdout: tty, stderr: tty })).toBe(false);
    expect(wantsProgress({ flag: true, ndjson: false, stdout: tty, stderr: pipe })).toBe(false);
    expect(wantsProgress({ flag: false, ndjson: false, stdout: pipe, stderr: tty })).toBe(false);
  });
});
