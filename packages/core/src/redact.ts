// Keeping secrets out of errors: whatever reaches a caller (a message, a service's `Message`
// that echoes what it received, a body snippet, the `cause` chain of a handler's error, its
// stack) has every form of the AccessKeySecret and the STS token masked: as is, percent-encoded
// (either spelling of the hex digits, once or twice), and JSON-escaped.
import type { Credentials } from "./credentials.ts";
import { percentEncode } from "./signer/percent-encode.ts";

const MASK = "***";
const MAX_CAUSE_DEPTH = 8;
const LONE_SURROGATE = /\p{Cs}/u;
const BUILTIN_ERRORS = [Error, TypeError, RangeError, SyntaxError, URIError, ReferenceError, EvalError];

/** Every form in which a secret can appear in text, as one regular expression (or `undefined`). */
function secretPattern(credentials: Credentials | undefined): RegExp | undefined {
  if (!credentials) return undefined;
  const forms = new Set<string>();
  for (const secret of [credentials.accessKeySecret, credentials.securityToken]) {
    if (typeof secret !== "string" || !secret) continue;
    forms.add(escapeRegExp(secret));
    forms.add(escapeRegExp(secret.replaceAll("/", "\\/")));
    if (LONE_SURROGATE.test(secret)) continue; // not encodable, so never sent encoded
    for (const encoded of [encodeURIComponent(secret), percentEncode(secret)])
      forms.add(escapeRegExp(encoded)).add(escapeRegExp(percentEncode(encoded)));
  }
  if (forms.size === 0) return undefined;
  // Longest first, so a form is never masked only in part by a shorter one. Case-insensitive,
  // for `%2f` as well as `%2F`: masking a little more than needed is harmless.
  return new RegExp([...forms].sort((a, b) => b.length - a.length).join("|"), "gi");
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

/** Replaces every form of the secret parts of `credentials` in `text` with `***`. */
export function redactSecrets(text: string, credentials: Credentials): string {
  const pattern = secretPattern(credentials);
  return pattern ? text.replace(pattern, MASK) : text;
}

/**
 * A copy of a handler's error that keeps only what helps diagnosis (name, message, string
 * `code`, and the same of its `cause` and of an AggregateError's `errors`), secrets masked. Every
 * other property (request options, headers, sockets) is dropped: it may hold the signed headers.
 */
export function redactCause(cause: unknown, credentials: Credentials | undefined, depth = 0): unknown {
  const pattern = secretPattern(credentials);
  return copyError(cause, pattern, depth);
}

function copyError(value: unknown, pattern: RegExp | undefined, depth: number): unknown {
  const mask = (text: string) => (pattern ? text.replace(pattern, MASK) : text);
  if (!(value instanceof Error))
    return typeof value === "string"
      ? mask(value)
      : value === undefined || value === null
        ? value
        : mask(String(value));
  const options =
    depth < MAX_CAUSE_DEPTH && value.cause !== undefined
      ? { cause: copyError(value.cause, pattern, depth + 1) }
      : undefined;
  // The same built-in class (a TypeError stays one), never a handler's own class and its fields.
  const Builtin = BUILTIN_ERRORS.find((type) => value.constructor === type) ?? Error;
  const copy: Error & { code?: string; errors?: unknown[] } = new Builtin(mask(value.message), options);
  copy.name = value.name;
  const code = (value as { code?: unknown }).code;
  if (typeof code === "string") copy.code = mask(code);
  const errors = (value as { errors?: unknown }).errors;
  if (Array.isArray(errors) && depth < MAX_CAUSE_DEPTH)
    copy.errors = errors.slice(0, 8).map((e) => copyError(e, pattern, depth + 1));
  copy.stack = value.stack === undefined ? undefined : mask(value.stack);
  return copy;
}

/**
 * Masks the secrets of `credentials` in an error about to reach a caller, in place: its message,
 * stack and every string field (a service's `serviceMessage`, a `bodySnippet`), and replaces its
 * `cause` chain with a masked copy (except an abort's, which is the caller's own reason). Returns the same error.
 */
export function redactThrown<E>(error: E, credentials: Credentials | undefined): E {
  const pattern = secretPattern(credentials);
  if (!pattern || !(error instanceof Error)) return error;
  const target = error as unknown as Record<string, unknown>;
  for (const key of Object.keys(target)) {
    const value = target[key];
    if (typeof value === "string") target[key] = value.replace(pattern, MASK);
  }
  error.message = error.message.replace(pattern, MASK);
  if (error.stack !== undefined) error.stack = error.stack.replace(pattern, MASK);
  // An abort's cause is the caller's own reason, handed back as given.
  if (error.cause !== undefined && target.kind !== "aborted")
    Object.defineProperty(error, "cause", {
      value: copyError(error.cause, pattern, 0),
      configurable: true,
      writable: true,
    });
  return error;
}
