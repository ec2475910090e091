// The redirect policy: the ECS RPC API never redirects, so any 3xx answer (or the opaque
// status 0 a browser's fetch gives for a redirect in "manual" mode) is refused and never
// followed, on every transport; the error names the status and only the origin of `Location`,
// since its path and query may carry a signature.
import { EcsRedirectError } from "../errors.ts";
import type { HttpResponse } from "./types.ts";

/** A 3xx status, or 0 (an opaque redirect). */
export const isRedirectStatus = (status: number): boolean => status === 0 || (status >= 300 && status < 400);

/** The origin a `Location` header points to, resolved against the request's URL; `undefined` when it names none. */
function locationOrigin(location: string | null, requestUrl: string): string | undefined {
  if (!location) return undefined;
  try {
    const origin = new URL(location, requestUrl).origin;
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** The error for a redirect answer, or `undefined` when the answer is not one. */
export function refuseRedirect(
  operation: string,
  response: HttpResponse,
  requestUrl: string,
  attempts: number,
): EcsRedirectError | undefined {
  if (!isRedirectStatus(response.status)) return undefined;
  return new EcsRedirectError(
    operation,
    response.status,
    locationOrigin(response.headers.get("location"), requestUrl),
    attempts,
  );
}
