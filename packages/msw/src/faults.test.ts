import { describe, expect, it } from "vitest";
import { createFaultPlan, type FaultDecision } from "./faults.ts";

const sequence = (plan: ReturnType<typeof createFaultPlan>, n: number): FaultDecision[] =>
  Array.from({ length: n }, () => plan.next());

describe("createFaultPlan", () => {
  const options = {
    throttleRate: 0.1,
    unavailableRate: 0.1,
    internalErrorRate: 0.1,
    dropRate: 0.1,
    dropAfterCommitRate: 0.1,
    latencyMs: [5, 50] as const,
  };

  it("same seed, same sequence; another seed, another", () => {
    const a = sequence(createFaultPlan({ ...options, seed: 11 }), 200);
    expect(sequence(createFaultPlan({ ...options, seed: 11 }), 200)).toEqual(a);
    expect(sequence(createFaultPlan({ ...options, seed: 12 }), 200)).not.toEqual(a);
  });

  it("reset() restarts the sequence", () => {
    const plan = createFaultPlan({ ...options, seed: "s" });
    const first = sequence(plan, 20);
    plan.reset();
    expect(sequence(plan, 20)).toEqual(first);
  });

  it("honours the rates and the latency range", () => {
    const decisions = sequence(createFaultPlan({ ...options, seed: 5 }), 20_000);
    const share = (pick: (d: FaultDecision) => boolean) => decisions.filter(pick).length / decisions.length;
    for (const kind of ["throttle", "unavailable", "internalError", "drop"] as const)
      expect(share((d) => d.fault === kind)).toBeCloseTo(0.1, 1);
    expect(share((d) => d.fault === null)).toBeCloseTo(0.6, 1);
    expect(share((d) => d.dropAfterCommit)).toBeCloseTo(0.1, 1);
    expect(Math.min(...decisions.map((d) => d.latencyMs))).toBe(5);
    expect(Math.max(...decisions.map((d) => d.latencyMs))).toBe(50);
  });

  it("with no rates never faults and adds no latency", () => {
    expect(
      sequence(createFaultPlan({}), 100).every((d) => d.fault === null && !d.dropAfterCommit && d.latencyMs === 0),
    ).toBe(true);
    expect(sequence(createFaultPlan({ latencyMs: 30 }), 10).every((d) => d.latencyMs === 30)).toBe(true);
  });

  it("limits faults to the listed actions", () => {
    const plan = createFaultPlan({ actions: ["DescribeHpcClusters"] });
    expect(plan.appliesTo("DescribeHpcClusters")).toBe(true);
    expect(plan.appliesTo("CreateHpcCluster")).toBe(false);
    expect(plan.appliesTo(undefined)).toBe(false);
    expect(createFaultPlan({}).appliesTo(undefined)).toBe(true);
  });

  it("refuses impossible options", () => {
    expect(() => createFaultPlan({ throttleRate: 1.5 })).toThrow(RangeError);
    expect(() => createFaultPlan({ dropRate: -0.1 })).toThrow(RangeError);
    expect(() => createFaultPlan({ throttleRate: 0.6, unavailableRate: 0.6 })).toThrow(/must not exceed 1/);
    expect(() => createFaultPlan({ latencyMs: [50, 10] })).toThrow(RangeError);
    expect(() => createFaultPlan({ retryAfterMs: -1 })).toThrow(RangeError);
  });
});
