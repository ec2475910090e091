// Success bodies answered again and again unchanged (a page of a store that did not change) are
// serialised once and kept with the body: the service asks `bodyJson` instead of calling
// `JSON.stringify` per request. A body kept here is frozen, all the way down, so its text cannot
// go stale; any other body is serialised as before.
const texts = new WeakMap<object, string>();

function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}

/** Freezes `body` (deeply) and keeps its JSON text; returns `body`. */
export function freezeWithJson<T extends object>(body: T): T {
  deepFreeze(body);
  texts.set(body, JSON.stringify(body));
  return body;
}

/** `JSON.stringify(body)`, from the kept text when `body` went through `freezeWithJson`. */
export function bodyJson(body: object): string {
  return texts.get(body) ?? JSON.stringify(body);
}
