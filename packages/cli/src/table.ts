// The table format: aligned columns, one line per cluster, fitted to the terminal's width.
// Linear in the rows: widths are measured once per cell (ASCII without measuring), and only a
// cell wider than its column is cut, never inside a character, with an ellipsis; the widest columns (the
// description, then the name) give way first. Display widths count East Asian wide characters
// as two columns.
import truncatedWidth from "fast-string-truncated-width";
import { eastAsianWidth } from "get-east-asian-width";
import { terminalSafe } from "./terminal-text.ts";

const GAP = "  ";
const ELLIPSIS = { ellipsis: "…", ellipsisWidth: 1 } as const;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// Text in which every UTF-16 unit is a character of its own (no surrogate pairs, combining marks,
// variation selectors or joiners): its width is the sum of the characters' East Asian widths.
// Anything else (emoji sequences, decomposed accents) is measured by the grapheme-aware library.
const COMPOSED = /[\p{M}\u200b-\u200f]|[\u{10000}-\u{10ffff}]/u;

const unitWidth = (code: number): number => (code < 0x1100 ? 1 : eastAsianWidth(code));

export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  if (COMPOSED.test(text)) return truncatedWidth(text).width;
  let width = 0;
  for (let i = 0; i < text.length; i++) width += unitWidth(text.charCodeAt(i));
  return width;
}

// Where a cut would split what a terminal draws as one character: the second half of a surrogate
// pair, a combining mark, a variation selector, a tag character, a zero-width joiner or what it joins.
const JOINS_PREVIOUS = /^(?:\p{M}|\u200d|[\u{e0020}-\u{e007f}])/u; // \p{M} holds the variation selectors
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const continuesAt = (text: string, i: number) =>
  isLowSurrogate(text.charCodeAt(i)) || text.charCodeAt(i - 1) === 0x200d || JOINS_PREVIOUS.test(text.slice(i, i + 2));

/**
 * `text` cut to at most `width` columns, ending in an ellipsis when cut, with the display width
 * of the result: one pass for most text; for text with combining characters a binary search over
 * the cut position, O(length * log length). Nothing for a cell that is not cut.
 */
function truncateWithWidth(
  text: string,
  width: number,
  textWidth = displayWidth(text),
): { text: string; width: number } {
  if (textWidth <= width) return { text, width: textWidth };
  if (width <= 0) return { text: "", width: 0 };
  const room = width - ELLIPSIS.ellipsisWidth;
  if (PRINTABLE_ASCII.test(text)) return { text: text.slice(0, room) + ELLIPSIS.ellipsis, width };
  if (!COMPOSED.test(text)) {
    let used = 0;
    let cut = 0;
    for (; cut < text.length; cut++) {
      const w = unitWidth(text.charCodeAt(cut));
      if (used + w > room) break;
      used += w;
    }
    return { text: text.slice(0, cut) + ELLIPSIS.ellipsis, width: used + ELLIPSIS.ellipsisWidth };
  }
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (displayWidth(text.slice(0, mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  for (let cut = lo; cut >= 0; cut--) {
    if (cut > 0 && continuesAt(text, cut)) continue;
    const result = text.slice(0, cut) + ELLIPSIS.ellipsis;
    const resultWidth = displayWidth(result);
    if (resultWidth <= width) return { text: result, width: resultWidth };
  }
  return { text: ELLIPSIS.ellipsis, width: ELLIPSIS.ellipsisWidth };
}

/** `text` cut to at most `width` columns, ending in an ellipsis when cut. */
export function truncate(text: string, width: number): string {
  return truncateWithWidth(text, width).text;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The largest common cap on `natural` widths whose sum fits `available`, the remainder given back from the right. */
function waterFill(natural: readonly number[], available: number): number[] {
  if (sum(natural) <= available) return [...natural];
  let lo = 1;
  let hi = Math.max(...natural);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sum(natural.map((n) => Math.min(n, mid))) <= available) lo = mid;
    else hi = mid - 1;
  }
  const widths = natural.map((n) => Math.min(n, lo));
  let left = available - sum(widths);
  for (let i = widths.length - 1; i >= 0 && left > 0; i--) {
    const add = Math.min(left, (natural[i] as number) - (widths[i] as number));
    widths[i] = (widths[i] as number) + add;
    left -= add;
  }
  return widths;
}

const MIN_COLUMN = 6;

/**
 * Column widths for `natural` (the widest cell of each column) within `maxWidth` columns in all,
 * gaps included: unchanged if they fit. Otherwise the first column (the IDs) keeps its width
 * while the others can keep at least a few columns each, and those are capped at the largest
 * common width that fits, so the widest (the description, then the name) give way first; on a
 * terminal narrower still, every column is capped.
 */
export function fitColumns(natural: readonly number[], maxWidth: number): number[] {
  const available = Math.max(natural.length, maxWidth - GAP.length * (natural.length - 1));
  if (sum(natural) <= available) return [...natural];
  const [first = 0, ...rest] = natural;
  const restAvailable = available - first;
  if (restAvailable >= sum(rest.map((n) => Math.min(n, MIN_COLUMN)))) return [first, ...waterFill(rest, restAvailable)];
  return waterFill(natural, available);
}

/**
 * Renders `rows` under `head`. `maxWidth` is the terminal's width; `undefined` (not a terminal)
 * means no limit. Returns the whole text, ending in a newline.
 */
export function renderTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  maxWidth: number | undefined,
): string {
  const columns = head.length;
  const cells: string[][] = [];
  const widths: number[][] = [];
  const natural = head.map(displayWidth);
  for (const row of [head, ...rows]) {
    const safe = row.map((cell) => terminalSafe(cell));
    const w = safe.map(displayWidth);
    for (let c = 0; c < columns; c++) if ((w[c] ?? 0) > (natural[c] as number)) natural[c] = w[c] as number;
    cells.push(safe);
    widths.push(w);
  }
  const fitted = maxWidth === undefined ? natural : fitColumns(natural, maxWidth);
  const lines: string[] = [];
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r] as string[];
    const rowWidths = widths[r] as number[];
    let line = "";
    for (let c = 0; c < columns; c++) {
      const width = fitted[c] as number;
      let cell = row[c] ?? "";
      let cellWidth = rowWidths[c] ?? 0;
      if (cellWidth > width) ({ text: cell, width: cellWidth } = truncateWithWidth(cell, width, cellWidth));
      line += c === columns - 1 ? cell : cell + " ".repeat(Math.max(0, width - cellWidth)) + GAP;
    }
    lines.push(line.trimEnd());
  }
  return `${lines.join("\n")}\n`;
}
