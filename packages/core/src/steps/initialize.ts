// Step 1 (initialize): the caller's input plus what the client supplies: its own region when
// the call names none, and an idempotency token for operations that take one (reused on every
// retry of this logical call, since it is chosen once, here).
import type { ClientOperationSpec } from "../operation-spec.ts";

export interface PrepareContext {
  readonly regionId: string | undefined;
  /** Makes a fresh idempotency token (at most 64 ASCII characters). */
  readonly newIdempotencyToken: () => string;
}

export function prepareInput(
  op: ClientOperationSpec,
  input: Readonly<Record<string, unknown>> | undefined,
  ctx: PrepareContext,
): Record<string, unknown> {
  const prepared: Record<string, unknown> = { ...input };
  if ("RegionId" in op.params && (prepared.RegionId === undefined || prepared.RegionId === null) && ctx.regionId)
    prepared.RegionId = ctx.regionId;
  const token = op.idempotencyToken;
  if (token && (prepared[token] === undefined || prepared[token] === null)) prepared[token] = ctx.newIdempotencyToken();
  return prepared;
}
