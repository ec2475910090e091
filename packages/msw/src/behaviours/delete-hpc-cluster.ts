// DeleteHpcCluster: removes a cluster of the request's region. A cluster of another region is as
// unknown as one that never existed (`NotExists.HpcCluster`); a cluster that still holds
// instances (`store.setInstanceCount`, or `instances` in the seed) is `NotEmpty.HpcCluster`.
import type { DeleteHpcClusterOperation } from "@ecs-hpc/core";
import type { Behaviour } from "./types.ts";

export const deleteHpcCluster: Behaviour<DeleteHpcClusterOperation> = ({ params, store }) => {
  const id = params.HpcClusterId as string;
  const cluster = store.get(id);
  if (!cluster || cluster.RegionId !== params.RegionId) return { error: "NotExists.HpcCluster" };
  if (store.instanceCount(id) > 0) return { error: "NotEmpty.HpcCluster" };
  store.delete(id);
  return { body: {} };
};
