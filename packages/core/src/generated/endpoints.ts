// Generated from spec/ecs-hpc.openapi.yaml by @ecs-hpc/codegen. Do not edit: change the spec and run `pnpm generate`.

import type { EndpointRule, EndpointSpec } from "./operation-spec.ts";

/** The ECS API version every operation here belongs to. */
export const apiVersion = "2014-05-26";

/** How a region maps to its endpoint host, and which regions the service serves. */
export const endpoints = {
  "pattern": "ecs.{regionId}.aliyuncs.com",
  "overrides": {
    "cn-hangzhou-finance": "ecs.aliyuncs.com",
    "cn-shenzhen-finance-1": "ecs-cn-hangzhou.aliyuncs.com"
  },
  "regions": [
    "cn-qingdao",
    "cn-beijing",
    "cn-zhangjiakou",
    "cn-zhengzhou-jva",
    "cn-huhehaote",
    "cn-wulanchabu",
    "cn-hangzhou",
    "cn-shanghai",
    "cn-nanjing",
    "cn-fuzhou",
    "cn-shenzhen",
    "cn-heyuan",
    "cn-guangzhou",
    "cn-chengdu",
    "cn-wuhan-lr",
    "cn-hongkong",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-5",
    "ap-southeast-6",
    "ap-southeast-7",
    "us-east-1",
    "us-west-1",
    "us-southeast-1",
    "na-south-1",
    "eu-west-1",
    "eu-central-1",
    "ap-south-1",
    "me-east-1",
    "me-central-1",
    "cn-hangzhou-finance",
    "cn-shanghai-finance-1",
    "cn-shenzhen-finance-1",
    "cn-beijing-finance-1",
    "cn-heyuan-acdr-1"
  ]
} as const satisfies EndpointSpec;

/** The mapping alone (what a client resolves a region with), without the list of regions. */
export const endpointRule = {
  "pattern": "ecs.{regionId}.aliyuncs.com",
  "overrides": {
    "cn-hangzhou-finance": "ecs.aliyuncs.com",
    "cn-shenzhen-finance-1": "ecs-cn-hangzhou.aliyuncs.com"
  }
} as const satisfies EndpointRule;
