// The handler a client uses when given neither `requestHandler` nor `fetch`: the global fetch,
// unless an entry point installs another (index.ts installs node:http on Node, see
// use-node-http.ts), so that the browser entry never carries the node:http handler.
import { fetchHandler } from "./fetch-handler.ts";
import type { HttpHandler } from "./types.ts";

let factory: () => HttpHandler = () => fetchHandler();

export function defaultHttpHandler(): HttpHandler {
  return factory();
}

export function setDefaultHttpHandler(next: () => HttpHandler): void {
  factory = next;
}
