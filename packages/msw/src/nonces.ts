// Signature nonces seen recently: a nonce may be used once per access key within the signature's
// validity window (a request dated further away is refused anyway, so older nonces cannot matter).
// Bounded: entries leave when their window ends (O(1) amortised, see expiring-map.ts), and past
// `maxEntries` the oldest are forgotten early (counted in `stats().evictedEarly`).
import { ExpiringMap, type ExpiringMapStats } from "./expiring-map.ts";

export interface NonceRegistryOptions {
  /** How long a nonce stays used, in milliseconds. */
  readonly windowMs: number;
  /** At most this many nonces are remembered. */
  readonly maxEntries: number;
}

export class NonceRegistry {
  readonly #used: ExpiringMap<string, true>;

  constructor(options: NonceRegistryOptions) {
    this.#used = new ExpiringMap({ ttlMs: options.windowMs, maxEntries: options.maxEntries });
  }

  /** Records a nonce at `nowMs` (the verifier's clock); `false` when it is still used (a replay). */
  use(accessKeyId: string, nonce: string, nowMs: number): boolean {
    const key = `${accessKeyId}\u0000${nonce}`;
    if (this.#used.get(key, nowMs)) return false;
    this.#used.set(key, true, nowMs);
    return true;
  }

  get size(): number {
    return this.#used.size;
  }

  stats(): ExpiringMapStats {
    return this.#used.stats();
  }

  clear(): void {
    this.#used.clear();
  }
}
