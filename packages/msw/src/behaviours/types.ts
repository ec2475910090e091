// The contract between the generic request pipeline and one operation's behaviour. The pipeline
// has already routed, verified the signature, decoded and validated every parameter against the
// spec and applied defaults; a behaviour only does what the operation does to the store.
import type { OperationSpec, ParamValue } from "@ecs-hpc/core";
import type { HpcStore } from "../store.ts";

export interface BehaviourContext {
  readonly op: OperationSpec;
  /** The operation's parameters, decoded and valid, with the spec's defaults applied. */
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly store: HpcStore;
}

/** A success body (without RequestId, which the pipeline adds) or a documented error code. */
export type BehaviourResult = { readonly body: Readonly<Record<string, unknown>> } | { readonly error: string };

export type Behaviour = (context: BehaviourContext) => BehaviourResult;
