// Which requests the handlers answer: path `/` (ECS is RPC, every action is sent there) on the
// service's own hosts by default, so a client pointed at a wrong endpoint fails as it would in
// production instead of getting mock data. The default hosts are the spec's endpoints
// (`ecs.<region>.aliyuncs.com` for every served region, plus the per-region overrides), any scheme,
// default port. `baseUrl` is a full origin (`http://127.0.0.1:8080`); `endpoint` a host with
// optional port (`ecs.cn-hangzhou.aliyuncs.com`) or, when it has a scheme, the same as `baseUrl`;
// `endpoint: "*"` answers any host.
import { endpoints } from "@ecs-hpc/core";

export interface EndpointMatchOptions {
  /** Only answer this origin, for example `http://127.0.0.1:8080`. */
  readonly baseUrl?: string;
  /**
   * Only answer this host (`ecs.cn-hangzhou.aliyuncs.com`, `127.0.0.1:8080`), any scheme; `"*"`
   * answers every host. Default (neither option): the spec's endpoint of every served region.
   */
  readonly endpoint?: string;
}

export type UrlMatcher = (url: URL) => boolean;

/** The spec's hosts: the endpoint pattern for every served region, and the overrides. */
export const SERVICE_HOSTS: ReadonlySet<string> = new Set([
  ...endpoints.regions.map((region) => endpoints.pattern.replace("{regionId}", region)),
  ...Object.values(endpoints.overrides),
]);

/**
 * Matches the requests to answer. `anyHostByDefault` keeps the older "any host" default for
 * overrides, which sit in front of a handler set and so inherit its scope.
 */
export function endpointMatcher(options: EndpointMatchOptions, anyHostByDefault = false): UrlMatcher {
  const base = options.baseUrl ?? (options.endpoint?.includes("://") ? options.endpoint : undefined);
  if (base !== undefined) {
    const origin = new URL(base).origin;
    return (url) => url.pathname === "/" && url.origin === origin;
  }
  if (options.endpoint === "*" || (options.endpoint === undefined && anyHostByDefault))
    return (url) => url.pathname === "/";
  if (options.endpoint !== undefined) {
    const host = new URL(`http://${options.endpoint}`).host;
    return (url) => url.pathname === "/" && url.host === host;
  }
  return (url) => url.pathname === "/" && url.port === "" && SERVICE_HOSTS.has(url.hostname);
}
