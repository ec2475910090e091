// Types shared by the engine, the generic entry points and the named helpers. Everything here is
// derived from the operation it is given (a generated module of core, `DescribeHpcClusters`): its
// input, its output and its pagination. Nothing is written per operation, and nothing here needs
// core's table of every operation.
import type { CallOptions, InputOf, OperationSender, OutputOf, PaginatedOperation } from "@ecs-hpc/core/client";

export type { PaginatedOperation };

/** The `pagination` of a paginated operation (`DescribeHpcClusters.pagination`). */
export type PaginationOf<Op extends PaginatedOperation> = Op["pagination"];

/** The type at a dotted path (`HpcClusters.HpcCluster`) of `T`; `never` if the path does not exist. */
export type PathValue<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? PathValue<NonNullable<T[Head]>, Rest>
    : never
  : Path extends keyof T
    ? NonNullable<T[Path]>
    : never;

/**
 * One item of a paginated operation's list, typed from its output at the operation's `items`
 * path. `ItemOf<DescribeHpcClustersOperation>` is the `HpcCluster` schema.
 */
export type ItemOf<Op extends PaginatedOperation> =
  PathValue<OutputOf<Op>, PaginationOf<Op>["items"]> extends readonly (infer Item)[] ? Item : never;

/**
 * The input of a paginated listing: the operation's input without the page-number and page-size
 * parameters, which the paginator owns (pass `startPage` and `pageSize` as options instead).
 */
export type PageInput<Op extends PaginatedOperation> = Omit<
  InputOf<Op>,
  PaginationOf<Op>["pageNumber"] | PaginationOf<Op>["pageSize"] | IdempotencyTokenOf<Op>
>;

/**
 * The operation's idempotency-token parameter (`ClientToken`), which a listing refuses: one token
 * on every page request would make the service refuse each page after the first as a changed
 * request under a used token. `never` when the operation has none (or its type is not literal).
 */
type IdempotencyTokenOf<Op extends PaginatedOperation> = string extends Op["idempotencyToken"]
  ? never
  : Extract<Op["idempotencyToken"], string>;

/** A client with the operation's method (`describeHpcClusters`): the convenience client, a wrapper, a test double. */
export type MethodClient<Op extends PaginatedOperation> = {
  readonly [M in Op["method"]]: (input: InputOf<Op>, options?: CallOptions) => Promise<OutputOf<Op>>;
};

/**
 * What the paginator needs of a client: the operation's method (`describeHpcClusters`), or
 * `send` (`createEcsBaseClient`). Any client of `@ecs-hpc/core` fits, and so does any plain
 * object with the method; there is no `instanceof` check.
 */
export type PaginatingClient<Op extends PaginatedOperation = PaginatedOperation> = MethodClient<Op> | OperationSender;

/** One page of a listing, as yielded by `paginate`. */
export interface Page<Op extends PaginatedOperation> {
  /** The page number that was requested (pages start at 1). */
  readonly pageNumber: number;
  /**
   * The items of this page that were not yielded before in this listing (deduplicated by the
   * operation's `itemId`), in the service's order, cut short where `maxItems` is reached.
   */
  readonly items: readonly ItemOf<Op>[];
  /** Items of the response dropped because an earlier page (or this one) already held them. */
  readonly duplicates: number;
  /** The `TotalCount` this page's response reported, or `undefined` if it had none. */
  readonly totalCount: number | undefined;
  /** The response body exactly as the client returned it (its list is not deduplicated or cut). */
  readonly response: OutputOf<Op>;
}
