// DescribeHpcClusters: the clusters of the request's region, filtered by HpcClusterIds when given
// (ids that do not exist, or live in another region, are simply absent), then paged.
// A page of the built-in store without a filter is built once per (region list, page number,
// page size) and answered again, frozen with its JSON, until the store changes (a change makes a
// new region list, so the old pages are never read again).
import type { DescribeHpcClustersOperation, OperationSpec } from "@ecs-hpc/core";
import { freezeWithJson } from "../frozen-json.ts";
import { readRegion, type StoredHpcCluster } from "../store.ts";
import type { Behaviour } from "./types.ts";
import { pageBody } from "./paginate.ts";

/** Pages kept per region list: a listing's pages at one or two sizes, not every size ever asked. */
const MAX_PAGES_PER_LIST = 256;
interface KeptPage {
  /** The operation spec it was built with (a service may route with another table). */
  readonly op: OperationSpec;
  readonly body: Readonly<Record<string, unknown>>;
}
const pages = new WeakMap<readonly StoredHpcCluster[], Map<string, KeptPage>>();

const toItem = ({ HpcClusterId, Name, Description }: StoredHpcCluster) => ({ HpcClusterId, Name, Description });

export const describeHpcClusters: Behaviour<DescribeHpcClustersOperation> = ({ op, params, store }) => {
  const { clusters, stable } = readRegion(store, params.RegionId as string);
  const ids = params.HpcClusterIds as readonly string[] | undefined;
  if (ids !== undefined) {
    const wanted = new Set(ids);
    return {
      body: pageBody(
        op,
        clusters.filter((cluster) => wanted.has(cluster.HpcClusterId)),
        params,
        toItem,
      ),
    };
  }
  if (!stable) return { body: pageBody(op, clusters, params, toItem) };
  const key = `${String(params.PageNumber)} ${String(params.PageSize)}`;
  let kept = pages.get(clusters);
  if (!kept) pages.set(clusters, (kept = new Map()));
  const hit = kept.get(key);
  if (hit?.op === op) return { body: hit.body };
  const body = freezeWithJson(pageBody(op, clusters, params, toItem));
  if (!hit && kept.size >= MAX_PAGES_PER_LIST) kept.delete(kept.keys().next().value as string);
  kept.set(key, { op, body });
  return { body };
};
