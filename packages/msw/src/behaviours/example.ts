// The fallback for an operation of the table that has no behaviour here (an operation of an
// injected table, e.g. one a regenerated spec just gained): the spec's documented 200 example,
// whose RequestId the pipeline replaces with a fresh one. Routing, signature, validation,
// ClientToken and faults still apply, as for every operation.
import type { OperationSpec } from "@ecs-hpc/core";
import type { BehaviourResult } from "./types.ts";

/** The operation's `successExample` without its `RequestId` (`{}` when the spec gives none). */
export function exampleResult(op: OperationSpec): BehaviourResult {
  const example = op.successExample;
  if (typeof example !== "object" || example === null || Array.isArray(example)) return { body: {} };
  const { RequestId: _requestId, ...body } = example as Record<string, unknown>;
  return { body: structuredClone(body) };
}
