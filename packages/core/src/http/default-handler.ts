// The handler a client uses when given no `requestHandler`: each entry point installs its own
// (index.ts and base/index.ts node:http, the Bun/Deno and universal entries the global fetch;
// see use-node-http.ts and use-fetch.ts), so that a bundle for one runtime never carries the
// other runtime's transport.
import type { HttpHandler } from "./types.ts";

let factory: (() => HttpHandler) | undefined;

export function defaultHttpHandler(): HttpHandler {
  if (!factory) {
    throw new TypeError(
      "@ecs-hpc/core: no default request handler (import the client from a package entry point) and no requestHandler",
    );
  }
  return factory();
}

export function setDefaultHttpHandler(next: () => HttpHandler): void {
  factory = next;
}
