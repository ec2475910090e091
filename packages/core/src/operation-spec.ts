// The shape of the generated operation modules and tables. The generator (@ecs-hpc/codegen) owns
// it and writes it to generated/operation-spec.ts (decisions/0011-operation-spec-owner.md).
export type * from "./generated/operation-spec.ts";
