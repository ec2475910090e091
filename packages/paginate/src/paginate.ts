// The generic entry point: binds the engine to the operation it is given (a generated module of
// core: its pagination, its method) and to a client.
import type { PaginationSpec } from "@ecs-hpc/core/client";
import { pageStream } from "./engine.ts";
import { PaginationOptionsError } from "./errors.ts";
import { resolveOptions, type PaginateOptions } from "./options.ts";
import type { Page, PageInput, PaginatedOperation, PaginatingClient } from "./types.ts";

type Fetch = (input: unknown, options: unknown) => Promise<unknown>;

/** The operation's pagination; a TypeError for something that is not a paginated operation. */
export function paginationSpecOf(operation: unknown): PaginationSpec {
  const op = operation as { name?: unknown; pagination?: PaginationSpec | null } | null;
  if (typeof op !== "object" || op === null || typeof op.name !== "string") {
    const shown = typeof operation === "string" ? JSON.stringify(operation) : typeof operation;
    throw new TypeError(
      `paginate: ${shown} is not a generated operation (import it, e.g. DescribeHpcClusters from @ecs-hpc/core/operations/describe-hpc-clusters)`,
    );
  }
  if (!op.pagination) throw new TypeError(`paginate: ${op.name} does not paginate`);
  return op.pagination;
}

/** How to call the operation on this client: its method when it has one, else `send`. */
function callerOf(client: unknown, op: PaginatedOperation): (input: unknown, options: unknown) => Promise<unknown> {
  const target = typeof client === "object" && client !== null ? (client as Record<string, unknown>) : undefined;
  const method = target?.[op.method];
  if (typeof method === "function") return (input, options) => (method as Fetch).call(client, input, options);
  const send = target?.send;
  if (typeof send === "function")
    return (input, options) =>
      (send as (op: unknown, input: unknown, options: unknown) => Promise<unknown>).call(client, op, input, options);
  throw new TypeError(`paginate: the client has no ${op.method} method and no send`);
}

/**
 * Lists the pages of any paginated operation, reading the item list, the total and the item id
 * where the operation's pagination says they are.
 *
 * ```ts
 * import { DescribeHpcClusters } from "@ecs-hpc/core/operations/describe-hpc-clusters";
 * for await (const page of paginate(ecs, DescribeHpcClusters, { RegionId: "cn-hangzhou" }, { pageSize: 50 })) {
 *   console.log(page.pageNumber, page.items.length, page.response.RequestId);
 * }
 * ```
 *
 * Options and input are checked here, synchronously (a PaginationOptionsError); nothing is
 * requested until the first `next()`. Up to `concurrency` pages are requested ahead (the first wave
 * before any TotalCount is known, unless `speculate: false`) and yielded in page order; fewer while
 * the service throttles. A page that fails with a transient error is retried (`retry`); a page that
 * still fails throws a PaginationError (after in-flight requests settle) whose `resumeToken`
 * continues the listing; an abort throws core's EcsAbortError.
 */
export function paginate<Op extends PaginatedOperation>(
  client: NoInfer<PaginatingClient<Op>>,
  operation: Op,
  input: PageInput<Op>,
  options?: PaginateOptions,
): AsyncGenerator<Page<Op>, void, undefined> {
  const spec = paginationSpecOf(operation);
  const name = operation.name;
  const call = callerOf(client, operation);
  const resolved = resolveOptions(name, spec, options);
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new PaginationOptionsError(name, "input", input, "must be an object");
  }
  for (const param of [spec.pageNumber, spec.pageSize]) {
    if ((input as Record<string, unknown>)[param] !== undefined) {
      const option = param === spec.pageNumber ? "startPage" : "pageSize";
      throw new PaginationOptionsError(
        name,
        param,
        (input as Record<string, unknown>)[param],
        `the paginator sets ${param}; pass the ${option} option instead`,
      );
    }
  }
  const token = operation.idempotencyToken;
  if (token !== null && Object.hasOwn(input, token) && (input as Record<string, unknown>)[token] !== undefined) {
    throw new PaginationOptionsError(
      name,
      token,
      (input as Record<string, unknown>)[token],
      `a listing sends one request per page, and one ${token} on all of them would make the service refuse every page after the first; leave it out`,
    );
  }
  const budget = (client as { tryAcquireRetry?: unknown }).tryAcquireRetry;
  return pageStream({
    operation: name,
    spec,
    input: input as Readonly<Record<string, unknown>>,
    fetchPage: (pageInput, callOptions) => call(pageInput, callOptions),
    tryAcquireRetry: typeof budget === "function" ? (kind) => budget.call(client, kind) === true : undefined,
    options: resolved,
  }) as AsyncGenerator<Page<Op>, void, undefined>;
}
