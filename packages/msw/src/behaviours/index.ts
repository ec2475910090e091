// What each operation of the generated table does to the store. The type makes this registry
// exhaustive: adding an operation to the spec fails the build here until it has a behaviour
// (a new file next to this one and one line below).
import type { OperationName } from "@ecs-hpc/core";
import { describeHpcClusters } from "./describe-hpc-clusters.ts";
import type { Behaviour } from "./types.ts";

export type { Behaviour, BehaviourContext, BehaviourResult } from "./types.ts";

export const behaviours: { readonly [Name in OperationName]: Behaviour } = {
  DescribeHpcClusters: describeHpcClusters,
};
