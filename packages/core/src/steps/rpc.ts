// Step 3 (serialize): the pseudo-path operation becomes the RPC wire form the official SDK
// sends: `POST /` with every operation parameter in the query string (strictly percent-encoded,
// lists as one JSON-array string), an empty body, and the action and version in `x-acs-*`
// headers. The signer later adds the date, nonce, hashes and Authorization (or, for V1, moves
// all of it into the query).
import type { OperationSpec } from "../operation-spec.ts";
import { encodeParams } from "../params.ts";
import { canonicalQuery } from "../signer/percent-encode.ts";

export interface WireRequestOptions {
  /** Endpoint origin (and optional base path), without a trailing slash. */
  readonly endpoint: string;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly signal?: AbortSignal | undefined;
}

export function toWireRequest(op: OperationSpec, input: Readonly<Record<string, unknown>>, options: WireRequestOptions): Request {
  const query = canonicalQuery(Object.entries(encodeParams(op, input)));
  const headers = new Headers(options.headers);
  headers.set("x-acs-action", op.action);
  headers.set("x-acs-version", op.version);
  headers.set("accept", "application/json");
  const init: RequestInit = { method: "POST", headers };
  if (options.signal) init.signal = options.signal;
  return new Request(`${options.endpoint}/${query ? `?${query}` : ""}`, init);
}

/** The operation a pseudo-path (`/DescribeHpcClusters`) names, if any. */
export function operationForPath(operations: Readonly<Record<string, OperationSpec>>, path: string): OperationSpec | undefined {
  const op = operations[path.replace(/^\//, "")];
  return op && op.path === path ? op : undefined;
}
