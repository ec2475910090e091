// What each operation of the generated table does to the store. The type makes this registry
// exhaustive: adding an operation to the spec fails the build here until it has a behaviour
// (a new file next to this one and one line below). At run time the service looks behaviours up
// with `behaviourFor`, which tolerates a missing entry: an operation of an injected table
// without a behaviour answers its documented example (see example.ts).
import type { OperationName } from "@ecs-hpc/core";
import { createHpcCluster } from "./create-hpc-cluster.ts";
import { deleteHpcCluster } from "./delete-hpc-cluster.ts";
import { describeHpcClusters } from "./describe-hpc-clusters.ts";
import { modifyHpcClusterAttribute } from "./modify-hpc-cluster-attribute.ts";
import type { Behaviour } from "./types.ts";

export type { Behaviour, BehaviourContext, BehaviourResult } from "./types.ts";
export { exampleResult } from "./example.ts";

export const behaviours: { readonly [Name in OperationName]: Behaviour } = {
  DescribeHpcClusters: describeHpcClusters,
  CreateHpcCluster: createHpcCluster,
  ModifyHpcClusterAttribute: modifyHpcClusterAttribute,
  DeleteHpcCluster: deleteHpcCluster,
};

/** The behaviour of an operation, or `undefined` when the registry has none (operations of an injected table). */
export function behaviourFor(name: string): Behaviour | undefined {
  return Object.hasOwn(behaviours, name) ? behaviours[name as OperationName] : undefined;
}
