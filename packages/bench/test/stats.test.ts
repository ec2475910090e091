// Unit tests of the benchmark helpers (no timing): `pnpm run test:helpers`.
import assert from "node:assert/strict";
import { test } from "node:test";
import { table, type BenchResult } from "../src/report.ts";
import { fmt, fmtSummary, median, quantile, summarize } from "../src/stats.ts";

test("median of odd and even counts, unsorted input", () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
});

test("quantiles interpolate between ranks", () => {
  assert.equal(quantile([1, 2, 3, 4, 5], 0.25), 2);
  assert.equal(quantile([10, 20], 0.75), 17.5);
  assert.equal(quantile([7], 0.9), 7);
});

test("summarize gives median, range and quartiles", () => {
  const s = summarize([5, 1, 9, 3, 7]);
  assert.deepEqual(s, { n: 5, median: 5, min: 1, max: 9, q1: 3, q3: 7 });
  assert.equal(fmtSummary(s, "ms"), "5.00 ms (1.00–9.00, n=5)");
});

test("fmt keeps about three significant digits", () => {
  assert.equal(fmt(123456.7), "123,457");
  assert.equal(fmt(12.345), "12.3");
  assert.equal(fmt(0.012345), "0.0123");
  assert.equal(fmt(0), "0");
});

test("table marks pass, fail and informational rows and escapes pipes", () => {
  const result: BenchResult = {
    name: "x",
    title: "t",
    notes: [],
    rows: [
      { figure: "a|b", ours: "1", theirs: "2", ratio: "0.5x", target: "<= 1x", pass: true },
      { figure: "c", ours: "3", theirs: "2", ratio: "1.5x", target: "<= 1x", pass: false },
      { figure: "d", ours: "3", theirs: "2", ratio: "1.5x", target: "—", pass: undefined },
    ],
  };
  const lines = table([result]).split("\n");
  assert.equal(lines.length, 5);
  assert.match(lines[2] ?? "", /a\\\|b.*\*\*PASS\*\*/);
  assert.match(lines[3] ?? "", /\*\*FAIL\*\*/);
  assert.match(lines[4] ?? "", /\| info \|$/);
});
