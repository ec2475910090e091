// One line per failure on stderr: what failed, the service's code and request id; a stack only
// with --debug. Never a credential (the client's errors carry none).
import { isEcsError } from "@ecs-hpc/core";
import { isPaginationError } from "@ecs-hpc/paginate";
import { EXIT } from "./exit-codes.ts";

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function exitCodeFor(error: unknown): number {
  const cause = isPaginationError(error) ? error.cause : error;
  if (error instanceof UsageError) return EXIT.usage;
  if (isEcsError(cause, "validation")) return EXIT.usage;
  if (isEcsError(cause, "credentials")) return EXIT.credentials;
  if (isEcsError(cause, "aborted")) return EXIT.interrupted;
  return EXIT.service;
}

export function describeError(error: unknown): string {
  const page = isPaginationError(error) ? ` (page ${error.page})` : "";
  const cause = isPaginationError(error) ? error.cause : error;
  if (isEcsError(cause, "service")) {
    return `error: ${cause.code}: ${cause.serviceMessage} (HTTP ${cause.status}, request id ${cause.requestId ?? "unknown"}${cause.attempts > 1 ? `, ${cause.attempts} attempts` : ""})${page}`;
  }
  if (cause instanceof Error) return `error: ${cause.message}${page}`;
  return `error: ${String(cause)}${page}`;
}

export function reportError(error: unknown, debug: boolean, stderr: NodeJS.WritableStream): number {
  stderr.write(describeError(error) + "\n");
  if (debug && error instanceof Error && error.stack) stderr.write(error.stack + "\n");
  return exitCodeFor(error);
}
