// Generated from spec/ecs-hpc.openapi.yaml by @ecs-hpc/codegen. Do not edit: change the spec and run `pnpm generate`.

import type { CallOptions, OperationInput, OperationOutput } from "../operation-types.ts";

/** One method per operation of the spec; each validates, signs, sends, and returns the response body or throws a typed error. */
export interface EcsOperationMethods {
  /**
   * Lists the HPC clusters of a region.
   *
   * Queries available HPC clusters. Every request parameter is a filter; filters combine with
   * a logical AND and are independent of each other. Results are paged with `PageNumber` and
   * `PageSize`; `TotalCount` counts every cluster that matches the filters.
   *
   * Action `DescribeHpcClusters`, API version 2014-05-26.
   * Paginated: see `@ecs-hpc/paginate` for page and item iteration.
   */
  describeHpcClusters(input: OperationInput<"DescribeHpcClusters">, options?: CallOptions): Promise<OperationOutput<"DescribeHpcClusters">>;
}
