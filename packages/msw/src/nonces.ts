// Signature nonces seen recently: a nonce may be used once within the replay window (15 minutes).
// Keyed by access key id, so two callers cannot collide; expired entries are dropped lazily.

export class NonceRegistry {
  readonly #expiries = new Map<string, number>();

  /**
   * Records a nonce; `false` when it was already used and has not expired yet (a replay).
   * `nowMs` is the verifier's clock, `windowMs` how long a nonce stays used.
   */
  use(accessKeyId: string, nonce: string, nowMs: number, windowMs: number): boolean {
    this.#prune(nowMs);
    const key = `${accessKeyId}\u0000${nonce}`;
    const expiry = this.#expiries.get(key);
    if (expiry !== undefined && expiry > nowMs) return false;
    this.#expiries.set(key, nowMs + windowMs);
    return true;
  }

  get size(): number {
    return this.#expiries.size;
  }

  clear(): void {
    this.#expiries.clear();
  }

  #prune(nowMs: number): void {
    // Cheap enough for a mock: maps keep insertion order, but clocks in tests can jump backwards,
    // so every entry is checked rather than stopping at the first live one.
    if (this.#expiries.size < 1024) return;
    for (const [key, expiry] of this.#expiries) if (expiry <= nowMs) this.#expiries.delete(key);
  }
}
