// The official SDK, created the way its README shows. It is CommonJS: from ESM its default import
// is `module.exports`, whose `default` is the client class (Node and TypeScript agree on this).
import Ecs from "@alicloud/ecs20140526";
import OpenApi from "@alicloud/openapi-core";

export type OfficialClient = InstanceType<typeof Ecs.default>;

export interface OfficialOptions {
  /** `127.0.0.1:PORT` (no scheme). */
  readonly endpoint: string;
  readonly credentials: { readonly accessKeyId: string; readonly accessKeySecret: string };
  readonly regionId: string;
}

export function createOfficialClient(options: OfficialOptions): OfficialClient {
  const config = new OpenApi.$OpenApiUtil.Config({
    accessKeyId: options.credentials.accessKeyId,
    accessKeySecret: options.credentials.accessKeySecret,
    endpoint: options.endpoint,
    protocol: "http",
    regionId: options.regionId,
  });
  return new Ecs.default(config);
}

export function describeRequest(fields: {
  regionId: string;
  pageSize?: number;
  pageNumber?: number;
}): InstanceType<typeof Ecs.DescribeHpcClustersRequest> {
  return new Ecs.DescribeHpcClustersRequest(fields);
}

export const OfficialUtil = OpenApi.OpenApiUtil;
