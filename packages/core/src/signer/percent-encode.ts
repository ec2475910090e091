/**
 * Alibaba's percent-encoding, used by both signature versions: UTF-8 bytes, `A-Z a-z 0-9 - _ . ~`
 * kept, every other byte as `%XY` with upper-case hex (a space is `%20`, `*` is `%2A`).
 * `encodeURIComponent` already does this except for `! ' ( ) *`, which it leaves alone.
 */
export function percentEncode(value: string): string {
  const encoded = encodeURIComponent(value);
  return RESERVED.test(encoded)
    ? encoded.replace(RESERVED_ALL, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    : encoded;
}
const RESERVED = /[!'()*]/;
const RESERVED_ALL = /[!'()*]/g;

/** Parameters as name/value pairs, sorted by encoded name, joined as `name=value&...`. */
export function canonicalQuery(params: Iterable<readonly [string, string]>): string {
  const encoded: [string, string][] = [];
  for (const [name, value] of params) encoded.push([percentEncode(name), percentEncode(value)]);
  return joinEncoded(encoded);
}

/** Pairs already percent-encoded, sorted (in place) by name then value, joined as `name=value&...`. */
export function joinEncoded(encoded: [string, string][]): string {
  encoded.sort(byNameThenValue);
  let out = "";
  for (let i = 0; i < encoded.length; i++) {
    const pair = encoded[i] as [string, string];
    out += (i > 0 ? "&" : "") + pair[0] + "=" + pair[1];
  }
  return out;
}
const byNameThenValue = (a: readonly [string, string], b: readonly [string, string]): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

/** Accepts a record or an iterable of pairs (URLSearchParams, Map, array). */
export type QueryParams = Readonly<Record<string, string>> | Iterable<readonly [string, string]>;

export function queryPairs(params: QueryParams): Iterable<readonly [string, string]> {
  return Symbol.iterator in params
    ? (params as Iterable<readonly [string, string]>)
    : Object.entries(params as Record<string, string>);
}
