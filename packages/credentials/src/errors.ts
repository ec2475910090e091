// The one error type of this package. It names the source (and the file, when there is one)
// and says what was wrong, never a secret: messages are built from names, paths and codes,
// and text received from a peer is cut and stripped of control characters first.

/** What one source of a chain said. */
export interface SourceFailure {
  readonly source: string;
  readonly message: string;
}

export interface CredentialsErrorOptions {
  readonly source?: string | undefined;
  /** The file that was read, when the problem is in a file. */
  readonly file?: string | undefined;
  /** The chain's sources and what each said. */
  readonly sources?: readonly SourceFailure[] | undefined;
  /** A service error code (STS, the metadata service), when there is one. */
  readonly code?: string | undefined;
  readonly cause?: unknown;
}

/**
 * No credentials could be had. `kind` is `"credentials"`, so `@ecs-hpc/core`'s `isEcsError(e,
 * "credentials")` recognises it too.
 */
export class CredentialsError extends Error {
  readonly kind = "credentials" as const;
  readonly source: string | undefined;
  readonly file: string | undefined;
  readonly code: string | undefined;
  /** For a chain: every source tried, in order, with what it said. */
  readonly sources: readonly SourceFailure[];

  constructor(message: string, options: CredentialsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.source = options.source;
    this.file = options.file;
    this.code = options.code;
    this.sources = options.sources ?? [];
  }

  override get name(): string {
    return "CredentialsError";
  }
}

/** A source that is simply not set up here (no variable, no file): a chain moves on quietly. */
export class CredentialsNotConfiguredError extends CredentialsError {
  override get name(): string {
    return "CredentialsNotConfiguredError";
  }
}

export function isCredentialsError(value: unknown): value is CredentialsError {
  return value instanceof Error && (value as { kind?: unknown }).kind === "credentials";
}

/** Text from a peer made safe to show: control characters escaped, at most `max` characters. */
export function printable(text: string, max = 200): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  // eslint-disable-next-line no-control-regex
  return cut.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The message of a failure, for a chain's summary: ours as is, others by name only. */
export function describeFailure(error: unknown): string {
  if (isCredentialsError(error)) return error.message;
  if (error instanceof Error) return `${error.name}${error.message ? `: ${printable(error.message)}` : ""}`;
  return typeof error;
}
