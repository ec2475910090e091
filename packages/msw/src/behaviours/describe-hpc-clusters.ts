// DescribeHpcClusters: the clusters of the request's region, filtered by HpcClusterIds when given
// (ids that do not exist, or live in another region, are simply absent), then paged.
import type { DescribeHpcClustersOperation } from "@ecs-hpc/core";
import type { StoredHpcCluster } from "../store.ts";
import type { Behaviour } from "./types.ts";
import { pageBody } from "./paginate.ts";

export const describeHpcClusters: Behaviour<DescribeHpcClustersOperation> = ({ op, params, store }) => {
  let clusters = store.list(params.RegionId as string);
  const ids = params.HpcClusterIds as readonly string[] | undefined;
  if (ids !== undefined) {
    const wanted = new Set(ids);
    clusters = clusters.filter((cluster) => wanted.has(cluster.HpcClusterId));
  }
  const toItem = ({ HpcClusterId, Name, Description }: StoredHpcCluster) => ({ HpcClusterId, Name, Description });
  return { body: pageBody(op, clusters, params, toItem) };
};
