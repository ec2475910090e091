// The mock service's state: HPC clusters per region, seeded and deterministic, plus what the
// service remembers between requests (ClientTokens, signature nonces) and per-action request
// counts for tests. One store is shared by every handler built on it; `reset()` puts it back to
// the seed state. Behaviours (src/behaviours/) read and change clusters only through this API.
import { endpoints } from "@ecs-hpc/core";
import { IdempotencyRegistry } from "./idempotency.ts";
import { NonceRegistry } from "./nonces.ts";
import type { ExpiringMapStats } from "./expiring-map.ts";
import { SIGNATURE_WINDOW_MS } from "./verify-signature.ts";
import { createRandom, deriveSeed, seedToUint32, type Random, type Seed } from "./random.ts";
import { generateCluster, generateClusterId } from "./seed-data.ts";

export const DEFAULT_REGION = "cn-hangzhou";
export const DEFAULT_SEED = 1;
export const DEFAULT_CLUSTER_COUNT = 20;

/** How much the service remembers between requests; every bound is documented in the README. */
export interface HpcRetention {
  /** How long a ClientToken's committed result is replayed, in milliseconds. Default 1 hour. */
  readonly clientTokenTtlMs: number;
  /** At most this many ClientToken records (oldest forgotten first). Default 2,000. */
  readonly clientTokens: number;
  /** At most this many bytes of recorded bodies (JSON length), e.g. page snapshots. Default 16 MiB. */
  readonly clientTokenBytes: number;
  /**
   * At most this many signature nonces; each is kept for the 15-minute signature window only.
   * Past the cap the oldest are forgotten early. Default 100,000 (about 110 requests a second).
   */
  readonly nonces: number;
}

export const DEFAULT_RETENTION: HpcRetention = Object.freeze({
  clientTokenTtlMs: 60 * 60 * 1000,
  clientTokens: 2_000,
  clientTokenBytes: 16 * 1024 * 1024,
  nonces: 100_000,
});

/** What the store holds right now, to check that a long run stays bounded. */
export interface HpcStoreStats {
  readonly clusters: number;
  readonly clientTokens: ExpiringMapStats;
  readonly nonces: ExpiringMapStats;
  /** Distinct keys of the request counter (actions of the table, plus `OTHER_ACTIONS`). */
  readonly requestCountKeys: number;
}

/** The request-count key of requests naming no action of the operation table (or none at all). */
export const OTHER_ACTIONS = "*";

/**
 * One HPC cluster as the service stores it: with its `RegionId`, unlike the API's list item
 * (`@ecs-hpc/paginate`'s `HpcCluster`), hence the distinct name.
 */
export interface StoredHpcCluster {
  readonly HpcClusterId: string;
  readonly Name: string;
  readonly Description: string;
  readonly RegionId: string;
}

/** @deprecated Use `StoredHpcCluster` (the API's list item, without `RegionId`, is paginate's `HpcCluster`). */
export type HpcCluster = StoredHpcCluster;

/** An explicit cluster for the seed state; a missing id is generated from the seed. */
export interface HpcClusterInit {
  readonly HpcClusterId?: string;
  readonly Name: string;
  readonly Description?: string;
  /** Defaults to the store's first region. */
  readonly RegionId?: string;
  /** Instances the cluster holds (default 0); DeleteHpcCluster refuses a cluster with any (`NotEmpty.HpcCluster`). */
  readonly instances?: number;
}

export interface HpcStoreOptions {
  /** Same seed, same clusters (ids, names, descriptions). Default 1. */
  readonly seed?: Seed;
  /** How many clusters to generate (default 20), or the exact clusters to start with. */
  readonly clusters?: number | readonly HpcClusterInit[];
  /** The region generated clusters live in. Default `cn-hangzhou`. */
  readonly region?: string;
  /** Spread generated clusters over these regions, round-robin (overrides `region`). */
  readonly regions?: readonly string[];
  /** Retention bounds of ClientToken records and nonces (each field optional; see `DEFAULT_RETENTION`). */
  readonly retention?: Partial<HpcRetention>;
}

export interface HpcStore {
  /** The 32-bit seed the state was generated from. */
  readonly seed: number;
  /** The regions generated clusters were spread over. */
  readonly regions: readonly string[];
  /** Every cluster in creation order, or those of one region. */
  list(regionId?: string): StoredHpcCluster[];
  get(id: string): StoredHpcCluster | undefined;
  /** Adds a cluster with a new seeded id (for create-style behaviours). */
  create(init: { readonly Name: string; readonly Description?: string; readonly RegionId: string }): StoredHpcCluster;
  /** Changes a cluster's name or description; `undefined` when there is no such cluster. */
  update(id: string, patch: { readonly Name?: string; readonly Description?: string }): StoredHpcCluster | undefined;
  /** Removes a cluster (whatever instances it holds); `false` when there was none. */
  delete(id: string): boolean;
  /** How many instances a cluster holds: 0 unless marked (seed `instances` or `setInstanceCount`). */
  instanceCount(id: string): number;
  /**
   * Marks a cluster as holding `count` instances (0 empties it), so that DeleteHpcCluster answers
   * `NotEmpty.HpcCluster`. Lasts until the cluster is deleted or the store reset.
   */
  setInstanceCount(id: string, count: number): void;
  /**
   * Counts one request for an action. The handlers call it for every request they answer,
   * refused ones included, with `OTHER_ACTIONS` for an action the table does not have.
   */
  recordRequest(action: string): void;
  /** Requests received for one action (`OTHER_ACTIONS`: unknown actions), or for all of them. */
  requestCount(action?: string): number;
  /** Requests received per action. */
  requestCounts(): Record<string, number>;
  /** ClientToken records: (action, token) -> (parameter fingerprint, committed result). */
  readonly idempotency: IdempotencyRegistry;
  /** Signature nonces used within the replay window. */
  readonly nonces: NonceRegistry;
  /** Sizes of what the store holds (clusters, ClientToken records, nonces, request counters). */
  stats(): HpcStoreStats;
  /** Back to the seed state: clusters, instance counts, tokens, nonces, request counts (and any reset listeners). */
  reset(): void;
  /** Runs `listener` on every reset (the handlers restart their fault sequence); returns an unsubscribe. */
  onReset(listener: () => void): () => void;
}

const servedRegions: ReadonlySet<string> = new Set(endpoints.regions);

function checkInstances(count: number, where: string): number {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`${where}: an instance count must be a non-negative integer (got ${count})`);
  return count;
}

function checkRegion(regionId: string, where: string): void {
  if (!servedRegions.has(regionId))
    throw new RangeError(
      `${where}: ${JSON.stringify(regionId)} is not a region the service serves (see endpoints.regions in the spec)`,
    );
}

function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

class MemoryHpcStore implements HpcStore {
  readonly seed: number;
  readonly regions: readonly string[];
  readonly idempotency: IdempotencyRegistry;
  readonly nonces: NonceRegistry;
  readonly #clusterSpec: number | readonly HpcClusterInit[];
  #clusters = new Map<string, StoredHpcCluster>();
  /**
   * The clusters of each region in creation order, built on the first `list` after a change and
   * dropped by every change: a listing reads it instead of scanning every cluster per request.
   */
  #byRegion: Map<string, readonly StoredHpcCluster[]> | undefined;
  /** Instance counts of the clusters that hold any. */
  #instances = new Map<string, number>();
  #ids!: Random;
  #counts = new Map<string, number>();
  readonly #resetListeners = new Set<() => void>();

  constructor(options: HpcStoreOptions) {
    this.seed = seedToUint32(options.seed ?? DEFAULT_SEED);
    const regions = options.regions ?? [options.region ?? DEFAULT_REGION];
    if (regions.length === 0) throw new RangeError("createHpcStore: regions must name at least one region");
    for (const region of regions) checkRegion(region, "createHpcStore");
    this.regions = [...regions];
    const clusters = options.clusters ?? DEFAULT_CLUSTER_COUNT;
    if (typeof clusters === "number" && (!Number.isInteger(clusters) || clusters < 0))
      throw new RangeError(`createHpcStore: clusters must be a non-negative integer (got ${clusters})`);
    this.#clusterSpec = clusters;
    const retention = { ...DEFAULT_RETENTION, ...definedFields(options.retention ?? {}) };
    for (const [name, value] of Object.entries(retention))
      if (!Number.isSafeInteger(value) || value <= 0)
        throw new RangeError(`createHpcStore: retention.${name} must be a positive integer (got ${value})`);
    this.idempotency = new IdempotencyRegistry({
      ttlMs: retention.clientTokenTtlMs,
      maxEntries: retention.clientTokens,
      maxBytes: retention.clientTokenBytes,
    });
    this.nonces = new NonceRegistry({ windowMs: SIGNATURE_WINDOW_MS, maxEntries: retention.nonces });
    this.#seedState();
  }

  #seedState(): void {
    this.#clusters = new Map();
    this.#byRegion = undefined;
    this.#instances = new Map();
    this.#counts = new Map();
    const random = createRandom(deriveSeed(this.seed, "clusters"));
    this.#ids = createRandom(deriveSeed(this.seed, "new-ids"));
    const spec = this.#clusterSpec;
    if (typeof spec === "number") {
      for (let i = 0; i < spec; i++) {
        const region = this.regions[i % this.regions.length] as string;
        this.#add(generateCluster(region, i, random));
      }
    } else {
      for (const init of spec) {
        const region = init.RegionId ?? (this.regions[0] as string);
        checkRegion(region, "createHpcStore");
        const id = init.HpcClusterId ?? generateClusterId(region, random);
        if (this.#clusters.has(id)) throw new RangeError(`createHpcStore: duplicate cluster id ${JSON.stringify(id)}`);
        const instances = checkInstances(init.instances ?? 0, "createHpcStore");
        this.#add({ HpcClusterId: id, Name: init.Name, Description: init.Description ?? "", RegionId: region });
        if (instances > 0) this.#instances.set(id, instances);
      }
    }
  }

  #add(cluster: StoredHpcCluster): StoredHpcCluster {
    const frozen = Object.freeze({ ...cluster });
    this.#clusters.set(frozen.HpcClusterId, frozen);
    this.#byRegion = undefined;
    return frozen;
  }

  list(regionId?: string): StoredHpcCluster[] {
    if (regionId === undefined) return [...this.#clusters.values()];
    // A copy: callers may change the array they get.
    return this.regionView(regionId).slice();
  }

  /**
   * The region's clusters without a copy, read-only: the same array until the next change (a new
   * one after it), so a listing can key what it derives from a page on the array itself.
   */
  regionView(regionId: string): readonly StoredHpcCluster[] {
    if (!this.#byRegion) {
      const byRegion = new Map<string, StoredHpcCluster[]>();
      for (const cluster of this.#clusters.values()) {
        const list = byRegion.get(cluster.RegionId);
        if (list) list.push(cluster);
        else byRegion.set(cluster.RegionId, [cluster]);
      }
      this.#byRegion = byRegion;
    }
    return this.#byRegion.get(regionId) ?? NO_CLUSTERS;
  }

  get(id: string): StoredHpcCluster | undefined {
    return this.#clusters.get(id);
  }

  create(init: { readonly Name: string; readonly Description?: string; readonly RegionId: string }): StoredHpcCluster {
    checkRegion(init.RegionId, "store.create");
    let id: string;
    do id = generateClusterId(init.RegionId, this.#ids);
    while (this.#clusters.has(id));
    return this.#add({
      HpcClusterId: id,
      Name: init.Name,
      Description: init.Description ?? "",
      RegionId: init.RegionId,
    });
  }

  update(id: string, patch: { readonly Name?: string; readonly Description?: string }): StoredHpcCluster | undefined {
    const current = this.#clusters.get(id);
    if (!current) return undefined;
    return this.#add({
      ...current,
      ...(patch.Name !== undefined ? { Name: patch.Name } : {}),
      ...(patch.Description !== undefined ? { Description: patch.Description } : {}),
    });
  }

  delete(id: string): boolean {
    this.#instances.delete(id);
    const deleted = this.#clusters.delete(id);
    if (deleted) this.#byRegion = undefined;
    return deleted;
  }

  instanceCount(id: string): number {
    return this.#instances.get(id) ?? 0;
  }

  setInstanceCount(id: string, count: number): void {
    checkInstances(count, "store.setInstanceCount");
    if (!this.#clusters.has(id)) throw new RangeError(`store.setInstanceCount: no cluster ${JSON.stringify(id)}`);
    if (count === 0) this.#instances.delete(id);
    else this.#instances.set(id, count);
  }

  recordRequest(action: string): void {
    this.#counts.set(action, (this.#counts.get(action) ?? 0) + 1);
  }

  requestCount(action?: string): number {
    if (action !== undefined) return this.#counts.get(action) ?? 0;
    let total = 0;
    for (const n of this.#counts.values()) total += n;
    return total;
  }

  requestCounts(): Record<string, number> {
    return Object.fromEntries(this.#counts);
  }

  stats(): HpcStoreStats {
    return {
      clusters: this.#clusters.size,
      clientTokens: this.idempotency.stats(),
      nonces: this.nonces.stats(),
      requestCountKeys: this.#counts.size,
    };
  }

  reset(): void {
    this.#seedState();
    this.idempotency.clear();
    this.nonces.clear();
    for (const listener of this.#resetListeners) listener();
  }

  onReset(listener: () => void): () => void {
    this.#resetListeners.add(listener);
    return () => this.#resetListeners.delete(listener);
  }
}

const NO_CLUSTERS: readonly StoredHpcCluster[] = Object.freeze([]);

/**
 * A region's clusters for a behaviour that only reads them: `stable` when the array stays the
 * same until the store changes (the built-in store), so it can key a cache; any other store's
 * `list` otherwise.
 */
export function readRegion(
  store: HpcStore,
  regionId: string,
): { readonly clusters: readonly StoredHpcCluster[]; readonly stable: boolean } {
  return store instanceof MemoryHpcStore
    ? { clusters: store.regionView(regionId), stable: true }
    : { clusters: store.list(regionId), stable: false };
}

/** An in-memory, seeded store of HPC clusters. */
export function createHpcStore(options: HpcStoreOptions = {}): HpcStore {
  return new MemoryHpcStore(options);
}

/** Whether a value is a store (rather than options for one). */
export function isHpcStore(value: unknown): value is HpcStore {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as HpcStore).list === "function" &&
    typeof (value as HpcStore).reset === "function"
  );
}
