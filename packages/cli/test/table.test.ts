// The table renderer: fitted to the terminal's width, CJK-aware, escaping, linear in the rows.
import { beforeEach, describe, expect, it, vi } from "vitest";

// Counts the width measurements (the per-cell work) of the library underneath.
const calls = vi.hoisted(() => ({ measured: 0 }));
vi.mock("fast-string-truncated-width", async (importOriginal) => {
  const original = (await importOriginal()) as { default: (...args: unknown[]) => unknown };
  return {
    default: (...args: unknown[]) => {
      calls.measured++;
      return original.default(...args);
    },
  };
});

const { displayWidth, fitColumns, renderTable, truncate } = await import("../src/table.ts");

const HEAD = ["HpcClusterId", "Name", "Description"];
const longDescription =
  "Staging cluster for overnight Monte Carlo risk valuation across every desk of the bank (RDMA, 7 nodes, low-latency)";
const rows = [
  ["hpc-bp1a5zr3u7nq9cx0001", "cfd-prod-01", longDescription],
  ["hpc-bp1a5zr3u7nq9cx0002", "高性能计算集群", "流体力学仿真集群，用于夜间批量计算任务，每晚运行大约四百个作业"],
  ["hpc-bp1a5zr3u7nq9cx0003", "short", ""],
];

beforeEach(() => {
  calls.measured = 0;
});

describe("display widths", () => {
  it("counts East Asian wide characters as two columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("集群")).toBe(4);
    expect(displayWidth("a集b")).toBe(4);
  });

  it("measures combining marks and emoji sequences as the terminal draws them", () => {
    expect(displayWidth("Cafe\u0301")).toBe(4);
    expect(displayWidth("👩‍🔬 ok")).toBe(5);
    // Astral characters: a wide ideograph (CJK extension B) and a narrow letter (mathematical bold A).
    expect(displayWidth("\u{20000}x")).toBe(3);
    expect(displayWidth("\u{1d400}x")).toBe(2);
    expect(truncate("\u{1d400}\u{1d400}\u{1d400}\u{1d400}", 3)).toBe("\u{1d400}\u{1d400}…");
    expect(truncate("e\u0301e\u0301e\u0301e\u0301", 3)).toBe("e\u0301e\u0301…");
  });

  it("truncate cuts by display width with an ellipsis, never splitting a wide character", () => {
    expect(truncate("abcdefgh", 5)).toBe("abcd…");
    expect(truncate("abc", 5)).toBe("abc");
    const cut = truncate("高性能计算集群", 6);
    expect(cut).toBe("高性…");
    expect(displayWidth(cut)).toBeLessThanOrEqual(6);
  });
});

describe("renderTable", () => {
  it("without a width (a pipe or a file) prints every cell whole, columns aligned by display width", () => {
    const lines = renderTable(HEAD, rows, undefined).trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(longDescription);
    // The Description column starts at the same display column on every line.
    const starts = lines.map((line, i) =>
      displayWidth(line.slice(0, line.indexOf(i === 0 ? "Description" : rows[i - 1]![2] || "\0"))),
    );
    expect(new Set(starts.filter((_, i) => rows[i - 1]?.[2] !== "")).size).toBe(1);
  });

  it.each([80, 60, 40])(
    "at %i columns no line is wider than the terminal; IDs stay whole, long cells end in an ellipsis",
    (width) => {
      const lines = renderTable(HEAD, rows, width).trimEnd().split("\n");
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      for (const row of rows) expect(lines.some((line) => line.startsWith(row[0]!))).toBe(true);
      expect(lines[1]).toMatch(/…$/);
      expect(lines[2]).toMatch(/…$/);
    },
  );

  it("escapes control characters in cells before measuring them", () => {
    const out = renderTable(HEAD, [["hpc-1", "x", "\x1b]0;pwned\x07\x1b[2J\u202eevil"]], undefined);
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/);
    expect(out).toContain("\\x1b]0;pwned\\x07\\x1b[2J\\u202eevil");
  });

  it("does work proportional to the rows: ten times the rows, ten times the width measurements", () => {
    // Decomposed accents take the slowest path (grapheme-aware measuring, a search for the cut).
    const make = (n: number) =>
      Array.from({ length: n }, (_, i) => [
        `hpc-${String(i).padStart(20, "0")}`,
        `集群-${i}`,
        `Cafe\u0301 ${i} ${longDescription}`,
      ]);
    renderTable(HEAD, make(2_000), 80);
    const small = calls.measured;
    calls.measured = 0;
    const out = renderTable(HEAD, make(20_000), 80);
    expect(small).toBeGreaterThan(2_000);
    expect(calls.measured).toBe(small * 10);
    expect(out.split("\n")).toHaveLength(20_002);
  });
});

describe("fitColumns", () => {
  it("keeps natural widths that fit, and otherwise shrinks the widest columns first, the IDs last", () => {
    expect(fitColumns([10, 5, 20], 80)).toEqual([10, 5, 20]);
    expect(fitColumns([24, 20, 120], 80)).toEqual([24, 20, 32]);
    expect(fitColumns([24, 60, 120], 80)).toEqual([24, 26, 26]);
    expect(fitColumns([24, 60, 120], 40)).toEqual([24, 6, 6]);
    const narrow = fitColumns([24, 60, 120], 20);
    expect(narrow[0]).toBeLessThan(24);
    expect(narrow.reduce((a, b) => a + b, 0) + 4).toBeLessThanOrEqual(20);
  });
});
