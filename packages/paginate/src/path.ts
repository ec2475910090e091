// Reading the table's dotted paths (`HpcClusters.HpcCluster`) and fields out of a response body.

/** The value at a dotted path of `value`, or `undefined` when any step is missing or not an object. */
function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split(".")) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The item list at `path`: a missing (or `null`) list is an empty page; anything else but an array is refused. */
export function listAt(response: unknown, path: string): readonly unknown[] {
  const list = valueAt(response, path);
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new TypeError(`the response's ${path} is not a list (got ${typeof list})`);
  return list;
}

/** A non-negative integer count at `path`, or `undefined` when the response has none. */
export function countAt(response: unknown, path: string): number | undefined {
  const count = valueAt(response, path);
  return typeof count === "number" && Number.isSafeInteger(count) && count >= 0 ? count : undefined;
}

/** The identity of an item (its `itemId` field), or `undefined` when it has none to deduplicate by. */
export function idOf(item: unknown, field: string): string | number | undefined {
  const id = valueAt(item, field);
  return typeof id === "string" || typeof id === "number" ? id : undefined;
}
