// A map whose entries live for a fixed time and whose size is capped: what the service remembers
// between requests (signature nonces, ClientToken records) stays bounded over a long run.
// Entries are kept in a queue in insertion order next to the map; since every entry lives for the
// same `ttlMs`, the oldest entry is also the first to expire, so eviction pops from the queue's
// head and stops at the first live entry: O(1) amortised per operation, never a scan of everything.
// The clock is the caller's (`nowMs` on every call), so tests can drive it; when it jumps backwards,
// entries written "in the future" by more than `ttlMs` are dropped too (they can no longer matter).

interface QueueEntry<K> {
  readonly key: K;
  /** Which write of the key this entry stands for: a rewrite leaves the older entry stale. */
  readonly write: number;
  readonly writtenAt: number;
}

interface Slot<V> {
  readonly value: V;
  readonly write: number;
  readonly writtenAt: number;
  readonly weight: number;
}

export interface ExpiringMapOptions<V> {
  /** How long an entry lives after it was written, in milliseconds. */
  readonly ttlMs: number;
  /** At most this many entries; writing one more forgets the oldest. */
  readonly maxEntries: number;
  /** At most this total weight (see `weigh`); writing past it forgets the oldest entries. */
  readonly maxWeight?: number;
  /** The weight of a value (for example its size in bytes). Default 0. */
  readonly weigh?: (value: V) => number;
}

export interface ExpiringMapStats {
  readonly entries: number;
  readonly weight: number;
  /** Entries forgotten before their time because a cap was reached, since the last clear. */
  readonly evictedEarly: number;
}

function checkLimit(name: string, value: number, allowInfinity: boolean): number {
  const ok = (allowInfinity && value === Number.POSITIVE_INFINITY) || (Number.isInteger(value) && value > 0);
  if (!ok) throw new RangeError(`${name} must be a positive integer (got ${value})`);
  return value;
}

export class ExpiringMap<K, V> {
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #maxWeight: number;
  readonly #weigh: (value: V) => number;
  readonly #slots = new Map<K, Slot<V>>();
  #queue: QueueEntry<K>[] = [];
  #head = 0;
  #weight = 0;
  #writes = 0;
  #evictedEarly = 0;

  constructor(options: ExpiringMapOptions<V>) {
    this.#ttlMs = checkLimit("ttlMs", options.ttlMs, false);
    this.#maxEntries = checkLimit("maxEntries", options.maxEntries, true);
    this.#maxWeight = checkLimit("maxWeight", options.maxWeight ?? Number.POSITIVE_INFINITY, true);
    this.#weigh = options.weigh ?? (() => 0);
  }

  get ttlMs(): number {
    return this.#ttlMs;
  }

  /** The live value under `key`, if any. */
  get(key: K, nowMs: number): V | undefined {
    this.#evictExpired(nowMs);
    const slot = this.#slots.get(key);
    return slot && this.#live(slot.writtenAt, nowMs) ? slot.value : undefined;
  }

  /** Writes `value` under `key`, living `ttlMs` from `nowMs` (a rewrite restarts its time). */
  set(key: K, value: V, nowMs: number): void {
    this.#evictExpired(nowMs);
    this.#remove(key);
    const weight = this.#weigh(value);
    const write = ++this.#writes;
    this.#slots.set(key, { value, write, writtenAt: nowMs, weight });
    this.#queue.push({ key, write, writtenAt: nowMs });
    this.#weight += weight;
    while (this.#slots.size > this.#maxEntries || (this.#weight > this.#maxWeight && this.#slots.size > 1)) {
      if (!this.#popOldest()) break;
      this.#evictedEarly += 1;
    }
  }

  get size(): number {
    return this.#slots.size;
  }

  stats(): ExpiringMapStats {
    return { entries: this.#slots.size, weight: this.#weight, evictedEarly: this.#evictedEarly };
  }

  clear(): void {
    this.#slots.clear();
    this.#queue = [];
    this.#head = 0;
    this.#weight = 0;
    this.#evictedEarly = 0;
  }

  #live(writtenAt: number, nowMs: number): boolean {
    return writtenAt + this.#ttlMs > nowMs && writtenAt - this.#ttlMs <= nowMs;
  }

  #remove(key: K): void {
    const slot = this.#slots.get(key);
    if (!slot) return;
    this.#slots.delete(key);
    this.#weight -= slot.weight;
    // Its queue entry stays behind and is skipped when popped (its `write` no longer matches).
  }

  /** Removes the oldest entry still in the map; false when there is none. */
  #popOldest(): boolean {
    while (this.#head < this.#queue.length) {
      const entry = this.#queue[this.#head] as QueueEntry<K>;
      this.#advance();
      const slot = this.#slots.get(entry.key);
      if (slot && slot.write === entry.write) {
        this.#remove(entry.key);
        return true;
      }
    }
    return false;
  }

  #evictExpired(nowMs: number): void {
    while (this.#head < this.#queue.length) {
      const entry = this.#queue[this.#head] as QueueEntry<K>;
      const slot = this.#slots.get(entry.key);
      const stale = !slot || slot.write !== entry.write;
      if (!stale && this.#live(entry.writtenAt, nowMs)) break;
      this.#advance();
      if (!stale) this.#remove(entry.key);
    }
  }

  #advance(): void {
    this.#head += 1;
    // Compact once half of the queue is consumed: each entry is copied at most once per halving.
    if (this.#head >= 1024 && this.#head * 2 >= this.#queue.length) {
      this.#queue = this.#queue.slice(this.#head);
      this.#head = 0;
    }
  }
}
