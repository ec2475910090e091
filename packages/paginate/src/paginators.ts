// Paginators for every paginated operation of the table, bound to one client.
import { clientOperations, type Operations } from "@ecs-hpc/core";
import { collectItems, iterateItems } from "./items.ts";
import type { PaginateOptions } from "./options.ts";
import { paginate } from "./paginate.ts";
import type { ItemOf, Page, PageInput, PaginatedOperationName, PaginatingClient } from "./types.ts";

/** The pages, items and collect functions of one operation, bound to a client. */
export interface Paginator<Op extends PaginatedOperationName> {
  /** The operation this paginator lists. */
  readonly operation: Op;
  /** See {@link paginate}. */
  pages(input: PageInput<Op>, options?: PaginateOptions): AsyncGenerator<Page<Op>, void, undefined>;
  /** See {@link iterateItems}. */
  items(input: PageInput<Op>, options?: PaginateOptions): AsyncGenerator<ItemOf<Op>, void, undefined>;
  /** See {@link collectItems}. */
  collect(input: PageInput<Op>, options?: PaginateOptions): Promise<ItemOf<Op>[]>;
}

/** One {@link Paginator} per paginated operation, keyed by the client's method name (`describeHpcClusters`). */
export type Paginators = { readonly [Op in PaginatedOperationName as Operations[Op]["method"]]: Paginator<Op> };

/**
 * Derives a paginator for every paginated operation of core's table, bound to `client`.
 *
 * ```ts
 * const paginators = createPaginators(ecs);
 * for await (const cluster of paginators.describeHpcClusters.items({ RegionId: "cn-hangzhou" })) console.log(cluster.Name);
 * ```
 */
export function createPaginators(client: PaginatingClient): Paginators {
  const paginators: Record<string, Paginator<PaginatedOperationName>> = {};
  for (const spec of Object.values(clientOperations) as { name: string; method: string; pagination: unknown }[]) {
    if (!spec.pagination) continue;
    const operation = spec.name as PaginatedOperationName;
    paginators[spec.method] = Object.freeze({
      operation,
      pages: (input, options) => paginate(client, operation, input, options),
      items: (input, options) => iterateItems(client, operation, input, options),
      collect: (input, options) => collectItems(client, operation, input, options),
    } satisfies Paginator<PaginatedOperationName>);
  }
  return Object.freeze(paginators) as unknown as Paginators;
}
