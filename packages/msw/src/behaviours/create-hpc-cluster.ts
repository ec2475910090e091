// CreateHpcCluster: a new cluster in the request's region, with a fresh id drawn from the store's
// seeded id sequence (`hpc-` + region code + 17 lowercase alphanumerics, like the seeded ones),
// appended after the existing clusters. ClientToken replays are handled before this runs.
import type { CreateHpcClusterOperation } from "@ecs-hpc/core";
import type { Behaviour } from "./types.ts";

export const createHpcCluster: Behaviour<CreateHpcClusterOperation> = ({ params, store }) => {
  const cluster = store.create({
    RegionId: params.RegionId as string,
    Name: params.Name as string,
    ...(params.Description !== undefined ? { Description: params.Description as string } : {}),
  });
  return { body: { HpcClusterId: cluster.HpcClusterId } };
};
