// PageNumber/PageSize paging of a list, shaped by the operation's pagination spec (parameter and
// field names, the dotted path of the item list). Shared by every paginated Describe behaviour.
import type { OperationSpec, ParamValue } from "@ecs-hpc/core";

/**
 * One page of `items` as the service answers it: the page number and size asked for (defaults
 * applied), the total before paging, and the page's items at the spec's nested path (an empty
 * list past the end). `toItem` shapes each item of the page (only those: a listing of thousands
 * pays for one page, not for every item).
 */
export function pageBody<T>(
  op: OperationSpec,
  items: readonly T[],
  params: Readonly<Record<string, ParamValue>>,
  toItem: (item: T) => unknown = (item) => item,
): Record<string, unknown> {
  const paging = op.pagination;
  if (!paging) throw new Error(`${op.name} does not paginate`);
  const pageNumber = Number(params[paging.pageNumber] ?? 1);
  const pageSize = Number(params[paging.pageSize] ?? paging.defaultPageSize);
  const start = (pageNumber - 1) * pageSize;
  const page = start < items.length ? items.slice(start, start + pageSize).map(toItem) : [];
  const body: Record<string, unknown> = {
    [paging.pageNumber]: pageNumber,
    [paging.pageSize]: pageSize,
    [paging.totalCount]: items.length,
  };
  setPath(body, paging.items, page);
  return body;
}

/** Sets `a.b.c` in an object, creating the intermediate objects (`{HpcClusters: {HpcCluster}}`). */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  const last = keys.pop() as string;
  let node = target;
  for (const key of keys) {
    const next = (node[key] ??= {}) as Record<string, unknown>;
    node = next;
  }
  node[last] = value;
}
