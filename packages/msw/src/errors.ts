// Service error answers: the code's status and message come from the operation table (the
// spec), never from here, except for the few codes the spec does not list yet (kept below, one
// clearly named constant each). Body: RequestId, HostId, Code, Message, Recommend.
import { operations, type OperationSpec } from "@ecs-hpc/core";

export interface ErrorDefinition {
  readonly status: number;
  readonly message: string;
}

/**
 * `IdempotentParameterMismatch`: a ClientToken reused with different parameters. ECS documents
 * it for other operations (403, this message); the HPC-cluster operations in the spec do not
 * list it yet. Move it into the spec's components and drop it from here once they do.
 */
export const IDEMPOTENT_PARAMETER_MISMATCH = {
  code: "IdempotentParameterMismatch",
  status: 403,
  message: "The specified parameter has changed while using an already used clientToken.",
} as const;

/** Codes the mock produces that the spec does not list yet. */
const UNDOCUMENTED_ERRORS: Readonly<Record<string, ErrorDefinition>> = {
  [IDEMPOTENT_PARAMETER_MISMATCH.code]: IDEMPOTENT_PARAMETER_MISMATCH,
};

/**
 * Codes every operation shares (unknown action or version, signature, throttling, faults):
 * the union of the operations' tables, so they can be answered before an operation is known.
 */
const COMMON_ERRORS: Readonly<Record<string, ErrorDefinition>> = (() => {
  const merged: Record<string, ErrorDefinition> = {};
  for (const op of Object.values(operations) as OperationSpec[]) {
    for (const [code, spec] of Object.entries(op.errors)) merged[code] ??= { status: spec.status, message: spec.message };
  }
  return merged;
})();

/** The status and message of a code: the operation's own table first, then the shared ones. */
export function errorDefinition(code: string, op?: OperationSpec): ErrorDefinition | undefined {
  const own = op?.errors[code];
  if (own) return { status: own.status, message: own.message };
  return COMMON_ERRORS[code] ?? UNDOCUMENTED_ERRORS[code];
}

/** Like `errorDefinition`, but a code nobody documents is a bug in the mock. */
export function requireErrorDefinition(code: string, op?: OperationSpec): ErrorDefinition {
  const found = errorDefinition(code, op);
  if (!found) throw new Error(`@ecs-hpc/msw: error code ${JSON.stringify(code)} is not in the operation table${op ? ` of ${op.name}` : ""}; add it to the spec`);
  return found;
}

/** A request id as ECS writes them: an upper-case UUID. */
export function newRequestId(): string {
  return crypto.randomUUID().toUpperCase();
}

/** The diagnosis link ECS puts in `Recommend`. */
export function recommendUrl(code: string, requestId: string): string {
  return `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}&product=Ecs&requestId=${requestId}`;
}

export type ServiceErrorBody = {
  readonly RequestId: string;
  readonly HostId: string;
  readonly Code: string;
  readonly Message: string;
  readonly Recommend: string;
};

export function serviceErrorBody(code: string, message: string, requestId: string, host: string): ServiceErrorBody {
  return { RequestId: requestId, HostId: host, Code: code, Message: message, Recommend: recommendUrl(code, requestId) };
}
