// `@ecs-hpc/msw/internal`: building blocks of the mock that are not its public API (no semver
// promise): the behaviour registry, the fault plan and the error table lookup. Tests of this
// package and tools that extend the mock may use them; applications use the root entry.
export {
  behaviours,
  behaviourFor,
  exampleResult,
  type Behaviour,
  type Behaviours,
  type BehaviourContext,
  type BehaviourResult,
} from "./behaviours/index.ts";
export { createFaultPlan, type FaultDecision, type FaultPlan } from "./faults.ts";
export { errorDefinition, type ErrorDefinition } from "./errors.ts";
export type { DetectedSignature, ReceivedRequest } from "./read-request.ts";
export { ExpiringMap, type ExpiringMapOptions } from "./expiring-map.ts";
