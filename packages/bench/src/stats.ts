// Small statistics helpers: the benchmarks report medians with their spread, never means.

/** The q-quantile (0..1) of the values, linear interpolation between closest ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly q1: number;
  readonly q3: number;
}

export function summarize(values: readonly number[]): Summary {
  return {
    n: values.length,
    median: median(values),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
  };
}

/** A number with about three significant digits and thousands separators: 1,234 / 12.3 / 0.123. */
export function fmt(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 10 ** digits) return Math.round(value).toLocaleString("en-US");
  const decimals = abs === 0 ? 0 : Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
  return value.toFixed(Math.min(decimals, 6));
}

/** `median (min–max, n=N)` with a unit. */
export function fmtSummary(s: Summary, unit = ""): string {
  const u = unit ? ` ${unit}` : "";
  return `${fmt(s.median)}${u} (${fmt(s.min)}–${fmt(s.max)}, n=${s.n})`;
}

/** A ratio as `12.3x`. */
export function fmtRatio(ratio: number): string {
  return `${fmt(ratio)}x`;
}
