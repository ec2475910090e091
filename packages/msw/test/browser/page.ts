// The page script of the browser test: core's browser bundle (the export map's default entry,
// resolved by esbuild for the browser) listing clusters from the standalone mock, cross-origin.
import { createEcsClient, type SignatureVersion } from "@ecs-hpc/core";

export interface Listing {
  readonly total: number;
  readonly ids: readonly string[];
  readonly requestId: string;
}

async function listClusters(
  endpoint: string,
  accessKeyId: string,
  accessKeySecret: string,
  signatureVersion: SignatureVersion,
): Promise<Listing> {
  const client = createEcsClient({
    regionId: "cn-hangzhou",
    endpoint,
    credentials: { accessKeyId, accessKeySecret },
    signatureVersion,
    retry: { maxAttempts: 1 },
  });
  const page = await client.describeHpcClusters({ RegionId: "cn-hangzhou", PageSize: 100 });
  return {
    total: page.TotalCount ?? -1,
    ids: (page.HpcClusters?.HpcCluster ?? []).map((cluster) => cluster.HpcClusterId ?? ""),
    requestId: page.RequestId ?? "",
  };
}

async function describeError(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "no error";
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

Object.assign(globalThis, { listClusters, describeError });
