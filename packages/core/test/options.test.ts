// Client and per-call options: nonsense numbers are refused where they are given, before any
// request; odd but valid ones (fractional, beyond the timers' range) behave.
import { describe, expect, it } from "vitest";
import { createEcsClient, fetchHandler } from "../src/index.ts";
import { caught, creds, json, pageBody, scriptedFetch } from "./helpers.ts";

const base = { regionId: "cn-hangzhou", credentials: creds } as const;

describe("numeric options are checked when given", () => {
  it.each([
    [{ timeoutMs: 0 }, /timeoutMs must be a number of milliseconds above 0 \(Infinity for none\) \(got 0\)/],
    [{ timeoutMs: Number.NaN }, /timeoutMs must be .* \(got NaN\)/],
    [{ timeoutMs: "5000" }, /timeoutMs must be .* \(got "5000"\)/],
    [{ deadlineMs: -1 }, /deadlineMs must be .* \(got -1\)/],
    [{ retry: { maxAttempts: 0 } }, /retry\.maxAttempts must be a whole number of attempts, at least 1 \(got 0\)/],
    [{ retry: { maxAttempts: 2.5 } }, /retry\.maxAttempts .* \(got 2\.5\)/],
    [{ retry: { baseDelayMs: -5 } }, /retry\.baseDelayMs must be a number of milliseconds, at least 0/],
    [{ retry: { budget: Number.NaN } }, /retry\.budget/],
    [{ retry: true }, /retry must be an object of retry options or false/],
  ])("createEcsClient(%o) throws a TypeError naming the option", (options, message) => {
    expect(() => createEcsClient({ ...base, ...(options as object) })).toThrow(TypeError);
    expect(() => createEcsClient({ ...base, ...(options as object) })).toThrow(message);
  });

  it("per call: a bad timeoutMs or deadlineMs rejects before any request", async () => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    const ecs = createEcsClient({ ...base, fetch });
    const error = await caught(ecs.describeHpcClusters({}, { timeoutMs: -1 }));
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).toMatch(/describeHpcClusters: timeoutMs must be/);
    expect(String(await caught(ecs.describeHpcClusters({}, { deadlineMs: 0 })))).toMatch(/deadlineMs must be/);
    expect(requests).toHaveLength(0);
  });

  it.each([
    [
      { "x-trace": "a\r\nx-acs-action: DeleteHpcCluster" },
      /value of header x-trace must be a string of characters HTTP allows/,
    ],
    [{ "bad name": "v" }, /"bad name" is not a valid header name/],
    [{ "x-n": 5 }, /value of header x-n must be a string/],
  ])("per call: extra headers %o are refused before any request", async (headers, message) => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    const ecs = createEcsClient({ ...base, fetch });
    const error = await caught(ecs.describeHpcClusters({}, { headers: headers as never }));
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).toMatch(message);
    expect(requests).toHaveLength(0);
  });

  it("valid extra headers are sent", async () => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    await createEcsClient({ ...base, fetch }).describeHpcClusters({}, { headers: { "X-Trace-Id": "abc 123" } });
    expect(requests[0]?.headers.get("x-trace-id")).toBe("abc 123");
  });

  it("Infinity means no timeout and no deadline", async () => {
    const { fetch } = scriptedFetch(json(pageBody({ TotalCount: 3 })));
    const ecs = createEcsClient({ ...base, fetch, timeoutMs: Infinity, deadlineMs: Infinity });
    expect((await ecs.describeHpcClusters({})).TotalCount).toBe(3);
  });
});

describe("timeouts the timers cannot take as they are", () => {
  // An answer after 60 ms, honouring the abort signal it is given.
  const slow = (body: unknown) => (_: Request, signal: AbortSignal) =>
    new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => resolve(json(body)), 60);
      signal.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
    });

  it("a timeout beyond 2^31 - 1 ms does not fire at once (timers would treat it as 1 ms)", async () => {
    const { fetch } = scriptedFetch(slow(pageBody({ TotalCount: 4 })));
    const ecs = createEcsClient({ ...base, requestHandler: fetchHandler(fetch), timeoutMs: 2 ** 40, retry: false });
    expect((await ecs.describeHpcClusters({})).TotalCount).toBe(4);
  });

  it("a fractional remaining deadline still times out as a timeout", async () => {
    const { fetch } = scriptedFetch(slow(pageBody()));
    const ecs = createEcsClient({ ...base, requestHandler: fetchHandler(fetch), timeoutMs: 10.5, retry: false });
    expect(await caught(ecs.describeHpcClusters({}))).toMatchObject({ kind: "timeout" });
  });
});
