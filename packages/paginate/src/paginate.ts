// The generic entry point: binds the engine to core's operation table and to a client's method.
import { clientOperations, type ClientOperationSpec, type PaginationSpec } from "@ecs-hpc/core";
import { pageStream } from "./engine.ts";
import { PaginationOptionsError } from "./errors.ts";
import { resolveOptions, type PaginateOptions } from "./options.ts";
import type { Page, PageInput, PaginatedOperationName, PaginatingClient } from "./types.ts";

const table: Readonly<Record<string, ClientOperationSpec | undefined>> = clientOperations;

/** The table's pagination entry of an operation; a TypeError for an unknown or unpaginated one. */
export function paginationSpecOf(operation: string): PaginationSpec {
  const spec = Object.hasOwn(table, operation) ? table[operation] : undefined;
  if (!spec) throw new TypeError(`paginate: unknown operation ${JSON.stringify(operation)}`);
  if (!spec.pagination) throw new TypeError(`paginate: ${operation} does not paginate`);
  return spec.pagination;
}

/**
 * Lists the pages of any paginated operation (`PaginatedOperationName`), reading the item list,
 * the total and the item id where core's operation table says they are.
 *
 * ```ts
 * for await (const page of paginate(ecs, "DescribeHpcClusters", { RegionId: "cn-hangzhou" }, { pageSize: 50 })) {
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
export function paginate<Op extends PaginatedOperationName>(
  client: NoInfer<PaginatingClient<Op>>,
  operation: Op,
  input: PageInput<Op>,
  options?: PaginateOptions,
): AsyncGenerator<Page<Op>, void, undefined> {
  const spec = paginationSpecOf(operation);
  const method = (table[operation] as { method: string }).method;
  const call = typeof client === "object" && client !== null ? (client as Record<string, unknown>)[method] : undefined;
  if (typeof call !== "function") throw new TypeError(`paginate: the client has no ${method} method`);
  const resolved = resolveOptions(operation, spec, options);
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new PaginationOptionsError(operation, "input", input, "must be an object");
  }
  for (const param of [spec.pageNumber, spec.pageSize]) {
    if ((input as Record<string, unknown>)[param] !== undefined) {
      const option = param === spec.pageNumber ? "startPage" : "pageSize";
      throw new PaginationOptionsError(operation, param, (input as Record<string, unknown>)[param], `the paginator sets ${param}; pass the ${option} option instead`);
    }
  }
  const budget = (client as { tryAcquireRetry?: unknown }).tryAcquireRetry;
  return pageStream({
    operation,
    spec,
    input: input as Readonly<Record<string, unknown>>,
    fetchPage: (pageInput, callOptions) => (call as (input: unknown, options: unknown) => Promise<unknown>).call(client, pageInput, callOptions),
    tryAcquireRetry: typeof budget === "function" ? (kind) => budget.call(client, kind) === true : undefined,
    options: resolved,
  }) as AsyncGenerator<Page<Op>, void, undefined>;
}
