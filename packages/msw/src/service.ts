// The mock service: one request in, one answer out, driven by the generated operation table.
// The steps, in the order the real service takes them:
//   read -> count -> faults (before anything applies) -> route (version, action, method)
//   -> verify the signature -> decode and validate parameters -> ClientToken
//   -> the operation's behaviour on the store -> remember the token -> answer (or lose it).
// Nothing here is specific to one operation; what an operation does lives in behaviours/, and an
// operation of the table without a behaviour answers its documented example.
import { delay, HttpResponse } from "msw";
import { endpoints, type OperationSpec, type ParamValue } from "@ecs-hpc/core";
import { decodeParams } from "@ecs-hpc/core/params";
import { behaviourFor, exampleResult } from "./behaviours/index.ts";
import { mockCredentials } from "./credentials.ts";
import { defaultOperations, IDEMPOTENT_PARAMETER_MISMATCH, newRequestId, type OperationTable } from "./errors.ts";
import { createFaultPlan, FAULT_ERROR_CODES, type FaultDecision, type FaultOptions } from "./faults.ts";
import { bodyJson } from "./frozen-json.ts";
import { fingerprintParams } from "./idempotency.ts";
import { readRequest, type ReceivedRequest } from "./read-request.ts";
import { hasMark } from "./request-marks.ts";
import { errorResponse, refusalResponse, successResponse, type AnswerContext } from "./respond.ts";
import { createHpcStore, OTHER_ACTIONS, type HpcStore } from "./store.ts";
import { checkMaxRequestBytes } from "./transport-refusals.ts";
import { verifySignature, type MockCredential } from "./verify-signature.ts";

export interface HpcServiceOptions {
  /** The state the handlers read and change. Default: a new `createHpcStore()`. */
  readonly store?: HpcStore;
  /**
   * Key pairs the service accepts. Default: `[mockCredentials]`. A function is asked at every
   * request: pass a CredentialIssuer's `accepted` to take STS and metadata credentials until they expire.
   */
  readonly credentials?: readonly MockCredential[] | (() => readonly MockCredential[]);
  /** Verify V3 and V1 signatures (default true). */
  readonly verifySignatures?: boolean;
  /** The service's clock, for request dates and nonce expiry. Default: `() => new Date()`. */
  readonly now?: () => Date;
  /** Seeded fault injection (throttling, 5xx, dropped connections, latency). */
  readonly faults?: FaultOptions;
  /**
   * The operation table to route and validate with; same shape as core's `operations` (the
   * default). An operation without a behaviour in this package answers its `successExample`.
   */
  readonly operations?: OperationTable;
  /** Request bodies larger than this many bytes are answered 413 unread. Default 1 MiB. */
  readonly maxRequestBytes?: number;
}

export interface HpcService {
  readonly store: HpcStore;
  /** Answers one request; a dropped connection is `Response.error()`. */
  handle(request: Request): Promise<Response>;
}

const servedRegions: ReadonlySet<string> = new Set(endpoints.regions);
/** The parameter that names a region; the service only serves `endpoints.regions`. */
const REGION_PARAM = "RegionId";

export function createHpcService(options: HpcServiceOptions = {}): HpcService {
  const store = options.store ?? createHpcStore();
  const credentials = options.credentials ?? [mockCredentials];
  const verify = options.verifySignatures ?? true;
  const now = options.now ?? (() => new Date());
  const faults = options.faults ? createFaultPlan(options.faults) : undefined;
  const table = options.operations ?? defaultOperations;
  const maxRequestBytes = checkMaxRequestBytes(options.maxRequestBytes, "createHpcService");
  const operationsByAction: ReadonlyMap<string, OperationSpec> = new Map(
    Object.values(table).map((op) => [op.action, op]),
  );
  const knownVersions: ReadonlySet<string> = new Set(Object.values(table).map((op) => op.version));
  if (faults) store.onReset(() => faults.reset());

  /** The fault plan's decision for this request; its latency is applied by `handle`, to the answer. */
  function injectFault(
    request: ReceivedRequest,
    context: AnswerContext,
  ): { decision?: FaultDecision; answer?: Response } {
    if (!faults?.appliesTo(request.action)) return {};
    const decision = faults.next();
    switch (decision.fault) {
      case null:
        return { decision };
      case "drop":
        return { decision, answer: HttpResponse.error() };
      case "throttle":
        return {
          decision,
          answer: errorResponse(context, FAULT_ERROR_CODES.throttle, {
            headers: { "x-acs-retry-after": String(faults.retryAfterMs) },
          }),
        };
      default:
        return { decision, answer: errorResponse(context, FAULT_ERROR_CODES[decision.fault]) };
    }
  }

  /**
   * Answers `latencyMs` after the request arrived, as a service working on many requests at once
   * would: the work (and any change to the store) is done on arrival, during the wait, so requests
   * that arrive together do not queue their work behind each other's waits.
   */
  async function handle(request: Request): Promise<Response> {
    const arrived = performance.now();
    const latency = { ms: 0 };
    const answer = await answerOf(request, latency);
    const wait = latency.ms - (performance.now() - arrived);
    if (wait > 0) await delay(wait);
    return answer;
  }

  async function answerOf(request: Request, latency: { ms: number }): Promise<Response> {
    const received = await readRequest(request, maxRequestBytes);
    const op = received.action === undefined ? undefined : operationsByAction.get(received.action);
    const context: AnswerContext = {
      requestId: newRequestId(),
      host: received.host,
      format: received.format,
      table,
      ...(op ? { op } : {}),
    };
    if (received.refusal) return refusalResponse(context, received.refusal);
    // Unknown action names share one counter: made-up names leave no state behind.
    store.recordRequest(op ? op.action : OTHER_ACTIONS);

    const { decision, answer: faulted } = injectFault(received, context);
    latency.ms = decision?.latencyMs ?? 0;
    if (faulted) return faulted;

    // Route: the version selects the API, the action the operation, which allows some methods.
    if (received.version === undefined || !knownVersions.has(received.version))
      return errorResponse(context, "InvalidVersion");
    if (!op || op.version !== received.version || !(op.httpMethods as readonly string[]).includes(received.method))
      return errorResponse(context, "InvalidAction.NotFound");

    if (verify) {
      const accepted = typeof credentials === "function" ? credentials() : credentials;
      const verdict = verifySignature(received, { credentials: accepted, now: now(), nonces: store.nonces });
      if (!verdict.ok)
        return errorResponse(context, verdict.code, { headers: { "x-ecs-hpc-mock-reason": verdict.reason } });
    }

    const decoded = decodeParams(op, received.params);
    const region = decoded.values[REGION_PARAM];
    const regionParam = op.params[REGION_PARAM];
    if (regionParam && typeof region === "string" && !servedRegions.has(region))
      return errorResponse(context, regionParam.errors.enum ?? regionParam.errors.any ?? "InvalidRegionId.NotFound", {
        headers: { "x-ecs-hpc-mock-reason": `${REGION_PARAM} ${region} is not served` },
      });
    const violation = decoded.violations[0];
    if (violation)
      return errorResponse(context, violation.code, { headers: { "x-ecs-hpc-mock-reason": violation.message } });
    const params: Record<string, ParamValue> = { ...decoded.values };
    for (const param of Object.values(op.params))
      if (params[param.name] === undefined && param.default !== undefined) params[param.name] = param.default;

    const lostResponse = (decision?.dropAfterCommit ?? false) || hasMark(request, "dropAfterCommit");
    const tokenParam = op.idempotencyToken;
    const token = tokenParam ? params[tokenParam] : undefined;
    const idempotent =
      tokenParam && typeof token === "string"
        ? { token, fingerprint: fingerprintParams(params, tokenParam) }
        : undefined;
    if (idempotent) {
      const seen = store.idempotency.lookup(op.action, idempotent.token, idempotent.fingerprint, now().getTime());
      if (seen.kind === "mismatch") return errorResponse(context, IDEMPOTENT_PARAMETER_MISMATCH.code);
      if (seen.kind === "replay")
        return lostResponse
          ? HttpResponse.error()
          : successResponse(context, op.action, seen.result.body, seen.result.status);
    }

    const behaviour = behaviourFor(op.name);
    const result = behaviour ? behaviour({ op, params, store }) : exampleResult(op);
    if ("error" in result) return errorResponse(context, result.error);
    // Serialised once: it weighs the ClientToken record and is the JSON answer's body.
    const json = idempotent || context.format === "json" ? bodyJson(result.body) : undefined;
    if (idempotent) {
      const committed = { status: 200, body: result.body };
      const { token, fingerprint } = idempotent;
      store.idempotency.remember(op.action, token, fingerprint, committed, now().getTime(), json);
    }
    if (lostResponse) return HttpResponse.error();
    return successResponse(context, op.action, result.body, 200, json);
  }

  return { store, handle };
}
