import { endpoints } from "./generated/client-operations.ts";
import type { EndpointSpec } from "./operation-spec.ts";

/** `https://<host>` for a region, from the spec's endpoint pattern and overrides. */
export function resolveEndpoint(regionId: string, spec: EndpointSpec = endpoints): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(regionId)) throw new TypeError(`invalid regionId ${JSON.stringify(regionId)}: expected something like "cn-hangzhou"`);
  const host = spec.overrides[regionId] ?? spec.pattern.replace("{regionId}", regionId);
  return `https://${host}`;
}

/** Normalises a custom endpoint: a full URL, or a bare host (HTTPS assumed). No trailing slash. */
export function normaliseEndpoint(endpoint: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint : `https://${endpoint}`;
  const url = new URL(withScheme);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`endpoint must be http(s), got ${url.protocol}`);
  if (url.search || url.hash) throw new TypeError("endpoint must not carry a query or fragment");
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
