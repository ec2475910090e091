// Step 8 (deserialize): the body of the final answer becomes the operation's output or a typed
// error. A non-JSON success, a success without the fields the spec requires, or an error body
// without a `Code`, is an EcsResponseError; an error body sent with a 2xx status is a service error.
import { EcsResponseError, EcsServiceError } from "../errors.ts";
import { isOk, type HttpResponse } from "../http/types.ts";
import type { ClientOperationSpec } from "../operation-spec.ts";
import { disguisedError, shapeProblem } from "./check-success-shape.ts";

/**
 * `mask` is applied to the body before an error keeps a snippet of it, so that a secret the
 * body echoes is masked whole, not cut in two by the snippet's length limit first.
 */
export function parseResponse(
  op: ClientOperationSpec,
  response: HttpResponse,
  attempts: number,
  mask: (text: string) => string = (t) => t,
): unknown {
  const text = response.body;
  // Errors only: a success never needs the header, so it is not looked up per call.
  const requestIdHeader = () => response.headers.get("x-acs-request-id") ?? undefined;
  const unreadable = (reason: string) =>
    new EcsResponseError(op.name, response.status, mask(text), requestIdHeader(), reason);
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw unreadable(`the body is not JSON (content-type ${response.headers.get("content-type") ?? "none"})`);
  }
  const record =
    typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  if (isOk(response)) {
    if (!record) throw unreadable("expected a JSON object");
    if (!disguisedError(op, record)) {
      const problem = op.successShape && shapeProblem(op.successShape, record);
      if (!problem) return record;
      throw unreadable(`not the operation's documented result: ${problem}`);
    }
  }
  const str = (value: unknown) => (typeof value === "string" && value ? value : undefined);
  const code = str(record?.Code);
  if (!record || !code) throw unreadable("an error status without an error code");
  throw new EcsServiceError(op.name, {
    code,
    message: str(record.Message) ?? "",
    status: response.status,
    requestId: str(record.RequestId) ?? requestIdHeader(),
    hostId: str(record.HostId),
    recommend: str(record.Recommend),
    attempts,
  });
}
