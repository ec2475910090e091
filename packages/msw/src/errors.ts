// Service error answers: a code's status and message come from the operation table (the spec),
// never from here. Body: RequestId, HostId, Code, Message, Recommend.
import { operations, type OperationSpec } from "@ecs-hpc/core";

export interface ErrorDefinition {
  readonly status: number;
  readonly message: string;
}

/** An operation table: core's generated `operations`, or one injected with the `operations` option. */
export type OperationTable = Readonly<Record<string, OperationSpec>>;

/** Core's generated table, as the mock's default. */
export const defaultOperations: OperationTable = operations;

const commonByTable = new WeakMap<OperationTable, Readonly<Record<string, ErrorDefinition>>>();

/**
 * Codes every operation shares (unknown action or version, signature, throttling, faults,
 * ClientToken reuse): the union of the operations' tables, so they can be answered before an
 * operation is known. The first operation that documents a code gives its status.
 */
function commonErrors(table: OperationTable): Readonly<Record<string, ErrorDefinition>> {
  let merged = commonByTable.get(table);
  if (!merged) {
    const collected: Record<string, ErrorDefinition> = {};
    for (const op of Object.values(table)) {
      for (const [code, spec] of Object.entries(op.errors))
        collected[code] ??= { status: spec.status, message: spec.message };
    }
    commonByTable.set(table, (merged = collected));
  }
  return merged;
}

/**
 * `IdempotentParameterMismatch`: a ClientToken reused with different parameters. Status and
 * message are the spec's (documented for every operation as a common 403 response).
 */
export const IDEMPOTENT_PARAMETER_MISMATCH = {
  code: "IdempotentParameterMismatch",
  status: operations.DescribeHpcClusters.errors.IdempotentParameterMismatch.status,
  message: operations.DescribeHpcClusters.errors.IdempotentParameterMismatch.message,
} as const;

/**
 * The status and message of a code: the operation's own table first, then the codes shared by
 * the operations of `table` (default core's), then those of core's table (so an injected table
 * with a made-up operation still answers signature and routing errors).
 */
export function errorDefinition(
  code: string,
  op?: OperationSpec,
  table: OperationTable = defaultOperations,
): ErrorDefinition | undefined {
  const own = op?.errors[code];
  if (own) return { status: own.status, message: own.message };
  return commonErrors(table)[code] ?? (table === defaultOperations ? undefined : commonErrors(defaultOperations)[code]);
}

/** Like `errorDefinition`, but a code nobody documents is a bug in the mock. */
export function requireErrorDefinition(code: string, op?: OperationSpec, table?: OperationTable): ErrorDefinition {
  const found = errorDefinition(code, op, table);
  if (!found)
    throw new Error(
      `@ecs-hpc/msw: error code ${JSON.stringify(code)} is not in the operation table${op ? ` of ${op.name}` : ""}; add it to the spec`,
    );
  return found;
}

/** A request id as ECS writes them: an upper-case UUID. */
export function newRequestId(): string {
  return crypto.randomUUID().toUpperCase();
}

/** The diagnosis link ECS puts in `Recommend`. */
function recommendUrl(code: string, requestId: string): string {
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
