// Named helpers for DescribeHpcClusters: one-liners over the generic functions, kept for existing
// callers. Deprecated: hand-written per operation, they cannot follow the spec to the whole ECS
// API; `paginate` / `iterateItems` / `collectItems` with the operation's generated spec are the
// package's one scheme.
import { DescribeHpcClusters, type DescribeHpcClustersOperation } from "@ecs-hpc/core/operations/describe-hpc-clusters";
import { collectItems, iterateItems } from "./items.ts";
import type { PaginateOptions } from "./options.ts";
import { paginate } from "./paginate.ts";
import type { ItemOf, Page, PageInput, PaginatingClient } from "./types.ts";

/** One HPC cluster, as DescribeHpcClusters returns it. */
export type HpcCluster = ItemOf<DescribeHpcClustersOperation>;

/** The filters of a DescribeHpcClusters listing (`RegionId`, `HpcClusterIds`, ...), without paging parameters. */
export type HpcClustersInput = PageInput<DescribeHpcClustersOperation>;

/**
 * Lists the pages of DescribeHpcClusters. See {@link paginate}.
 * @deprecated Use `paginate(client, DescribeHpcClusters, input, options)`; removed in the next major.
 */
export function paginateDescribeHpcClusters(
  client: PaginatingClient<DescribeHpcClustersOperation>,
  input: HpcClustersInput = {},
  options?: PaginateOptions,
): AsyncGenerator<Page<DescribeHpcClustersOperation>, void, undefined> {
  return paginate(client, DescribeHpcClusters, input, options);
}

/**
 * Lists the HPC clusters of a region, each once, in the service's order. See {@link iterateItems}.
 * @deprecated Use `iterateItems(client, DescribeHpcClusters, input, options)`; removed in the next major.
 */
export function iterateHpcClusters(
  client: PaginatingClient<DescribeHpcClustersOperation>,
  input: HpcClustersInput = {},
  options?: PaginateOptions,
): AsyncGenerator<HpcCluster, void, undefined> {
  return iterateItems(client, DescribeHpcClusters, input, options);
}

/**
 * Collects the HPC clusters of a region into an array (`maxItems` caps it). See {@link collectItems}.
 * @deprecated Use `collectItems(client, DescribeHpcClusters, input, options)`; removed in the next major.
 */
export function collectHpcClusters(
  client: PaginatingClient<DescribeHpcClustersOperation>,
  input: HpcClustersInput = {},
  options?: PaginateOptions,
): Promise<HpcCluster[]> {
  return collectItems(client, DescribeHpcClusters, input, options);
}
