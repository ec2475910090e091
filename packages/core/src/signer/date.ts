/** `YYYY-MM-DDTHH:mm:ssZ` in UTC: the form of `x-acs-date` (V3) and `Timestamp` (V1). */
export function formatAcsDate(date: Date): string {
  // Every request of a busy client signs with the same second: format it once per second.
  const second = Math.floor(date.getTime() / 1000);
  if (second !== lastSecond) {
    lastFormatted = date.toISOString().replace(/\.\d{3}Z$/, "Z");
    lastSecond = second;
  }
  return lastFormatted;
}
let lastSecond = Number.NaN;
let lastFormatted = "";

/** Parses an `x-acs-date` / `Timestamp` value; `undefined` when it is not in that form. */
export function parseAcsDate(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
