// The shorthands of createEcsClient and createRpcClient: `fetch` for
// `requestHandler: fetchHandler(fetch)`, `signatureVersion` for `signer`, and `logger`/`logLevel`
// for `onEvent: logAttempts(logger, logLevel)`. The base client (`@ecs-hpc/core/client`) takes
// the handler, the signer and the observer themselves, so a Node program that never sends through
// fetch, signs with V1 or logs never bundles them.
import type { ClientOptions } from "./client-core.ts";
import { fetchHandler } from "./http/fetch-handler.ts";
import { checkLogLevel, logAttempts, type Logger, type LogLevel } from "./logger.ts";
import type { AttemptEvent } from "./pipeline.ts";
import { signatureV1 } from "./steps/sign-v1-wire.ts";
import { signatureV3, type SignatureVersion } from "./steps/sign.ts";

export interface ShorthandOptions {
  /**
   * Sends every request through this fetch (msw in a browser, a proxy-aware fetch, a test
   * double); `requestHandler` wins over it. Default: node:http with keep-alive on Node, the global
   * `fetch` elsewhere.
   */
  readonly fetch?: typeof fetch;
  /** `v3` (ACS3-HMAC-SHA256, default) or `v1` (HMAC-SHA1); `signer` wins over it. */
  readonly signatureVersion?: SignatureVersion;
  /** Logs each attempt (method, action, status, timing, retry decision); credentials never appear. Default: none. */
  readonly logger?: Logger;
  /** The least level logged: `debug` (every attempt), `info` (retries; default), `warn` (failures), `silent`. */
  readonly logLevel?: LogLevel;
}

/** The options with the shorthands turned into `requestHandler` and `signer` (where those are not given). */
export function withShorthands<T extends ClientOptions & ShorthandOptions>(where: string, options: T): T {
  const { signatureVersion: version } = options;
  if (version !== undefined && version !== "v3" && version !== "v1") {
    throw new TypeError(`${where}: signatureVersion must be "v3" or "v1"`);
  }
  const signer = options.signer ?? (version === "v1" ? signatureV1 : version === "v3" ? signatureV3 : undefined);
  const requestHandler = options.requestHandler ?? (options.fetch ? fetchHandler(options.fetch) : undefined);
  const { logger, logLevel, onEvent } = options;
  if (logLevel !== undefined) checkLogLevel(where, logLevel);
  const log = logger ? logAttempts(logger, logLevel, where) : undefined;
  const observe =
    log && onEvent
      ? (event: AttemptEvent) => {
          try {
            onEvent(event);
          } finally {
            log(event);
          }
        }
      : (log ?? onEvent);
  return { ...options, signer, requestHandler, onEvent: observe };
}
