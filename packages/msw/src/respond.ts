// Builds the HTTP answers: a success body or a service error, as JSON or XML depending on what
// the request asked for, with the request id also in `x-acs-request-id` as ECS sends it.
import { HttpResponse } from "msw";
import type { OperationSpec } from "@ecs-hpc/core";
import { requireErrorDefinition, serviceErrorBody, type OperationTable } from "./errors.ts";
import type { ResponseFormat } from "./read-request.ts";
import { TRANSPORT_REFUSALS, type TransportRefusal } from "./transport-refusals.ts";
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

/** Longest header value the mock writes (a diagnostic holding a long refused value is cut). */
const MAX_HEADER_VALUE = 512;

/**
 * A header value HTTP accepts whatever it holds: printable ASCII kept, everything else (non-Latin-1
 * characters of a refused value, control characters) escaped as `\uXXXX`, cut to 512 characters.
 * A diagnostic that quotes a client's value must never turn a 4xx into a 500 by breaking the header.
 */
function headerSafe(value: string): string {
  let out = "";
  for (const char of value) {
    const code = char.codePointAt(0) as number;
    const piece =
      code >= 0x20 && code <= 0x7e
        ? char
        : code <= 0xffff
          ? `\\u${code.toString(16).padStart(4, "0")}`
          : `\\u{${code.toString(16)}}`;
    if (out.length + piece.length > MAX_HEADER_VALUE - 3) return `${out}...`;
    out += piece;
  }
  return out;
}

const encoder = new TextEncoder();

/**
 * A JSON answer from text already serialised: one `JSON.stringify` per answer and the bytes
 * encoded once (msw's `HttpResponse.json` serialises, then copies the text into a Blob only to
 * learn its length). Same headers as `HttpResponse.json`: `Content-Type` and `Content-Length`.
 */
function jsonResponse(text: string, init: { status: number; headers: Record<string, string> }): Response {
  const bytes = encoder.encode(text);
  const headers = { "content-type": "application/json", "content-length": String(bytes.byteLength), ...init.headers };
  return new HttpResponse(bytes, { status: init.status, headers });
}

function respond(
  context: AnswerContext,
  status: number,
  root: string,
  body: Readonly<Record<string, unknown>>,
  headers: Readonly<Record<string, string>> = {},
  json?: string,
): Response {
  const safe: Record<string, string> = {};
  for (const name in headers) safe[name] = headerSafe(headers[name] as string);
  const init = { status, headers: { "x-acs-request-id": context.requestId, ...safe } };
  return context.format === "xml"
    ? HttpResponse.xml(toXml(root, body), init)
    : jsonResponse(json ?? JSON.stringify(body), init);
}

/**
 * A 2xx answer: `RequestId` first, then the behaviour's body. `bodyJson`, when the caller already
 * serialised the body (to weigh a ClientToken record), is spliced in instead of serialising again.
 */
export function successResponse(
  context: AnswerContext,
  action: string,
  body: Readonly<Record<string, unknown>>,
  status = 200,
  bodyJson?: string,
): Response {
  const withId = { RequestId: context.requestId, ...body };
  const json =
    context.format === "json" && bodyJson !== undefined && !Object.hasOwn(body, "RequestId")
      ? spliceRequestId(context.requestId, bodyJson)
      : undefined;
  return respond(context, status, `${action}Response`, withId, {}, json);
}

/** `{"RequestId":"…",…}` from the JSON of an object without one: what `JSON.stringify` of both gives. */
function spliceRequestId(requestId: string, bodyJson: string): string {
  const head = `{"RequestId":${JSON.stringify(requestId)}`;
  return bodyJson === "{}" ? `${head}}` : `${head},${bodyJson.slice(1)}`;
}

/** A service error answer with the code's documented status and message. */
export function errorResponse(context: AnswerContext, code: string, overrides: ErrorOverrides = {}): Response {
  const definition =
    overrides.status !== undefined && overrides.message !== undefined
      ? { status: overrides.status, message: overrides.message }
      : requireErrorDefinition(code, context.op, context.table);
  const status = overrides.status ?? definition.status;
  const message = overrides.message ?? definition.message;
  return respond(
    context,
    status,
    "Error",
    serviceErrorBody(code, message, context.requestId, context.host),
    overrides.headers,
  );
}

/** The answer to a request HTTP itself refuses (see transport-refusals.ts). */
export function refusalResponse(context: AnswerContext, refusal: TransportRefusal): Response {
  const { code, status, message } = TRANSPORT_REFUSALS[refusal.kind];
  return errorResponse(context, code, {
    status,
    message,
    headers: { "x-ecs-hpc-mock-reason": refusal.reason, connection: "close" },
  });
}
