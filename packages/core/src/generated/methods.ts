// Generated from spec/ecs-hpc.openapi.yaml by @ecs-hpc/codegen. Do not edit: change the spec and run `pnpm generate`.

import type { CallOptions } from "../call-types.ts";
import type { DescribeHpcClustersInput, DescribeHpcClustersOutput } from "./operations/describe-hpc-clusters.ts";
import type { CreateHpcClusterInput, CreateHpcClusterOutput } from "./operations/create-hpc-cluster.ts";
import type { ModifyHpcClusterAttributeInput, ModifyHpcClusterAttributeOutput } from "./operations/modify-hpc-cluster-attribute.ts";
import type { DeleteHpcClusterInput, DeleteHpcClusterOutput } from "./operations/delete-hpc-cluster.ts";

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
  describeHpcClusters(input?: DescribeHpcClustersInput, options?: CallOptions): Promise<DescribeHpcClustersOutput>;
  /**
   * Creates an HPC cluster.
   *
   * Creates an HPC cluster in a region and returns its ID. Idempotent with `ClientToken`: the
   * same token with the same parameters returns the first call's cluster and creates nothing;
   * the same token with other parameters is refused with `IdempotentParameterMismatch`.
   *
   * Action `CreateHpcCluster`, API version 2014-05-26.
   */
  createHpcCluster(input: CreateHpcClusterInput, options?: CallOptions): Promise<CreateHpcClusterOutput>;
  /**
   * Renames an HPC cluster or changes its description.
   *
   * Changes the name, the description, or both, of an HPC cluster. At least one of `Name` and
   * `Description` must be given (`InvalidModifyInfo` otherwise).
   *
   * Action `ModifyHpcClusterAttribute`, API version 2014-05-26.
   */
  modifyHpcClusterAttribute(input: ModifyHpcClusterAttributeInput, options?: CallOptions): Promise<ModifyHpcClusterAttributeOutput>;
  /**
   * Deletes an HPC cluster.
   *
   * Deletes an HPC cluster that holds no instances (`NotEmpty.HpcCluster` otherwise: release
   * its instances first).
   *
   * Action `DeleteHpcCluster`, API version 2014-05-26.
   */
  deleteHpcCluster(input: DeleteHpcClusterInput, options?: CallOptions): Promise<DeleteHpcClusterOutput>;
}
