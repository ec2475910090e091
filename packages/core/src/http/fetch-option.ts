// The `fetch` option of createEcsClient and createRpcClient: shorthand for
// `requestHandler: fetchHandler(fetch)`. The base client (`@ecs-hpc/core/client`) takes the
// handler itself, so a program that never sends through fetch on Node never bundles it.
import type { ClientOptions } from "../client-core.ts";
import { fetchHandler } from "./fetch-handler.ts";

export interface FetchOption {
  /**
   * Sends every request through this fetch (msw in a browser, a proxy-aware fetch, a test
   * double); `requestHandler` wins over it. Default: node:http with keep-alive on Node, the global
   * `fetch` elsewhere.
   */
  readonly fetch?: typeof fetch;
}

/** The options with `fetch` turned into a `requestHandler` (when no handler is given). */
export function withFetchOption<T extends ClientOptions & FetchOption>(options: T): T {
  return options.fetch && !options.requestHandler
    ? { ...options, requestHandler: fetchHandler(options.fetch) }
    : options;
}
