import { endpointRule } from "./generated/endpoints.ts";
import type { EndpointRule } from "./operation-spec.ts";

/** `https://<host>` for a region, from the spec's endpoint pattern and overrides. */
export function resolveEndpoint(regionId: string, spec: EndpointRule = endpointRule): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(regionId))
    throw new TypeError(`invalid regionId ${JSON.stringify(regionId)}: expected something like "cn-hangzhou"`);
  const host = spec.overrides[regionId] ?? spec.pattern.replace("{regionId}", regionId);
  return `https://${host}`;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// A host name or IP literal as a URL authority may hold it, with an optional port: what a bare
// endpoint ("ecs-vpc.cn-hangzhou.aliyuncs.com") may be. Anything else needs a scheme.
const BARE_HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::(\d+))?$/i;

function invalid(endpoint: string, why: string): TypeError {
  return new TypeError(`invalid endpoint option ${JSON.stringify(endpoint)}: ${why}`);
}

/**
 * Normalises a custom endpoint, checked when the client is built: a full `http://` or `https://`
 * URL, or a bare host name (HTTPS). A bare host with a port (`127.0.0.1:8080`) is refused rather
 * than guessed: a local mock speaks HTTP, a proxy on a port may speak HTTPS, and a wrong guess
 * only shows as a TLS error after every retry. The result has no trailing slash.
 */
export function normaliseEndpoint(endpoint: string): string {
  if (typeof endpoint !== "string")
    throw new TypeError(`invalid endpoint option: expected a string, got ${typeof endpoint}`);
  const trimmed = endpoint.trim();
  if (trimmed === "") throw invalid(endpoint, "empty");
  const bare = BARE_HOST.exec(trimmed);
  let withScheme: string;
  if (bare) {
    if (bare[1] !== undefined) {
      throw invalid(endpoint, `no scheme; write http://${trimmed} (a local mock) or https://${trimmed}`);
    }
    withScheme = `https://${trimmed}`;
  } else {
    const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
    if (scheme === undefined) throw invalid(endpoint, "expected an http:// or https:// URL, or a host name");
    if (scheme !== "http" && scheme !== "https")
      throw invalid(endpoint, `the scheme must be http or https, got ${scheme}:`);
    if (!trimmed.slice(scheme.length + 1).startsWith("//")) throw invalid(endpoint, `expected ${scheme}://<host>`);
    withScheme = trimmed;
  }
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw invalid(endpoint, "not a valid URL");
  }
  // (An http or https URL always has a host: the parser refuses one without.)
  if (url.username || url.password) throw invalid(endpoint, "must not carry a user name or password");
  if (url.search || url.hash) throw invalid(endpoint, "must not carry a query or fragment");
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
