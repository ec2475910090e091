// Generated from spec/ecs-hpc.openapi.yaml by @ecs-hpc/codegen. Do not edit: change the spec and run `pnpm generate`.

export * from "./describe-hpc-clusters.ts";
export * from "./create-hpc-cluster.ts";
export * from "./modify-hpc-cluster-attribute.ts";
export * from "./delete-hpc-cluster.ts";
