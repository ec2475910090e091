/**
 * `@ecs-hpc/paginate`: async iteration over the pages and items of PageNumber-paginated ECS
 * operations, with bounded parallel page fetching, driven by the pagination of the generated operation they are given.
 *
 * ```ts
 * import { createEcsClient } from "@ecs-hpc/core";
 * import { iterateHpcClusters } from "@ecs-hpc/paginate";
 *
 * const ecs = createEcsClient({ regionId: "cn-hangzhou" });
 * for await (const cluster of iterateHpcClusters(ecs, {}, { concurrency: 8 })) console.log(cluster.HpcClusterId);
 * ```
 */
export { paginate } from "./paginate.ts";
export { iterateItems, collectItems } from "./items.ts";
export { createPaginators, type Paginator, type Paginators } from "./paginators.ts";
export {
  paginateDescribeHpcClusters,
  iterateHpcClusters,
  collectHpcClusters,
  type HpcCluster,
  type HpcClustersInput,
} from "./hpc-clusters.ts";
export { DEFAULT_CONCURRENCY, DEFAULT_PAGE_RETRY, type PaginateOptions, type PageRetryOptions } from "./options.ts";
export { PaginationError, PaginationOptionsError, isPaginationError, type PaginationProgress } from "./errors.ts";
export type {
  Page,
  ItemOf,
  PageInput,
  PaginatingClient,
  MethodClient,
  PaginatedOperation,
  PathValue,
  PaginationOf,
} from "./types.ts";
