// Caching with refresh for temporary credentials:
// - credentials without `expiration` are kept for good;
// - from `refreshBeforeMs` before `expiration` on, the next call refreshes; all calls arriving
//   meanwhile share that one refresh (one STS or metadata request, not one per caller);
// - a failed refresh while the old credentials are still valid keeps them, and no new refresh
//   is tried for `retryAfterFailureMs` (so a down STS does not slow every call); once expired
//   they are never handed out, the refresh's error is thrown instead;
// - credentials that arrive already expired are an error, not a result.
import { CredentialsError } from "./errors.ts";
import type { Credentials, CredentialsProvider } from "./types.ts";

/** Default margin: refresh three minutes before the credentials expire. */
export const DEFAULT_REFRESH_BEFORE_MS = 3 * 60 * 1000;

export interface MemoizeOptions {
  /** Refresh this long before `expiration`. Default 180 000 ms. */
  readonly refreshBeforeMs?: number;
  /** After a failed refresh, keep the still-valid credentials this long before trying again. Default 10 000 ms. */
  readonly retryAfterFailureMs?: number;
  /** Milliseconds since the epoch. Default `Date.now`. */
  readonly now?: () => number;
}

const MEMOIZED = Symbol.for("@ecs-hpc/credentials.memoized");

export function memoize(provider: CredentialsProvider, options: MemoizeOptions = {}): CredentialsProvider {
  if ((provider as { [MEMOIZED]?: boolean })[MEMOIZED] && Object.keys(options).length === 0) return provider;
  const refreshBeforeMs = options.refreshBeforeMs ?? DEFAULT_REFRESH_BEFORE_MS;
  if (!Number.isFinite(refreshBeforeMs) || refreshBeforeMs < 0)
    throw new TypeError("memoize: refreshBeforeMs must be a finite number >= 0");
  const now = options.now ?? Date.now;
  const retryAfterFailureMs = options.retryAfterFailureMs ?? 10_000;
  let current: Credentials | undefined;
  let failedAt = -Infinity;
  let pending: Promise<Credentials> | undefined;

  const refresh = (): Promise<Credentials> => {
    pending ??= (async () => {
      try {
        const next = await provider();
        if (next.expiration && next.expiration.getTime() <= now()) {
          throw new CredentialsError(
            `the provider returned credentials that expired at ${next.expiration.toISOString()}`,
          );
        }
        current = next;
        return next;
      } finally {
        pending = undefined;
      }
    })();
    return pending;
  };

  const memoized: CredentialsProvider = async () => {
    const held = current;
    if (held) {
      if (!held.expiration) return held;
      const expiresAt = held.expiration.getTime();
      const t = now();
      if (t < expiresAt - refreshBeforeMs) return held;
      if (t < expiresAt) {
        if (t - failedAt < retryAfterFailureMs) return held;
        try {
          return await refresh();
        } catch (error) {
          // Still valid: keep using them, and try again after retryAfterFailureMs.
          failedAt = now();
          if (failedAt < expiresAt) return held;
          throw error;
        }
      }
      current = undefined;
    }
    return refresh();
  };
  Object.defineProperty(memoized, MEMOIZED, { value: true });
  return memoized;
}
