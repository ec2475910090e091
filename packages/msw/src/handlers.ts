// msw handlers for the ECS HPC-cluster API: one `http.all` handler on path `/` that routes by
// action, for every operation of the generated table. Handlers are plain values: spread them into
// `setupServer`, override them with `server.use(hpcError(...))`, or serve them over HTTP
// (`startMockServer`).
import { http, type HttpHandler } from "msw";
import { endpointMatcher, type EndpointMatchOptions } from "./match-endpoint.ts";
import { createHpcService, type HpcService, type HpcServiceOptions } from "./service.ts";

export interface HpcHandlersOptions extends HpcServiceOptions, EndpointMatchOptions {}

export function createHpcHandlers(options: HpcHandlersOptions = {}): HttpHandler[] {
  return serviceHandlers(createHpcService(options), options);
}

/** The handlers answering for `service` (the standalone server also calls the service directly). */
export function serviceHandlers(service: HpcService, options: EndpointMatchOptions): HttpHandler[] {
  const matches = endpointMatcher(options);
  return [
    http.all(
      ({ request }) => matches(new URL(request.url)),
      ({ request }) => service.handle(request),
    ),
  ];
}
