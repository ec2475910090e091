// Generated from spec/ecs-hpc.openapi.yaml by @ecs-hpc/codegen. Do not edit: change the spec and run `pnpm generate`.

import type { AnyOperation, ErrorCodesOf, OperationDocs } from "./operation-spec.ts";
import type { ClientOperations } from "./client-operations.ts";
import { DescribeHpcClusters, DescribeHpcClustersDocs, type DescribeHpcClustersOperation, type DescribeHpcClustersErrorCode } from "./operations/describe-hpc-clusters.ts";
import { CreateHpcCluster, CreateHpcClusterDocs, type CreateHpcClusterOperation, type CreateHpcClusterErrorCode } from "./operations/create-hpc-cluster.ts";
import { ModifyHpcClusterAttribute, ModifyHpcClusterAttributeDocs, type ModifyHpcClusterAttributeOperation, type ModifyHpcClusterAttributeErrorCode } from "./operations/modify-hpc-cluster-attribute.ts";
import { DeleteHpcCluster, DeleteHpcClusterDocs, type DeleteHpcClusterOperation, type DeleteHpcClusterErrorCode } from "./operations/delete-hpc-cluster.ts";

export { apiVersion, clientOperations, endpoints, type ClientOperations } from "./client-operations.ts";

/** Every operation of the spec, keyed by name: its run-time spec plus its documentation. */
export type Operations = {
  readonly DescribeHpcClusters: DescribeHpcClustersOperation & OperationDocs<DescribeHpcClustersErrorCode>;
  readonly CreateHpcCluster: CreateHpcClusterOperation & OperationDocs<CreateHpcClusterErrorCode>;
  readonly ModifyHpcClusterAttribute: ModifyHpcClusterAttributeOperation & OperationDocs<ModifyHpcClusterAttributeErrorCode>;
  readonly DeleteHpcCluster: DeleteHpcClusterOperation & OperationDocs<DeleteHpcClusterErrorCode>;
};

/** Every operation of the spec, keyed by name: the client's part plus its documentation (accepted HTTP methods, summary, success example, error catalogue). */
export const operations: Operations = {
  DescribeHpcClusters: { ...DescribeHpcClusters, ...DescribeHpcClustersDocs },
  CreateHpcCluster: { ...CreateHpcCluster, ...CreateHpcClusterDocs },
  ModifyHpcClusterAttribute: { ...ModifyHpcClusterAttribute, ...ModifyHpcClusterAttributeDocs },
  DeleteHpcCluster: { ...DeleteHpcCluster, ...DeleteHpcClusterDocs },
};

/** The name (action) of an operation of the spec. */
export type OperationName = keyof ClientOperations;
/** The documented error codes of an operation (by name or generated spec), as a string-literal union. */
export type ErrorCodeOf<Op extends OperationName | AnyOperation> = ErrorCodesOf<Op extends OperationName ? ClientOperations[Op] : Op extends AnyOperation ? Op : never>;
/** The operations that paginate. */
export type PaginatedOperationName = { [K in OperationName]: ClientOperations[K]["pagination"] extends null ? never : K }[OperationName];
