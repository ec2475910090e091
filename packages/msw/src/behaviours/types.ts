// The contract between the generic request pipeline and one operation's behaviour. The pipeline
// has already routed, verified the signature, decoded and validated every parameter against the
// spec and applied defaults; a behaviour only does what the operation does to the store.
// A behaviour is typed against its operation's generated types: its `params` are the operation's
// input, and the only error codes it can answer are the ones the spec documents for it.
import type { AnyOperation, ErrorCodesOf, InputOf, OperationSpec } from "@ecs-hpc/core";
import type { HpcStore } from "../store.ts";

export interface BehaviourContext<Op extends AnyOperation = AnyOperation> {
  readonly op: OperationSpec;
  /** The operation's parameters, decoded and valid, with the spec's defaults applied. */
  readonly params: Readonly<InputOf<Op>>;
  readonly store: HpcStore;
}

/** A success body (without RequestId, which the pipeline adds) or one of the operation's documented error codes. */
export type BehaviourResult<ErrorCode extends string = string> =
  | { readonly body: Readonly<Record<string, unknown>> }
  | { readonly error: ErrorCode };

/** What one operation does to the store: `Behaviour<DescribeHpcClustersOperation>`. */
export type Behaviour<Op extends AnyOperation = AnyOperation> = (
  context: BehaviourContext<Op>,
) => BehaviourResult<ErrorCodesOf<Op>>;
