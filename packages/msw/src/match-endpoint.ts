// Which requests the handlers answer: path `/` (ECS is RPC, every action is sent there) on any
// host, or only on the configured endpoint. `baseUrl` is a full origin
// (`http://127.0.0.1:8080`); `endpoint` a host with optional port (`ecs.cn-hangzhou.aliyuncs.com`)
// or, when it has a scheme, the same as `baseUrl`.

export interface EndpointMatchOptions {
  /** Only answer this origin, for example `http://127.0.0.1:8080`. */
  readonly baseUrl?: string;
  /** Only answer this host (`ecs.cn-hangzhou.aliyuncs.com`, `127.0.0.1:8080`), any scheme. */
  readonly endpoint?: string;
}

export type UrlMatcher = (url: URL) => boolean;

export function endpointMatcher(options: EndpointMatchOptions): UrlMatcher {
  const base = options.baseUrl ?? (options.endpoint?.includes("://") ? options.endpoint : undefined);
  if (base !== undefined) {
    const origin = new URL(base).origin;
    return (url) => url.pathname === "/" && url.origin === origin;
  }
  if (options.endpoint !== undefined) {
    const host = new URL(`http://${options.endpoint}`).host;
    return (url) => url.pathname === "/" && url.host === host;
  }
  return (url) => url.pathname === "/";
}
