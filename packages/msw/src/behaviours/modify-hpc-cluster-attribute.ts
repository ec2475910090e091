// ModifyHpcClusterAttribute: renames a cluster and/or changes its description (at least one of
// them is given: the pipeline's validation answers InvalidModifyInfo otherwise).
// Not found, a documented decision (see the README): no cluster with this id in any region is
// `HpcClusterNotExists`; a cluster with this id in another region than the request's RegionId
// is `HPC_CLUSTER_MODIFY_FAILED` ("Modify failed, possibly this hpc cluster does not exist.").
import type { ModifyHpcClusterAttributeOperation } from "@ecs-hpc/core";
import type { Behaviour } from "./types.ts";

export const modifyHpcClusterAttribute: Behaviour<ModifyHpcClusterAttributeOperation> = ({ params, store }) => {
  const id = params.HpcClusterId as string;
  const cluster = store.get(id);
  if (!cluster) return { error: "HpcClusterNotExists" };
  if (cluster.RegionId !== params.RegionId) return { error: "HPC_CLUSTER_MODIFY_FAILED" };
  store.update(id, {
    ...(params.Name !== undefined ? { Name: params.Name as string } : {}),
    ...(params.Description !== undefined ? { Description: params.Description as string } : {}),
  });
  return { body: {} };
};
