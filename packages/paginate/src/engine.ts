// The paging engine: drives any PageNumber-paginated operation through a `fetchPage` function,
// knowing only its PaginationSpec. No client, no operation table, no types of a particular
// operation: `paginate.ts` binds those.
//
// Scheduling. The first page is requested alone; every response's TotalCount extends the
// "horizon" (the last page that may exist, ceil(largest TotalCount seen / pageSize)). Pages up to
// the horizon are requested ahead of the consumer, at most `concurrency` of them requested but not
// yet yielded (in flight or buffered), and yielded strictly in page order. New requests start only
// while the consumer is pulling (or just before a page is handed to it), so a slow consumer holds
// back the requests instead of making the engine buffer the listing.
//
// Stopping, decided in page order on page p with list L and TotalCount T:
//   - L is empty                          -> stop (nothing lies beyond an empty page)
//   - T known:   continue iff p * pageSize < T   (the wire protocol's rule, with this page's own T)
//   - T missing: continue iff L is full
//   - maxItems / maxPages reached         -> stop
// So a listing never requests a page beyond ceil(largest TotalCount seen / pageSize), keeps going
// while the collection grows, and ends as soon as a page says there is nothing beyond it.
import type { PaginationSpec } from "@ecs-hpc/core";
import { EcsAbortError } from "@ecs-hpc/core";
import { PaginationError } from "./errors.ts";
import type { ResolvedOptions } from "./options.ts";
import { countAt, idOf, listAt } from "./path.ts";

/** What the engine calls for each page: the input with page number and size set, and a signal. */
export type FetchPage = (input: Record<string, unknown>, options: { signal: AbortSignal }) => Promise<unknown>;

/** One page as the engine yields it; `paginate` gives it the operation's types. */
export interface RawPage {
  readonly pageNumber: number;
  readonly items: readonly unknown[];
  readonly duplicates: number;
  readonly totalCount: number | undefined;
  readonly response: unknown;
}

/** Everything one listing needs. */
export interface PageStreamRequest {
  readonly operation: string;
  readonly spec: PaginationSpec;
  readonly input: Readonly<Record<string, unknown>>;
  readonly fetchPage: FetchPage;
  readonly options: ResolvedOptions;
}

interface Slot {
  state: "pending" | "ok" | "failed";
  response?: unknown;
  error?: unknown;
  /** Settles (never rejects) once the request has. */
  settled: Promise<void>;
}

/**
 * Lists the pages of one operation, lazily: nothing is requested before the first `next()`.
 * Leaving the iteration early (`break`, `return()`, an error, an abort) cancels in-flight
 * requests through their signal and waits for them to settle.
 */
export async function* pageStream(request: PageStreamRequest): AsyncGenerator<RawPage, void, undefined> {
  const { operation, spec, input, fetchPage } = request;
  const { pageSize, startPage, maxItems, maxPages, concurrency, signal: userSignal } = request.options;
  const lastAllowedPage = startPage + maxPages - 1;

  const controller = new AbortController();
  const slots = new Map<number, Slot>();
  const seen = new Set<string | number>();
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  const onAbort = (): void => {
    controller.abort(userSignal?.reason);
    notify();
  };
  const aborted = (): EcsAbortError => new EcsAbortError(operation, userSignal?.reason);

  /** The next page to yield. */
  let next = startPage;
  /** The highest page requested so far. */
  let requested = startPage - 1;
  /** The highest page that may exist, from the largest TotalCount seen (or a full page without one). */
  let horizon = startPage;
  /** The lowest page known to have failed; nothing beyond it is requested. */
  let failedAt = Infinity;
  let itemsOut = 0;
  let pagesOut = 0;

  const start = (page: number): void => {
    requested = page;
    let call: Promise<unknown>;
    try {
      call = Promise.resolve(fetchPage({ ...input, [spec.pageNumber]: page, [spec.pageSize]: pageSize }, { signal: controller.signal }));
    } catch (error) {
      call = Promise.reject(error);
    }
    const slot: Slot = { state: "pending", settled: Promise.resolve() };
    slot.settled = call
      .then(
        (response) => {
          slot.state = "ok";
          slot.response = response;
          const total = countAt(response, spec.totalCount);
          if (total !== undefined) horizon = Math.max(horizon, Math.ceil(total / pageSize));
        },
        (error: unknown) => {
          slot.state = "failed";
          slot.error = error;
          failedAt = Math.min(failedAt, page);
        },
      )
      .finally(notify);
    slots.set(page, slot);
  };

  const schedule = (): void => {
    while (!controller.signal.aborted) {
      const page = requested + 1;
      if (page > horizon || page > lastAllowedPage || page >= failedAt) return;
      // Requested but not yet yielded: pages next..page-1, plus this one.
      if (page - next >= concurrency) return;
      // Pages next..page-1 can still bring up to pageSize items each.
      if (itemsOut + (page - next) * pageSize >= maxItems) return;
      start(page);
    }
  };

  if (userSignal?.aborted) throw aborted();
  userSignal?.addEventListener("abort", onAbort, { once: true });
  try {
    if (maxItems === 0 || maxPages === 0) return;
    for (;;) {
      if (userSignal?.aborted) throw aborted();
      schedule();
      const slot = slots.get(next);
      if (!slot) return; // Unreachable: a page that is needed is always scheduled.
      while (slot.state === "pending" && !userSignal?.aborted) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        schedule();
      }
      if (userSignal?.aborted) throw aborted();
      slots.delete(next);
      if (slot.state === "failed") throw new PaginationError(operation, next, slot.error);

      const response = slot.response;
      let list: readonly unknown[];
      try {
        list = listAt(response, spec.items);
      } catch (error) {
        throw new PaginationError(operation, next, error);
      }
      const totalCount = countAt(response, spec.totalCount);
      const items: unknown[] = [];
      let duplicates = 0;
      for (const item of list) {
        if (itemsOut + items.length >= maxItems) break;
        const id = idOf(item, spec.itemId);
        if (id !== undefined) {
          if (seen.has(id)) {
            duplicates += 1;
            continue;
          }
          seen.add(id);
        }
        items.push(item);
      }
      itemsOut += items.length;
      pagesOut += 1;

      const more = list.length > 0 && (totalCount !== undefined ? next * pageSize < totalCount : list.length >= pageSize);
      const page: RawPage = { pageNumber: next, items, duplicates, totalCount, response };
      next += 1;
      if (!more || itemsOut >= maxItems || pagesOut >= maxPages) {
        controller.abort(); // Cancel pages requested ahead that are not needed.
        yield page;
        return;
      }
      horizon = Math.max(horizon, next);
      schedule(); // Refill the window before handing the page over, so that fetching overlaps consuming.
      yield page;
    }
  } finally {
    userSignal?.removeEventListener("abort", onAbort);
    controller.abort();
    await Promise.all([...slots.values()].map((slot) => slot.settled));
  }
}
