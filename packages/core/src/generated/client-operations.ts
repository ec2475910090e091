// Generated from spec/ecs-hpc.openapi.yaml by @ecs-hpc/codegen. Do not edit: change the spec and run `pnpm generate`.

import { DescribeHpcClusters, type DescribeHpcClustersOperation } from "./operations/describe-hpc-clusters.ts";
import { CreateHpcCluster, type CreateHpcClusterOperation } from "./operations/create-hpc-cluster.ts";
import { ModifyHpcClusterAttribute, type ModifyHpcClusterAttributeOperation } from "./operations/modify-hpc-cluster-attribute.ts";
import { DeleteHpcCluster, type DeleteHpcClusterOperation } from "./operations/delete-hpc-cluster.ts";

export { apiVersion, endpoints } from "./endpoints.ts";

/** The run-time spec of every operation, keyed by name. */
export type ClientOperations = {
  readonly DescribeHpcClusters: DescribeHpcClustersOperation;
  readonly CreateHpcCluster: CreateHpcClusterOperation;
  readonly ModifyHpcClusterAttribute: ModifyHpcClusterAttributeOperation;
  readonly DeleteHpcCluster: DeleteHpcClusterOperation;
};

/** What the convenience client reads of each operation (one method per entry). A program that calls one operation imports that operation's module instead. */
export const clientOperations: ClientOperations = {
  DescribeHpcClusters,
  CreateHpcCluster,
  ModifyHpcClusterAttribute,
  DeleteHpcCluster,
};
