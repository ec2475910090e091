// The page the mock answers first (the seeded store's first `pageSize` clusters, the same field
// order), as the bare sides of the mock benchmarks answer it: the page-JSON server and the bare
// msw handler.
import { createHpcStore } from "@ecs-hpc/msw";
import { REGION_ID } from "./fixtures.ts";

export const PAGE_REQUEST_ID = "04F0F334-1335-436C-A1D7-6C044FE73368";

export function firstPage(clusters: number, pageSize: number) {
  const items = createHpcStore({ clusters })
    .list(REGION_ID)
    .slice(0, pageSize)
    .map(({ HpcClusterId, Name, Description }) => ({ HpcClusterId, Name, Description }));
  return {
    RequestId: PAGE_REQUEST_ID,
    PageNumber: 1,
    PageSize: pageSize,
    TotalCount: clusters,
    HpcClusters: { HpcCluster: items },
  };
}
