// The same one-call program, written against the official SDK as its README shows. Bundled by bundle-size.ts.
import Ecs from "@alicloud/ecs20140526";
import OpenApi from "@alicloud/openapi-core";

const client = new Ecs.default(
  new OpenApi.$OpenApiUtil.Config({
    endpoint: process.env.ECS_BENCH_HOST ?? "127.0.0.1:8080",
    protocol: "http",
    regionId: "cn-hangzhou",
    accessKeyId: process.env.ECS_BENCH_AK ?? "ak",
    accessKeySecret: process.env.ECS_BENCH_SK ?? "sk",
  }),
);
const response = await client.describeHpcClusters(
  new Ecs.DescribeHpcClustersRequest({ regionId: "cn-hangzhou", pageSize: 10 }),
);
console.log(response.body?.totalCount);
