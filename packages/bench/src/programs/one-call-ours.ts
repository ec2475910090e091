// The one-call program, written against @ecs-hpc/core in the README's recommended (tree-shakable)
// form: the base client and the one operation it calls. Bundled by bundle-size.ts and scale.ts,
// type-checked by scale.ts.
import { createEcsBaseClient } from "@ecs-hpc/core/client";
import { describeHpcClusters } from "@ecs-hpc/core/operations/describe-hpc-clusters";

const ecs = createEcsBaseClient({
  endpoint: `http://${process.env.ECS_BENCH_HOST ?? "127.0.0.1:8080"}`,
  regionId: "cn-hangzhou",
  credentials: { accessKeyId: process.env.ECS_BENCH_AK ?? "ak", accessKeySecret: process.env.ECS_BENCH_SK ?? "sk" },
});
const page = await describeHpcClusters(ecs, { PageSize: 10 });
console.log(page.TotalCount);
