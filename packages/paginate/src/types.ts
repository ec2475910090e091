// Types shared by the engine, the generic entry points and the named helpers. Everything here is
// derived from core's generated operation table and response schema: nothing is written per
// operation.
import type { CallOptions, OperationInput, OperationOutput, Operations, PaginatedOperationName } from "@ecs-hpc/core";

export type { PaginatedOperationName };

/** The `pagination` entry of a paginated operation in core's table. */
export type PaginationOf<Op extends PaginatedOperationName> = NonNullable<Operations[Op]["pagination"]>;

/** The type at a dotted path (`HpcClusters.HpcCluster`) of `T`; `never` if the path does not exist. */
export type PathValue<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? PathValue<NonNullable<T[Head]>, Rest>
    : never
  : Path extends keyof T
    ? NonNullable<T[Path]>
    : never;

/**
 * One item of a paginated operation's list, typed from the response schema at the table's `items`
 * path. `ItemOf<"DescribeHpcClusters">` is the `HpcCluster` schema.
 */
export type ItemOf<Op extends PaginatedOperationName> =
  PathValue<OperationOutput<Op>, PaginationOf<Op>["items"]> extends readonly (infer Item)[] ? Item : never;

/**
 * The input of a paginated listing: the operation's input without the page-number and page-size
 * parameters, which the paginator owns (pass `startPage` and `pageSize` as options instead).
 */
export type PageInput<Op extends PaginatedOperationName> = Omit<OperationInput<Op>, PaginationOf<Op>["pageNumber"] | PaginationOf<Op>["pageSize"]>;

/**
 * What the paginator needs of a client: for each operation in `Op`, the method the table names
 * (`describeHpcClusters`). Any client built by `createEcsClient` fits, and so does any plain object
 * with those methods (a test double, a wrapper); there is no `instanceof` check.
 */
export type PaginatingClient<Op extends PaginatedOperationName = PaginatedOperationName> = {
  readonly [O in Op as Operations[O]["method"]]: (input: OperationInput<O>, options?: CallOptions) => Promise<OperationOutput<O>>;
};

/** One page of a listing, as yielded by `paginate`. */
export interface Page<Op extends PaginatedOperationName> {
  /** The page number that was requested (pages start at 1). */
  readonly pageNumber: number;
  /**
   * The items of this page that were not yielded before in this listing (deduplicated by the
   * table's `itemId`), in the service's order, cut short where `maxItems` is reached.
   */
  readonly items: readonly ItemOf<Op>[];
  /** Items of the response dropped because an earlier page (or this one) already held them. */
  readonly duplicates: number;
  /** The `TotalCount` this page's response reported, or `undefined` if it had none. */
  readonly totalCount: number | undefined;
  /** The response body exactly as the client returned it (its list is not deduplicated or cut). */
  readonly response: OperationOutput<Op>;
}
