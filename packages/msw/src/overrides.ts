// Per-operation, per-call overrides in msw's style: handlers to put in front with `server.use()`.
// One scheme for both: the action first (`"*"` for every action), then what to answer.
//   server.use(hpcError("DescribeHpcClusters", "Throttling.User", { times: 2 }))
//   server.use(hpcFault("DescribeHpcClusters", "drop", { times: 1 }))
// An override answers requests for its action until its `times` are used up, then lets them
// through to the next handler. Overrides do not verify signatures and are not counted in the
// store. They answer any host unless given `baseUrl`/`endpoint`: they sit in front of a set of
// handlers, which decides the scope.
import { delay, http, HttpResponse, type HttpHandler } from "msw";
import type { OperationName, OperationSpec } from "@ecs-hpc/core";
import { DEFAULT_RETRY_AFTER_MS, FAULT_ERROR_CODES, type FaultKind } from "./faults.ts";
import { defaultOperations, errorDefinition, newRequestId, type OperationTable } from "./errors.ts";
import { endpointMatcher, type EndpointMatchOptions } from "./match-endpoint.ts";
import { readRequest } from "./read-request.ts";
import { markRequest } from "./request-marks.ts";
import { errorResponse, type AnswerContext } from "./respond.ts";

/** An action of the table, `"*"` (every action), or any other string (to test unknown actions). */
export type ActionName = OperationName | typeof ANY_ACTION | (string & {});

/** The action that stands for every action in `hpcError` and `hpcFault`. */
export const ANY_ACTION = "*";

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

/**
 * `latency` delays and then lets the request through; `dropAfterCommit` lets it apply, then drops
 * the connection. `internal` is a deprecated alias of `internalError`.
 */
export type HpcFaultKind = FaultKind | "latency" | "dropAfterCommit" | "internal";

const FAULT_KINDS: ReadonlySet<string> = new Set<HpcFaultKind>([
  "throttle",
  "unavailable",
  "internalError",
  "internal",
  "drop",
  "latency",
  "dropAfterCommit",
]);

export interface HpcFaultOptions extends OverrideOptions {
  /** For `latency` (default 1000) and any other kind: wait this long first. */
  readonly latencyMs?: number;
  /** For `throttle`: the `x-acs-retry-after` header in milliseconds (default 100). */
  readonly retryAfterMs?: number;
}

/** The options of the deprecated `hpcFault(kind, { action })` form. */
export interface DeprecatedHpcFaultOptions extends HpcFaultOptions {
  /** Only requests for this action (default: every action). */
  readonly action?: ActionName;
}

const byActionCache = new WeakMap<OperationTable, ReadonlyMap<string, OperationSpec>>();

function operationsByAction(table: OperationTable = defaultOperations): ReadonlyMap<string, OperationSpec> {
  let byAction = byActionCache.get(table);
  if (!byAction) byActionCache.set(table, (byAction = new Map(Object.values(table).map((op) => [op.action, op]))));
  return byAction;
}

function checkTimes(times: number | undefined): number {
  const limit = times ?? Number.POSITIVE_INFINITY;
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit > 0)))
    throw new RangeError(`times must be a positive integer (got ${times})`);
  return limit;
}

/** A handler answering the requests for `action` (all for `"*"`) at most `times` times. */
function override(
  action: string,
  options: OverrideOptions,
  answer: (request: Request, context: AnswerContext) => Promise<Response | undefined>,
): HttpHandler {
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
      return action === ANY_ACTION || received.action === action;
    },
    async ({ request }) => {
      if (used >= limit) return undefined;
      used += 1;
      const received = await readRequest(request);
      const op = received.action === undefined ? undefined : byAction.get(received.action);
      return answer(request, {
        requestId: newRequestId(),
        host: received.host,
        format: received.format,
        table,
        ...(op ? { op } : {}),
      });
    },
  );
}

/** Answers `action` with a documented service error (status and message from the spec). */
export function hpcError(action: ActionName, code: string, options: HpcErrorOptions = {}): HttpHandler {
  const table = options.operations ?? defaultOperations;
  const op = operationsByAction(table).get(action);
  if (!errorDefinition(code, op, table) && (options.status === undefined || options.message === undefined))
    throw new RangeError(
      `hpcError: ${code} is not a documented error code${op ? ` of ${action}` : ""}; pass status and message to use it anyway`,
    );
  const overrides = {
    ...(options.status !== undefined ? { status: options.status } : {}),
    ...(options.message !== undefined ? { message: options.message } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  };
  return override(action, options, async (_request, context) => errorResponse(context, code, overrides));
}

/** Injects one kind of fault for an action (`"*"`: every action). */
export function hpcFault(action: ActionName, kind: HpcFaultKind, options?: HpcFaultOptions): HttpHandler;
/** @deprecated Use `hpcFault(action, kind, options)` (`"*"` for every action), like `hpcError(action, code, options)`. */
export function hpcFault(kind: HpcFaultKind, options?: DeprecatedHpcFaultOptions): HttpHandler;
export function hpcFault(
  first: string,
  second?: string | DeprecatedHpcFaultOptions,
  third?: HpcFaultOptions,
): HttpHandler {
  if (typeof second === "string") return faultOverride(first, second, third ?? {});
  if (!FAULT_KINDS.has(first))
    throw new RangeError(
      `hpcFault: ${JSON.stringify(first)} is not a fault kind; call hpcFault(action, kind, options)`,
    );
  const { action = ANY_ACTION, ...options } = second ?? {};
  return faultOverride(action, first, options);
}

function faultOverride(action: string, kind: string, options: HpcFaultOptions): HttpHandler {
  if (!FAULT_KINDS.has(kind))
    throw new RangeError(`hpcFault: ${JSON.stringify(kind)} is not a fault kind (${[...FAULT_KINDS].join(", ")})`);
  const fault = (kind === "internal" ? "internalError" : kind) as Exclude<HpcFaultKind, "internal">;
  return override(action, options, async (request, context) => {
    const wait = options.latencyMs ?? (fault === "latency" ? 1000 : 0);
    if (wait > 0) await delay(wait);
    switch (fault) {
      case "latency":
        return undefined;
      case "dropAfterCommit":
        markRequest(request, "dropAfterCommit");
        return undefined;
      case "drop":
        return HttpResponse.error();
      case "throttle":
        return errorResponse(context, FAULT_ERROR_CODES.throttle, {
          headers: { "x-acs-retry-after": String(options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS) },
        });
      default:
        return errorResponse(context, FAULT_ERROR_CODES[fault]);
    }
  });
}
