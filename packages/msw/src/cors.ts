// CORS for the standalone server, so a browser page can call it: preflights (`OPTIONS` with
// `Access-Control-Request-Method`) are answered here, before the service, and every answer to an
// allowed origin carries `Access-Control-Allow-Origin` and exposes the headers a client reads.
// The headers a signed request sends (`authorization`, `content-type`, every `x-acs-*`) are
// allowed. Default: any origin (the caller's is echoed back); `corsOrigins` restricts the list.

/** `"*"` (default): any origin; a list: only these origins (`http://localhost:5173`); `false`: no CORS headers. */
export type CorsOrigins = "*" | readonly string[] | false;

/** Request headers a page may send: what a V3 or V1 request carries, ours or the official SDK's. */
const ALLOWED_REQUEST_HEADER =
  /^(?:authorization|content-type|accept|accept-language|x-acs-[a-z0-9-]+|x-sdk-[a-z0-9-]+)$/;
/** Response headers a page may read. */
const EXPOSED_HEADERS = "x-acs-request-id, x-acs-retry-after, retry-after, x-ecs-hpc-mock-reason";
const ALLOWED_METHODS = "GET, POST";
const MAX_AGE_SECONDS = "600";

export interface CorsPolicy {
  /** The headers to add to an answer for a request from `origin` (none when it is not allowed). */
  headersFor(origin: string | undefined): Record<string, string>;
  /** A preflight's answer (status and headers), or `undefined` when the request is not a preflight. */
  preflight(
    method: string,
    headers: { readonly get: (name: string) => string | undefined },
  ): { status: number; headers: Record<string, string> } | undefined;
}

function checkCorsOrigins(origins: CorsOrigins | undefined): CorsOrigins {
  const value = origins ?? "*";
  if (value === "*" || value === false) return value;
  if (!Array.isArray(value))
    throw new RangeError(`corsOrigins must be "*", false or a list of origins (got ${JSON.stringify(value)})`);
  for (const origin of value) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin)
      throw new RangeError(
        `corsOrigins: ${JSON.stringify(origin)} is not an origin such as "http://localhost:5173" (scheme, host, port; no path)`,
      );
  }
  return value;
}

export function createCorsPolicy(origins: CorsOrigins | undefined): CorsPolicy {
  const allowed = checkCorsOrigins(origins);
  const allows = (origin: string | undefined): origin is string =>
    origin !== undefined && allowed !== false && (allowed === "*" || allowed.includes(origin));
  const headersFor = (origin: string | undefined): Record<string, string> =>
    allows(origin)
      ? { "access-control-allow-origin": origin, "access-control-expose-headers": EXPOSED_HEADERS, vary: "Origin" }
      : allowed === false
        ? {}
        : { vary: "Origin" };
  return {
    headersFor,
    preflight(method, headers) {
      const requestedMethod = headers.get("access-control-request-method");
      if (method !== "OPTIONS" || requestedMethod === undefined || allowed === false) return undefined;
      const origin = headers.get("origin");
      if (!allows(origin)) return { status: 403, headers: { vary: "Origin" } };
      const requested = (headers.get("access-control-request-headers") ?? "")
        .split(",")
        .map((name) => name.trim().toLowerCase())
        .filter((name) => name !== "");
      const permitted = requested.filter((name) => ALLOWED_REQUEST_HEADER.test(name));
      return {
        status: 204,
        headers: {
          "access-control-allow-origin": origin,
          "access-control-allow-methods": ALLOWED_METHODS,
          ...(permitted.length > 0 ? { "access-control-allow-headers": permitted.join(", ") } : {}),
          "access-control-max-age": MAX_AGE_SECONDS,
          vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
        },
      };
    },
  };
}
