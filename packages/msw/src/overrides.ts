// Per-operation, per-call overrides in msw's style: handlers to put in front with `server.use()`.
//   server.use(hpcError("DescribeHpcClusters", "Throttling.User", { times: 2 }))
//   server.use(hpcFault("drop", { action: "DescribeHpcClusters", times: 1 }))
// An override answers requests for its action (every action when none is given) until its
// `times` are used up, then lets them through to the next handler. Overrides do not verify
// signatures and are not counted in the store.
import { delay, http, HttpResponse, type HttpHandler } from "msw";
import type { OperationName, OperationSpec } from "@ecs-hpc/core";
import { DEFAULT_RETRY_AFTER_MS, FAULT_ERROR_CODES, type FaultKind } from "./faults.ts";
import { defaultOperations, errorDefinition, newRequestId, type OperationTable } from "./errors.ts";
import { endpointMatcher, type EndpointMatchOptions } from "./match-endpoint.ts";
import { readRequest } from "./read-request.ts";
import { markRequest } from "./request-marks.ts";
import { errorResponse, type AnswerContext } from "./respond.ts";

/** An action of the table, or any other string (to test unknown actions). */
export type ActionName = OperationName | (string & {});

export interface OverrideOptions extends EndpointMatchOptions {
  /** How many requests the override answers before letting requests through (default: all). */
  readonly times?: number;
  /** The operation table whose error codes the answers use, as given to `createHpcHandlers` (default core's). */
  readonly operations?: OperationTable;
}

export interface HpcErrorOptions extends OverrideOptions {
  /** Override the documented status (needed, with `message`, for codes the spec does not list). */
  readonly status?: number;
  readonly message?: string;
  /** Extra response headers, for example `x-acs-retry-after`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** `latency` delays and then lets the request through; `dropAfterCommit` lets it apply, then drops the connection. */
export type HpcFaultKind = FaultKind | "latency" | "dropAfterCommit";

export interface HpcFaultOptions extends OverrideOptions {
  /** Only requests for this action (default: every action). */
  readonly action?: ActionName;
  /** For `latency` (default 1000) and any other kind: wait this long first. */
  readonly latencyMs?: number;
  /** For `throttle`: the `x-acs-retry-after` header in milliseconds (default 100). */
  readonly retryAfterMs?: number;
}

const byActionCache = new WeakMap<OperationTable, ReadonlyMap<string, OperationSpec>>();

function operationsByAction(table: OperationTable = defaultOperations): ReadonlyMap<string, OperationSpec> {
  let byAction = byActionCache.get(table);
  if (!byAction) byActionCache.set(table, (byAction = new Map(Object.values(table).map((op) => [op.action, op]))));
  return byAction;
}

function checkTimes(times: number | undefined): number {
  const limit = times ?? Number.POSITIVE_INFINITY;
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit > 0))) throw new RangeError(`times must be a positive integer (got ${times})`);
  return limit;
}

/** A handler answering the requests for `action` (all when undefined) at most `times` times. */
function override(action: string | undefined, options: OverrideOptions, answer: (request: Request, context: AnswerContext) => Promise<Response | undefined>): HttpHandler {
  const limit = checkTimes(options.times);
  const matches = endpointMatcher(options, true);
  const table = options.operations ?? defaultOperations;
  const byAction = operationsByAction(table);
  let used = 0;
  return http.all(
    async ({ request }) => {
      if (used >= limit || !matches(new URL(request.url))) return false;
      const received = await readRequest(request);
      // What HTTP refuses (body too large, malformed Host) is the service's to answer.
      if (received.refusal) return false;
      return action === undefined || received.action === action;
    },
    async ({ request }) => {
      if (used >= limit) return undefined;
      used += 1;
      const received = await readRequest(request);
      const op = received.action === undefined ? undefined : byAction.get(received.action);
      return answer(request, { requestId: newRequestId(), host: received.host, format: received.format, table, ...(op ? { op } : {}) });
    },
  );
}

/** Answers `action` with a documented service error (status and message from the spec). */
export function hpcError(action: ActionName, code: string, options: HpcErrorOptions = {}): HttpHandler {
  const table = options.operations ?? defaultOperations;
  const op = operationsByAction(table).get(action);
  if (!errorDefinition(code, op, table) && (options.status === undefined || options.message === undefined))
    throw new RangeError(`hpcError: ${code} is not a documented error code${op ? ` of ${action}` : ""}; pass status and message to use it anyway`);
  const overrides = { ...(options.status !== undefined ? { status: options.status } : {}), ...(options.message !== undefined ? { message: options.message } : {}), ...(options.headers ? { headers: options.headers } : {}) };
  return override(action, options, async (_request, context) => errorResponse(context, code, overrides));
}

/** Injects one kind of fault for an action (or every action). */
export function hpcFault(kind: HpcFaultKind, options: HpcFaultOptions = {}): HttpHandler {
  return override(options.action, options, async (request, context) => {
    const wait = options.latencyMs ?? (kind === "latency" ? 1000 : 0);
    if (wait > 0) await delay(wait);
    switch (kind) {
      case "latency":
        return undefined;
      case "dropAfterCommit":
        markRequest(request, "dropAfterCommit");
        return undefined;
      case "drop":
        return HttpResponse.error();
      case "throttle":
        return errorResponse(context, FAULT_ERROR_CODES.throttle, { headers: { "x-acs-retry-after": String(options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS) } });
      default:
        return errorResponse(context, FAULT_ERROR_CODES[kind]);
    }
  });
}
