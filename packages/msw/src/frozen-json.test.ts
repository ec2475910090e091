import { describe, expect, it } from "vitest";
import { bodyJson, freezeWithJson } from "./frozen-json.ts";

describe("frozen JSON bodies", () => {
  it("keeps the text JSON.stringify gives and freezes the body all the way down", () => {
    const body = freezeWithJson({ TotalCount: 1, HpcClusters: { HpcCluster: [{ HpcClusterId: "hpc-1", Name: "a" }] } });
    expect(bodyJson(body)).toBe(JSON.stringify(body));
    expect(Object.isFrozen(body.HpcClusters.HpcCluster[0])).toBe(true);
    expect(() => {
      (body.HpcClusters.HpcCluster as { Name: string }[]).push({ Name: "b" } as never);
    }).toThrow(TypeError);
    expect(bodyJson(body)).toBe(JSON.stringify(body));
  });

  it("serialises any other body as it is now", () => {
    const body: Record<string, unknown> = { a: 1 };
    expect(bodyJson(body)).toBe('{"a":1}');
    body.a = 2;
    expect(bodyJson(body)).toBe('{"a":2}');
  });
});
