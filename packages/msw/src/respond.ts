// Builds the HTTP answers: a success body or a service error, as JSON or XML depending on what
// the request asked for, with the request id also in `x-acs-request-id` as ECS sends it.
import { HttpResponse } from "msw";
import type { OperationSpec } from "@ecs-hpc/core";
import { requireErrorDefinition, serviceErrorBody, type OperationTable } from "./errors.ts";
import type { ResponseFormat } from "./read-request.ts";
import { toXml } from "./xml.ts";

/** What every answer to one request needs to know. */
export interface AnswerContext {
  readonly requestId: string;
  /** The host the request was sent to (the error body's HostId). */
  readonly host: string;
  readonly format: ResponseFormat;
  /** The operation, once the request was routed to one (its error table comes first). */
  readonly op?: OperationSpec;
  /** The operation table the service routes with (default core's), for codes shared by every operation. */
  readonly table?: OperationTable;
}

export interface ErrorOverrides {
  readonly status?: number;
  readonly message?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

function respond(context: AnswerContext, status: number, root: string, body: Readonly<Record<string, unknown>>, headers: Readonly<Record<string, string>> = {}): Response {
  const init = { status, headers: { "x-acs-request-id": context.requestId, ...headers } };
  return context.format === "xml" ? HttpResponse.xml(toXml(root, body), init) : HttpResponse.json(body as Record<string, unknown>, init);
}

/** A 2xx answer: `RequestId` first, then the behaviour's body. */
export function successResponse(context: AnswerContext, action: string, body: Readonly<Record<string, unknown>>, status = 200): Response {
  return respond(context, status, `${action}Response`, { RequestId: context.requestId, ...body });
}

/** A service error answer with the code's documented status and message. */
export function errorResponse(context: AnswerContext, code: string, overrides: ErrorOverrides = {}): Response {
  const definition = overrides.status !== undefined && overrides.message !== undefined ? { status: overrides.status, message: overrides.message } : requireErrorDefinition(code, context.op, context.table);
  const status = overrides.status ?? definition.status;
  const message = overrides.message ?? definition.message;
  return respond(context, status, "Error", serviceErrorBody(code, message, context.requestId, context.host), overrides.headers);
}
