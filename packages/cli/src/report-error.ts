// One line per failure on stderr: what failed, the service's code and request id; a stack only
// with --debug. Never a credential (the client's errors carry none), never a raw control
// character (a service message or code is text from the network).
import { isEcsError } from "@ecs-hpc/core";
import { isPaginationError } from "@ecs-hpc/paginate";
import { EXIT } from "./exit-codes.ts";
import { terminalSafe } from "./terminal-text.ts";

export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The paginator's option names, as the flags that set them. */
const FLAG_OF_OPTION: Readonly<Record<string, string>> = {
  pageSize: "--page-size",
  concurrency: "--concurrency",
  maxItems: "--max-items",
};

interface PaginationOptionsErrorLike extends Error {
  readonly kind: "pagination-options";
  readonly option: string;
}

function isPaginationOptionsError(error: unknown): error is PaginationOptionsErrorLike {
  return error instanceof Error && (error as { kind?: unknown }).kind === "pagination-options";
}

function exitCodeFor(error: unknown): number {
  const cause = isPaginationError(error) ? error.cause : error;
  if (error instanceof UsageError || isPaginationOptionsError(error)) return EXIT.usage;
  if (isEcsError(cause, "validation")) return EXIT.usage;
  if (isEcsError(cause, "credentials")) return EXIT.credentials;
  if (isEcsError(cause, "aborted")) return EXIT.interrupted;
  return EXIT.service;
}

const HINT = Symbol("hint");
const SAFE_TOKEN = /^[A-Za-z0-9._~:+=-]{1,64}$/;

/**
 * A failed request that may have been applied (anything but a refusal before sending) and whose
 * error carries the ClientToken it sent: remember to print how to retry it without a duplicate.
 */
export function withClientTokenHint(error: unknown): unknown {
  const token = isEcsError(error) ? error.clientToken : undefined;
  if (token === undefined || isEcsError(error, "validation") || isEcsError(error, "credentials")) return error;
  const shown = SAFE_TOKEN.test(token) ? token : JSON.stringify(token); // never a control character raw
  const hint = `retry with --client-token ${shown} to get the cluster this call may have created, not a second one`;
  Object.defineProperty(error, HINT, { value: hint });
  return error;
}

function describeError(error: unknown): string {
  const hint = typeof error === "object" && error !== null ? (error as { [HINT]?: string })[HINT] : undefined;
  return hint === undefined ? describeFailure(error) : `${describeFailure(error)}\n${hint}`;
}

function describeFailure(error: unknown): string {
  const page = isPaginationError(error) ? ` (page ${error.page})` : "";
  const cause = isPaginationError(error) ? error.cause : error;
  let line: string;
  if (isEcsError(cause, "service")) {
    const attempts = cause.attempts > 1 ? `, ${cause.attempts} attempts` : "";
    line = `error: ${cause.code}: ${cause.serviceMessage} (HTTP ${cause.status}, request id ${cause.requestId ?? "unknown"}${attempts})${page}`;
  } else if (isPaginationOptionsError(cause)) {
    const flag = FLAG_OF_OPTION[cause.option];
    line = `error: ${cause.message}${flag ? ` (the ${flag} flag)` : ""}`;
  } else if (cause instanceof Error) {
    line = `error: ${cause.message}${page}`;
  } else {
    line = `error: ${String(cause)}${page}`;
  }
  return terminalSafe(line);
}

export function reportError(error: unknown, debug: boolean, stderr: NodeJS.WritableStream): number {
  stderr.write(`${describeError(error)}\n`);
  if (debug && error instanceof Error && error.stack)
    stderr.write(`${terminalSafe(error.stack).replace(/\\x0a/g, "\n")}\n`);
  return exitCodeFor(error);
}
