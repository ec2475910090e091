// What some operations of the generated table do to the store. The registry is optional per
// operation: an operation without a behaviour here (most of them, at the scale of the ECS API)
// is still routed, signature-checked and validated from its spec, and answers its documented
// example (see example.ts). Each entry is typed against its operation's generated types, so a
// behaviour that answers an error code its operation does not document fails to compile.
import type { ClientOperations, OperationName } from "@ecs-hpc/core";
import { createHpcCluster } from "./create-hpc-cluster.ts";
import { deleteHpcCluster } from "./delete-hpc-cluster.ts";
import { describeHpcClusters } from "./describe-hpc-clusters.ts";
import { modifyHpcClusterAttribute } from "./modify-hpc-cluster-attribute.ts";
import type { Behaviour } from "./types.ts";

export type { Behaviour, BehaviourContext, BehaviourResult } from "./types.ts";
export { exampleResult } from "./example.ts";

/** A behaviour for any operation of the spec that has one, each typed against its own operation. */
export type Behaviours = { readonly [Name in OperationName]?: Behaviour<ClientOperations[Name]> };

export const behaviours: Behaviours = {
  DescribeHpcClusters: describeHpcClusters,
  CreateHpcCluster: createHpcCluster,
  ModifyHpcClusterAttribute: modifyHpcClusterAttribute,
  DeleteHpcCluster: deleteHpcCluster,
};

/** The behaviour of an operation, or `undefined` when it has none (it answers its documented example). */
export function behaviourFor(name: string): Behaviour | undefined {
  return Object.hasOwn(behaviours, name) ? (behaviours[name as OperationName] as Behaviour | undefined) : undefined;
}
