// The one-call program, written against @ecs-hpc/core. Bundled by bundle-size.ts.
import { createEcsClient } from "@ecs-hpc/core";

const ecs = createEcsClient({
  endpoint: `http://${process.env.ECS_BENCH_HOST ?? "127.0.0.1:8080"}`,
  regionId: "cn-hangzhou",
  credentials: { accessKeyId: process.env.ECS_BENCH_AK ?? "ak", accessKeySecret: process.env.ECS_BENCH_SK ?? "sk" },
});
const page = await ecs.describeHpcClusters({ PageSize: 10 });
console.log(page.TotalCount);
