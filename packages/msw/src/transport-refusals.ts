// What HTTP itself refuses before the service reads a request: a body over the size limit (413)
// and a malformed `Host` header (400). The real service's gateway answers these before any API
// logic, so their codes are not in the spec's error tables; they are the mock's own, listed here
// and in the README, in the service's error-body shape. Both are final: a client must not retry.

/** Request bodies larger than this (bytes) are answered 413 without being read further. */
export const DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

export type TransportRefusalKind = "bodyTooLarge" | "badHost";

export interface TransportRefusal {
  readonly kind: TransportRefusalKind;
  /** For test authors, in `x-ecs-hpc-mock-reason`. */
  readonly reason: string;
}

export const TRANSPORT_REFUSALS: {
  readonly [Kind in TransportRefusalKind]: { readonly code: string; readonly status: number; readonly message: string };
} = {
  bodyTooLarge: { code: "RequestEntityTooLarge", status: 413, message: "The request body is too large." },
  badHost: { code: "InvalidHost.Malformed", status: 400, message: "The Host header of the request is not valid." },
};

export function checkMaxRequestBytes(value: number | undefined, where: string): number {
  const limit = value ?? DEFAULT_MAX_REQUEST_BYTES;
  if (!Number.isSafeInteger(limit) || limit <= 0)
    throw new RangeError(`${where}: maxRequestBytes must be a positive integer (got ${value})`);
  return limit;
}
