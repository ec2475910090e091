// Input checks that cannot be sidestepped: inherited keys are unknown parameters and unknown
// operations, lone surrogates are validation errors naming the parameter (not a raw URIError),
// and per-call header values HTTP refuses are a TypeError before any request. Nothing else
// escapes: whatever a caller gets is an EcsError or a documented TypeError.
import { createEcsFetchClient } from "../src/openapi-fetch.ts";
import { describe, expect, it } from "vitest";
import { createEcsClient, EcsValidationError, isEcsError } from "../src/index.ts";
import { caught, creds, json, pageBody, scriptedFetch } from "./helpers.ts";

const make = () => {
  const scripted = scriptedFetch(json(pageBody()));
  const ecs = createEcsClient({
    regionId: "cn-hangzhou",
    credentials: creds,
    fetch: scripted.fetch,
    retry: { maxAttempts: 3, baseDelayMs: 0 },
  });
  return { ecs, requests: scripted.requests };
};

const INHERITED = [
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "__proto__",
  "__defineGetter__",
];

describe("inherited keys", () => {
  it.each(INHERITED)("%s in the input is an unknown parameter, and nothing is sent", async (key) => {
    const { ecs, requests } = make();
    // JSON.parse makes `__proto__` an own key, as input read from a file or a request would be.
    const input = JSON.parse(`{ ${JSON.stringify(key)}: "x", "PageSize": 10 }`);
    const error = await caught(ecs.describeHpcClusters(input));
    expect(error).toBeInstanceOf(EcsValidationError);
    expect(error).toMatchObject({ param: key, rule: "unknown", code: "Invalid.Parameter" });
    expect(requests).toHaveLength(0);
  });

  it.each(INHERITED)("ecs.call(%o) is an unknown operation (TypeError), and nothing is sent", async (name) => {
    const { ecs, requests } = make();
    const error = await caught(ecs.call(name as never, {} as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(`unknown operation ${JSON.stringify(name)}`);
    expect(requests).toHaveLength(0);
  });

  it("a non-string operation name is an unknown operation too", async () => {
    const { ecs } = make();
    expect(await caught(ecs.call({ toString: () => "DescribeHpcClusters" } as never, {} as never))).toBeInstanceOf(
      TypeError,
    );
  });

  it("an inherited key on the openapi-fetch path is refused the same way", async () => {
    const { ecs, requests } = make();
    const error = await caught(
      createEcsFetchClient(ecs).POST("/DescribeHpcClusters", { params: { query: JSON.parse('{"constructor": "x"}') } }),
    );
    expect(error).toMatchObject({ kind: "validation", param: "constructor", rule: "unknown" });
    expect(requests).toHaveLength(0);
  });
});

describe("lone surrogates", () => {
  it.each([
    ["a plain string parameter", { OwnerAccount: "ab\uD800cd" }, "OwnerAccount"],
    ["a trailing low surrogate", { OwnerAccount: "x\uDFFF" }, "OwnerAccount"],
    ["an item of a list parameter", { HpcClusterIds: ["hpc-1", "hpc-\uDC00"] }, "HpcClusterIds"],
  ])("in %s are a validation error naming it, not a URIError", async (_, input, param) => {
    const { ecs, requests } = make();
    const error = await caught(ecs.describeHpcClusters(input as never));
    expect(error).toBeInstanceOf(EcsValidationError);
    expect(error).toMatchObject({ param, rule: "malformed" });
    expect(error.message).toContain("lone surrogate");
    expect(requests).toHaveLength(0);
  });

  it("in a pattern-checked parameter (CreateHpcCluster Name) too", async () => {
    const { ecs } = make();
    expect(await caught(ecs.createHpcCluster({ Name: "name\uD83D" }))).toMatchObject({
      kind: "validation",
      param: "Name",
      rule: "malformed",
    });
  });

  it("on the openapi-fetch path, before openapi-fetch could throw a URIError", async () => {
    const { ecs, requests } = make();
    const error = await caught(
      createEcsFetchClient(ecs).POST("/DescribeHpcClusters", {
        params: { query: { RegionId: "cn-hangzhou", OwnerAccount: "\uD800" } },
      }),
    );
    expect(error).toMatchObject({ kind: "validation", param: "OwnerAccount", rule: "malformed" });
    expect(requests).toHaveLength(0);
  });

  it("a well-formed astral character is fine", async () => {
    const { ecs, requests } = make();
    await ecs.describeHpcClusters({ OwnerAccount: "rocket-\u{1F680}" });
    expect(new URL(requests[0]!.url).searchParams.get("OwnerAccount")).toBe("rocket-\u{1F680}");
  });
});

describe("per-call header values", () => {
  it.each([
    ["a line feed", "a\nb"],
    ["a NUL", "a\0b"],
    ["another control character", "a\u0001b"],
    ["DEL", "a\u007fb"],
    ["a character above U+00FF", "caf\u0113"],
    ["a lone surrogate", "\uD800"],
    ["a non-string", 42],
  ])("%s is a TypeError before any request, never a retried network error", async (_, value) => {
    const { ecs, requests } = make();
    const error = await caught(ecs.describeHpcClusters({}, { headers: { "x-trace": value as string } }));
    expect(error).toBeInstanceOf(TypeError);
    expect(isEcsError(error)).toBe(false);
    expect(error.message).toMatch(/value of header x-trace must be a string of characters HTTP allows/);
    expect(requests).toHaveLength(0);
  });

  it("tab, space and Latin-1 (obs-text) are values HTTP allows, and are sent", async () => {
    const { ecs, requests } = make();
    await ecs.describeHpcClusters({}, { headers: { "x-trace": "a\tb c" } });
    expect(requests[0]?.headers.get("x-trace")).toBe("a\tb c");
  });

  it("headers given as an array are refused", async () => {
    const { ecs } = make();
    expect(await caught(ecs.describeHpcClusters({}, { headers: [["x-a", "b"]] as never }))).toBeInstanceOf(TypeError);
  });
});
