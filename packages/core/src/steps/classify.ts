// Step 7 (classify, per attempt): what an attempt's outcome means. The retry strategy says
// whether it is worth another attempt (`retry`, `throttle` or `fail`); the safety rule here, which
// no strategy can override, says whether another attempt could do the work twice.
import type { EcsNetworkError, EcsTimeoutError } from "../errors.ts";
import type { HttpResponse } from "../http/types.ts";
import type { ClientOperationSpec } from "../operation-spec.ts";

export type RetryDecision = "retry" | "throttle" | "fail";

/** One attempt that did not succeed: an error answer, or no answer (network failure, timeout). */
export interface AttemptOutcome {
  readonly operation: ClientOperationSpec;
  /** The attempt, counting from 1. */
  readonly attempt: number;
  /** The error answer, when there was one. */
  readonly response: HttpResponse | undefined;
  /** The error body's `Code`, when there is one. */
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  /** The failure when there was no answer. */
  readonly error: EcsNetworkError | EcsTimeoutError | undefined;
}

/**
 * The standard classification: throttling (a code containing `Throttling`, or HTTP 429) is
 * `throttle`; HTTP 5xx, timeouts and lost connections are `retry`; everything else is `fail`.
 */
export function standardClassify(outcome: AttemptOutcome): RetryDecision {
  const { response, code } = outcome;
  if (!response) return "retry";
  if (code?.includes("Throttling") || response.status === 429) return "throttle";
  if (response.status >= 500) return "retry";
  return "fail";
}

/**
 * Whether the service may have done the work of this attempt: a 5xx, a timeout or a lost
 * connection may come after a commit; throttling and any other 4xx answer are refusals.
 */
export function mayHaveCommitted(outcome: AttemptOutcome): boolean {
  const { response, code } = outcome;
  if (!response) return true;
  if (code?.includes("Throttling") || response.status === 429) return false;
  return response.status >= 500;
}

/**
 * The safety rule the pipeline enforces whatever the strategy says: an attempt that may have
 * committed is repeated only for reads and for operations made idempotent by a token.
 */
export function isRetrySafe(outcome: AttemptOutcome, idempotent: boolean): boolean {
  return idempotent || !mayHaveCommitted(outcome);
}

/** The `Code` and `RequestId` of an error body, if it has them. */
export function peekError(response: HttpResponse): { code: string | undefined; requestId: string | undefined } {
  const headerRequestId = response.headers.get("x-acs-request-id") ?? undefined;
  try {
    const body = JSON.parse(response.body) as { Code?: unknown; RequestId?: unknown };
    return {
      code: typeof body?.Code === "string" ? body.Code : undefined,
      requestId: typeof body?.RequestId === "string" ? body.RequestId : headerRequestId,
    };
  } catch {
    return { code: undefined, requestId: headerRequestId };
  }
}
