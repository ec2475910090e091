// What the paginator does with a page that failed after the client's own attempts: whether the
// failure is transient (worth requesting the page again) and how long to wait first. A listing is
// a read, so every transient failure is safe to retry; anything else ends the listing at once.
import type { AttemptEvent, RetryFailureKind } from "@ecs-hpc/core/client";
import { isEcsError } from "@ecs-hpc/core/client";

/** The page-level retry settings a listing runs with (`retry: false` is `maxPerPage: 0`). */
export interface PageRetrySettings {
  readonly maxPerPage: number;
  readonly maxPerListing: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * The kind of transient failure an error of the client is, or `undefined` when retrying cannot
 * help: throttling (a `Throttling*` code or HTTP 429), a 5xx answer (readable or not), a lost
 * connection, a timeout. Validation, credentials, other 4xx, aborts and anything that is not a
 * client error (a malformed page, a bug) are final.
 */
export function transientKind(error: unknown): RetryFailureKind | undefined {
  if (!isEcsError(error)) return undefined;
  switch (error.kind) {
    case "service":
      if (error.throttling || error.status === 429) return "throttling";
      return error.status >= 500 ? "server" : undefined;
    case "response":
      return error.status >= 500 ? "server" : undefined;
    case "network":
      return "network";
    case "timeout":
      return "timeout";
    default:
      return undefined;
  }
}

/** Whether one attempt the client reported was throttled: a `Throttling*` code, HTTP 429, or a server-sent delay. */
export function isThrottledAttempt(event: Pick<AttemptEvent, "code" | "status" | "retryAfterMs">): boolean {
  return event.code?.includes("Throttling") === true || event.status === 429 || event.retryAfterMs !== undefined;
}

/** Full-jitter exponential backoff before the `retry`-th retry of a page (1-based). */
export function pageRetryDelay(retry: number, settings: PageRetrySettings, random: () => number): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}
