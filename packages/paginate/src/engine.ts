// The paging engine: drives any PageNumber-paginated operation through a `fetchPage` function,
// knowing only its PaginationSpec. No client, no operation table, no types of a particular
// operation: `paginate.ts` binds those.
//
// Scheduling. Pages up to the "horizon" (the last page that may exist) are requested ahead of the
// consumer and yielded strictly in page order. Before any TotalCount is known the horizon is
// `startPage + concurrency - 1` (the speculative first wave) or `startPage` (speculation off);
// once one is, it is ceil(largest TotalCount seen / pageSize). Two bounds hold at all times:
//   - memory: at most `concurrency` pages requested but not yet yielded (in flight, waiting for a
//     retry, or buffered), so a slow consumer holds the requests back;
//   - load: at most `limit` calls in flight, where `limit` starts at `concurrency`, is halved when
//     the service throttles (once per round of requests) and grows by one per round of successful
//     calls (AIMD); a server-sent retry delay also holds back new requests until it has passed.
//
// Page retries. A page whose call fails with a transient error (page-retry.ts) is requested again
// after a backoff, at most `maxPerPage` times per page and `maxPerListing` times per listing, each
// time paying the client's retry budget when the client has one. A page that fails beyond the
// known horizon is dropped (it is requested again only if the listing turns out to need it).
//
// Stopping, decided in page order on page p with list L and TotalCount T:
//   - L is empty                          -> stop (nothing lies beyond an empty page)
//   - T known:   continue iff p * pageSize < T   (the wire protocol's rule, with this page's own T)
//   - T missing: continue iff L is full
//   - maxItems / maxPages reached         -> stop
import type { AttemptEvent, PaginationSpec, RetryFailureKind } from "@ecs-hpc/core/client";
import { EcsAbortError } from "@ecs-hpc/core/client";
import { PaginationError } from "./errors.ts";
import type { ResolvedOptions } from "./options.ts";
import { isThrottledAttempt, pageRetryDelay, transientKind } from "./page-retry.ts";
import { countAt, idOf, listAt } from "./path.ts";

/** What the engine passes with each page request. A client may ignore `onAttempt`. */
interface FetchPageOptions {
  readonly signal: AbortSignal;
  /** Observes the call's attempts (core's `CallOptions.onAttempt`): how the engine sees throttling. */
  readonly onAttempt: (event: AttemptEvent) => void;
}

/** What the engine calls for each page: the input with page number and size set, and the options. */
type FetchPage = (input: Record<string, unknown>, options: FetchPageOptions) => Promise<unknown>;

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
  /** Spends the client's retry budget on one page retry; `false` when it cannot pay. Absent: no budget. */
  readonly tryAcquireRetry?: ((kind: RetryFailureKind) => boolean) | undefined;
  readonly options: ResolvedOptions;
  /** Random numbers in [0, 1) for the backoff jitter. Default `Math.random`. */
  readonly random?: () => number;
}

interface Slot {
  state: "pending" | "ok" | "failed";
  response?: unknown;
  error?: unknown;
  /** Times the page was requested again after a failed call. */
  retries: number;
  /** Settles (never rejects) once the page's last call has, retries included. */
  settled: Promise<void>;
}

type CallOutcome = { readonly ok: true; readonly response: unknown } | { readonly ok: false; readonly error: unknown };

const now = (): number => performance.now();

/**
 * Lists the pages of one operation, lazily: nothing is requested before the first `next()`.
 * Leaving the iteration early (`break`, `return()`, an error, an abort) cancels in-flight
 * requests and pending retries through their signal and waits for them to settle.
 */
export async function* pageStream(request: PageStreamRequest): AsyncGenerator<RawPage, void, undefined> {
  const { operation, spec, input, fetchPage, tryAcquireRetry } = request;
  const { pageSize, startPage, maxItems, maxPages, concurrency, retry, adaptiveConcurrency } = request.options;
  const userSignal = request.options.signal;
  const random = request.random ?? Math.random;
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
  /** The highest page requested so far (lower pages may have been dropped after failing past the end). */
  let requested = startPage - 1;
  /** The highest page that may exist. */
  let horizon = request.options.speculate ? startPage + concurrency - 1 : startPage;
  /** Whether a TotalCount has been seen (until then the horizon is speculative). */
  let totalSeen = false;
  /** The lowest page known to have failed for good; nothing beyond it is requested. */
  let failedAt = Infinity;
  let itemsOut = 0;
  let pagesOut = 0;
  let lastTotalCount: number | undefined;
  let listingRetries = 0;

  // Load control (AIMD).
  let inFlight = 0;
  let limit = concurrency;
  /** Bumped on every decrease: a throttled call started before the last decrease does not decrease again. */
  let generation = 0;
  /** New calls wait until then (a server-sent retry delay). */
  let holdUntil = 0;
  let holdTimer: ReturnType<typeof setTimeout> | undefined;

  const throttled = (startedIn: number, retryAfterMs: number | undefined): void => {
    // A server-sent delay holds new requests back, capped like a backoff (a hostile header cannot stall the listing).
    if (retryAfterMs !== undefined && retryAfterMs > 0) {
      holdUntil = Math.max(holdUntil, now() + Math.min(retryAfterMs, retry.maxDelayMs));
    }
    if (!adaptiveConcurrency || startedIn !== generation) return;
    limit = Math.max(1, Math.floor(limit / 2));
    generation += 1;
  };
  /** A call that succeeded without throttling; only calls started since the last decrease raise the limit. */
  const succeeded = (startedIn: number): void => {
    if (!adaptiveConcurrency || startedIn !== generation || limit >= concurrency) return;
    limit = Math.min(concurrency, limit + 1 / Math.floor(limit));
  };

  const call = async (page: number): Promise<CallOutcome> => {
    const startedIn = generation;
    let sawThrottling = false;
    const onAttempt = (event: AttemptEvent): void => {
      if (!isThrottledAttempt(event)) return;
      sawThrottling = true;
      throttled(startedIn, event.retryAfterMs);
    };
    inFlight += 1;
    try {
      const pageInput = { ...input, [spec.pageNumber]: page, [spec.pageSize]: pageSize };
      const response = await fetchPage(pageInput, { signal: controller.signal, onAttempt });
      if (!sawThrottling) succeeded(startedIn);
      return { ok: true, response };
    } catch (error) {
      // A client that reports no attempts still tells throttling by its final error.
      if (!sawThrottling && transientKind(error) === "throttling") throttled(startedIn, undefined);
      return { ok: false, error };
    } finally {
      inFlight -= 1;
    }
  };

  /** Waits `ms`, or less if the listing stops. */
  const pause = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      const signal = controller.signal;
      if (signal.aborted || ms <= 0) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener("abort", done, { once: true });
    });

  /** Whether the client's budget pays for one more retry; a budget hook that throws pays for nothing. */
  const budgetPays = (kind: RetryFailureKind): boolean => {
    if (tryAcquireRetry === undefined) return true;
    try {
      return tryAcquireRetry(kind);
    } catch {
      return false;
    }
  };
  const mayRetry = (kind: RetryFailureKind | undefined, slot: Slot): kind is RetryFailureKind =>
    kind !== undefined &&
    !controller.signal.aborted &&
    slot.retries < retry.maxPerPage &&
    listingRetries < retry.maxPerListing &&
    budgetPays(kind);

  const fetchWithRetries = async (page: number, slot: Slot): Promise<void> => {
    for (;;) {
      const outcome = await call(page);
      if (outcome.ok) {
        slot.state = "ok";
        slot.response = outcome.response;
        const total = countAt(outcome.response, spec.totalCount);
        if (total !== undefined) {
          const end = Math.ceil(total / pageSize);
          horizon = totalSeen ? Math.max(horizon, end) : Math.max(next, end);
          totalSeen = true;
        }
        return;
      }
      if (totalSeen && page > horizon && page > next) {
        slots.delete(page); // Past the known end: not needed (requested again if the data grows).
        return;
      }
      if (mayRetry(transientKind(outcome.error), slot)) {
        slot.retries += 1;
        listingRetries += 1;
        const backoff = Math.max(pageRetryDelay(slot.retries, retry, random), holdUntil - now());
        await pause(Math.min(retry.maxDelayMs, backoff));
        if (!controller.signal.aborted) continue;
      }
      slot.state = "failed";
      slot.error = outcome.error;
      failedAt = Math.min(failedAt, page);
      return;
    }
  };

  const start = (page: number): void => {
    requested = Math.max(requested, page);
    const slot: Slot = { state: "pending", retries: 0, settled: Promise.resolve() };
    slots.set(page, slot);
    slot.settled = fetchWithRetries(page, slot).finally(() => {
      schedule();
      notify();
    });
  };

  const schedule = (): void => {
    while (!controller.signal.aborted) {
      const page = requested + 1;
      if (page > horizon || page > lastAllowedPage || page >= failedAt) return;
      // Requested but not yet yielded: pages next..page-1, plus this one.
      if (page - next >= concurrency) return;
      // Pages next..page-1 can still bring up to pageSize items each.
      if (itemsOut + (page - next) * pageSize >= maxItems) return;
      if (inFlight >= Math.floor(limit)) return;
      const wait = holdUntil - now();
      if (wait > 0) {
        holdTimer ??= setTimeout(() => {
          holdTimer = undefined;
          schedule();
        }, Math.ceil(wait));
        return;
      }
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
      let slot = slots.get(next);
      if (!slot) {
        start(next); // The page the consumer needs is always requested, whatever the load limit.
        slot = slots.get(next) as Slot;
      }
      while (slot.state === "pending" && !userSignal?.aborted) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        schedule();
      }
      if (userSignal?.aborted) throw aborted();
      slots.delete(next);
      const progress = { pageSize, itemsDelivered: itemsOut, totalCount: lastTotalCount, pageRetries: slot.retries };
      if (slot.state === "failed") throw new PaginationError(operation, next, slot.error, progress);

      const response = slot.response;
      let list: readonly unknown[];
      try {
        list = listAt(response, spec.items);
      } catch (error) {
        throw new PaginationError(operation, next, error, progress);
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
      if (totalCount !== undefined) lastTotalCount = totalCount;

      const more =
        list.length > 0 && (totalCount !== undefined ? next * pageSize < totalCount : list.length >= pageSize);
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
    if (holdTimer !== undefined) clearTimeout(holdTimer);
    await Promise.all([...slots.values()].map((slot) => slot.settled));
  }
}
