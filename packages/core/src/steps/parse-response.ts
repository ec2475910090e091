// Step 7 (deserialize): the body of the final answer becomes the operation's output or a typed
// error. A non-JSON success, or an error body without a `Code`, is an EcsResponseError.
import { EcsResponseError, EcsServiceError } from "../errors.ts";
import { isOk, type HttpResponse } from "../http/types.ts";
import type { ClientOperationSpec } from "../operation-spec.ts";

export function parseResponse(op: ClientOperationSpec, response: HttpResponse, attempts: number): unknown {
  const text = response.body;
  const requestIdHeader = response.headers.get("x-acs-request-id") ?? undefined;
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw new EcsResponseError(op.name, response.status, text, requestIdHeader, `the body is not JSON (content-type ${response.headers.get("content-type") ?? "none"})`);
  }
  const record = typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  if (isOk(response)) {
    if (!record) throw new EcsResponseError(op.name, response.status, text, requestIdHeader, "expected a JSON object");
    return record;
  }
  const str = (value: unknown) => (typeof value === "string" && value ? value : undefined);
  const code = str(record?.Code);
  if (!record || !code) throw new EcsResponseError(op.name, response.status, text, requestIdHeader, "an error status without an error code");
  throw new EcsServiceError(op.name, {
      code,
      message: str(record.Message) ?? "",
      status: response.status,
      requestId: str(record.RequestId) ?? requestIdHeader,
      hostId: str(record.HostId),
      recommend: str(record.Recommend),
    attempts,
  });
}
