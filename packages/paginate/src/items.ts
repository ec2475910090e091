// Items instead of pages, and a collect-to-array convenience, on top of `paginate`.
import { EcsAbortError } from "@ecs-hpc/core/client";
import type { PaginateOptions } from "./options.ts";
import { paginate } from "./paginate.ts";
import type { ItemOf, PageInput, PaginatedOperation, PaginatingClient } from "./types.ts";

/**
 * Lists the items of any paginated operation, in the service's order, each at most once. Same
 * options, checks and errors as {@link paginate}; `break` cancels the pages requested ahead.
 *
 * ```ts
 * for await (const cluster of iterateItems(ecs, DescribeHpcClusters, {}, { concurrency: 8 })) console.log(cluster.HpcClusterId);
 * ```
 */
export function iterateItems<Op extends PaginatedOperation>(
  client: NoInfer<PaginatingClient<Op>>,
  operation: Op,
  input: PageInput<Op>,
  options?: PaginateOptions,
): AsyncGenerator<ItemOf<Op>, void, undefined> {
  return itemsOfPages(paginate(client, operation, input, options), operation.name, options?.signal);
}

/**
 * Collects the items of any paginated operation into an array; `maxItems` caps it. Rejects like
 * {@link paginate} throws (a PaginationError, an EcsAbortError or a PaginationOptionsError).
 */
export async function collectItems<Op extends PaginatedOperation>(
  client: NoInfer<PaginatingClient<Op>>,
  operation: Op,
  input: PageInput<Op>,
  options?: PaginateOptions,
): Promise<ItemOf<Op>[]> {
  const all: ItemOf<Op>[] = [];
  for await (const page of paginate(client, operation, input, options)) {
    for (const item of page.items) all.push(item);
  }
  return all;
}

/** The items of the pages, one by one; an abort also ends the items of the page at hand. */
async function* itemsOfPages<Item>(
  pages: AsyncIterable<{ readonly items: readonly Item[] }>,
  operation: string,
  signal: AbortSignal | undefined,
): AsyncGenerator<Item, void, undefined> {
  for await (const page of pages) {
    for (const item of page.items) {
      if (signal?.aborted) throw new EcsAbortError(operation, signal.reason);
      yield item;
    }
  }
}
