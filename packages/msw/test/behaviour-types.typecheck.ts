// Type-level tests of the behaviour registry (checked by `pnpm --filter @ecs-hpc/msw typecheck`,
// never run): a behaviour is typed against its operation's generated input and error codes.
import type { CreateHpcClusterOperation, DescribeHpcClustersOperation, DeleteHpcClusterOperation } from "@ecs-hpc/core";
import type { Behaviour, Behaviours } from "../src/internal.ts";

// A documented code of the operation compiles.
export const documented: Behaviour<DeleteHpcClusterOperation> = () => ({ error: "NotEmpty.HpcCluster" });

// @ts-expect-error NotEmpty.HpcCluster is documented for DeleteHpcCluster, not for DescribeHpcClusters
export const undocumented: Behaviour<DescribeHpcClustersOperation> = () => ({ error: "NotEmpty.HpcCluster" });

// @ts-expect-error a code no operation documents
export const madeUp: Behaviour<CreateHpcClusterOperation> = () => ({ error: "Made.Up" });

// The params are the operation's input: Name is a string, and there is no PageSize on CreateHpcCluster.
export const typedParams: Behaviour<CreateHpcClusterOperation> = ({ params }) => {
  const name: string = params.Name;
  // @ts-expect-error not a parameter of CreateHpcCluster
  void params.PageSize;
  return { body: { HpcClusterId: name } };
};

// The registry checks each entry against its own operation: a DeleteHpcCluster behaviour is not a DescribeHpcClusters one.
export const registry: Behaviours = {
  DeleteHpcCluster: documented,
  // @ts-expect-error a behaviour answering NotEmpty.HpcCluster, registered for DescribeHpcClusters
  DescribeHpcClusters: documented,
};
// Every entry is optional: an empty registry is a valid one.
export const empty: Behaviours = {};
