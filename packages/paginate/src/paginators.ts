// Paginators for every paginated operation of the spec, bound to one client. The one place in
// this package that imports core's table of every operation (it is what it is for); `paginate`
// and the named helpers read only the operation they are given.
import { clientOperations, type ClientOperations, type PaginatedOperationName } from "@ecs-hpc/core";
import { collectItems, iterateItems } from "./items.ts";
import type { PaginateOptions } from "./options.ts";
import { paginate } from "./paginate.ts";
import type { ItemOf, Page, PageInput, PaginatedOperation, PaginatingClient } from "./types.ts";

/** The pages, items and collect functions of one operation, bound to a client. */
export interface Paginator<Op extends PaginatedOperation> {
  /** The operation this paginator lists. */
  readonly operation: Op;
  /** See {@link paginate}. */
  pages(input: PageInput<Op>, options?: PaginateOptions): AsyncGenerator<Page<Op>, void, undefined>;
  /** See {@link iterateItems}. */
  items(input: PageInput<Op>, options?: PaginateOptions): AsyncGenerator<ItemOf<Op>, void, undefined>;
  /** See {@link collectItems}. */
  collect(input: PageInput<Op>, options?: PaginateOptions): Promise<ItemOf<Op>[]>;
}

type PaginatedOperations = {
  [Name in PaginatedOperationName]: ClientOperations[Name] extends PaginatedOperation ? ClientOperations[Name] : never;
};

/** One {@link Paginator} per paginated operation, keyed by the client's method name (`describeHpcClusters`). */
export type Paginators = {
  readonly [Name in PaginatedOperationName as ClientOperations[Name]["method"]]: Paginator<PaginatedOperations[Name]>;
};

/**
 * Derives a paginator for every paginated operation of core's table, bound to `client`.
 *
 * @deprecated It imports every operation of the spec, which does not scale to the whole ECS API;
 * use `paginate` / `iterateItems` / `collectItems` with the operation's generated spec. Removed in
 * the next major.
 *
 * ```ts
 * const paginators = createPaginators(ecs);
 * for await (const cluster of paginators.describeHpcClusters.items({ RegionId: "cn-hangzhou" })) console.log(cluster.Name);
 * ```
 */
export function createPaginators(client: PaginatingClient): Paginators {
  const paginators: Record<string, Paginator<PaginatedOperation>> = {};
  for (const op of Object.values(clientOperations) as PaginatedOperation[]) {
    if (!op.pagination) continue;
    paginators[op.method] = Object.freeze({
      operation: op,
      pages: (input, options) => paginate(client, op, input, options),
      items: (input, options) => iterateItems(client, op, input, options),
      collect: (input, options) => collectItems(client, op, input, options),
    } satisfies Paginator<PaginatedOperation>);
  }
  return Object.freeze(paginators) as unknown as Paginators;
}
