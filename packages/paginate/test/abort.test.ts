import { isEcsError, EcsAbortError } from "@ecs-hpc/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  collectHpcClusters,
  DEFAULT_CONCURRENCY,
  iterateHpcClusters,
  paginateDescribeHpcClusters,
} from "../src/index.ts";
import { deferred, fakeEcs, flush, sleep, trackUnhandledRejections } from "./fake-ecs.ts";

let unhandled: () => Promise<unknown[]>;
beforeEach(() => {
  unhandled = trackUnhandledRejections();
});
afterEach(async () => {
  expect(await unhandled()).toEqual([]);
});

describe("abort", () => {
  it("before the first page: throws EcsAbortError, requests nothing", async () => {
    const fake = fakeEcs({ items: 500 });
    const controller = new AbortController();
    controller.abort(new Error("user gave up"));
    const error = await collectHpcClusters(fake.client, {}, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsAbortError);
    expect(isEcsError(error, "aborted")).toBe(true);
    expect(error).toMatchObject({
      operation: "DescribeHpcClusters",
      message: "DescribeHpcClusters: aborted: user gave up",
    });
    expect(fake.calls).toHaveLength(0);
  });

  it.each([true, false])(
    "during the first wave (speculate: %s): cancels it, throws EcsAbortError, requests nothing more",
    async (speculate) => {
      const never = deferred(); // the page never answers unless its signal aborts
      const fake = fakeEcs({ items: 500, latency: () => never.promise });
      const controller = new AbortController();
      const pages = paginateDescribeHpcClusters(fake.client, {}, { signal: controller.signal, speculate });
      const first = pages.next();
      await flush();
      const wave = speculate ? DEFAULT_CONCURRENCY : 1;
      expect(fake.pages()).toEqual(Array.from({ length: wave }, (_, i) => i + 1));
      controller.abort();
      await expect(first).rejects.toBeInstanceOf(EcsAbortError);
      expect(fake.calls.every((c) => c.signal?.aborted && c.outcome === "aborted")).toBe(true);
      await sleep(5);
      expect(fake.calls).toHaveLength(wave);
      expect(await pages.next()).toEqual({ done: true, value: undefined });
    },
  );

  it("stops promptly even when the client ignores its signal, and still waits for it to settle", async () => {
    const slow = deferred();
    const fake = fakeEcs({ items: 500, latency: () => slow.promise, ignoreSignal: true });
    const controller = new AbortController();
    const first = paginateDescribeHpcClusters(fake.client, {}, { signal: controller.signal }).next();
    await flush();
    controller.abort();
    let settled = false;
    void first.catch(() => (settled = true));
    await flush();
    expect(settled).toBe(false); // waits for the in-flight call...
    slow.resolve();
    await expect(first).rejects.toBeInstanceOf(EcsAbortError); // ...then surfaces the abort, not the page
    expect(fake.calls).toHaveLength(DEFAULT_CONCURRENCY); // the first wave, nothing after the abort
  });

  it("after the first page, while the consumer holds it: cancels the pages in flight, starts no other", async () => {
    const fake = fakeEcs({ items: 1000, latency: (call) => (call.page === 1 ? 0 : 20) });
    const controller = new AbortController();
    const seen: number[] = [];
    const error = await (async () => {
      for await (const page of paginateDescribeHpcClusters(
        fake.client,
        {},
        { signal: controller.signal, concurrency: 3 },
      )) {
        seen.push(page.pageNumber);
        controller.abort();
        await sleep(30); // long enough for the in-flight pages to have answered, were they not cancelled
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsAbortError);
    expect(seen).toEqual([1]);
    expect(fake.pages()).toEqual([1, 2, 3, 4]);
    expect(fake.calls.slice(1).map((c) => c.outcome)).toEqual(["aborted", "aborted", "aborted"]);
    expect(fake.calls.every((c) => !c.abortedAtStart)).toBe(true);
    await sleep(5);
    expect(fake.calls).toHaveLength(4);
  });

  it("mid-listing with random latencies: no request starts after the abort", async () => {
    const fake = fakeEcs({ items: 5000, latency: (call) => call.page % 3 });
    const controller = new AbortController();
    let callsAtAbort = -1;
    const items: unknown[] = [];
    const error = await (async () => {
      for await (const item of iterateHpcClusters(fake.client, {}, { signal: controller.signal, concurrency: 5 })) {
        items.push(item);
        if (items.length === 1234) {
          controller.abort();
          callsAtAbort = fake.calls.length;
        }
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsAbortError);
    expect(items).toHaveLength(1234);
    await sleep(5);
    expect(fake.calls).toHaveLength(callsAtAbort);
    expect(fake.calls.some((c) => c.abortedAtStart)).toBe(false);
    expect(fake.stats.inFlight).toBe(0);
  });

  it("after the listing has finished: nothing to abort", async () => {
    const fake = fakeEcs({ items: 150 });
    const controller = new AbortController();
    const items = await collectHpcClusters(fake.client, {}, { signal: controller.signal, speculate: false });
    controller.abort();
    expect(items).toHaveLength(150);
    expect(fake.calls).toHaveLength(2);
  });
});

describe("leaving early", () => {
  it("break mid-listing cancels the pages in flight, and the loop exits once they settled", async () => {
    const fake = fakeEcs({ items: 10_000, latency: (call) => (call.page === 1 ? 0 : 50) });
    let count = 0;
    for await (const _ of iterateHpcClusters(fake.client, {}, { concurrency: 4 })) {
      if (++count === 10) break;
    }
    expect(fake.pages()).toEqual([1, 2, 3, 4, 5]);
    expect(fake.calls.slice(1).every((c) => c.signal?.aborted && c.outcome === "aborted")).toBe(true);
    expect(fake.stats.inFlight).toBe(0); // settled before the loop exited
    await sleep(5);
    expect(fake.calls).toHaveLength(5);
  });

  it("break on the last page has nothing to cancel", async () => {
    const fake = fakeEcs({ items: 250 });
    for await (const page of paginateDescribeHpcClusters(fake.client, {}, { speculate: false }))
      if (page.pageNumber === 3) break;
    expect(fake.calls.map((c) => c.outcome)).toEqual(["ok", "ok", "ok"]);
  });

  it("return() before the first next() requests nothing", async () => {
    const fake = fakeEcs({ items: 250 });
    const pages = paginateDescribeHpcClusters(fake.client, {});
    expect(await pages.return()).toEqual({ done: true, value: undefined });
    expect(await pages.next()).toEqual({ done: true, value: undefined });
    expect(fake.calls).toHaveLength(0);
  });
});
