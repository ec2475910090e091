import { describe, expect, it } from "vitest";
import { createEcsClient, isEcsError, operations, type OperationSpec, type ParamSpec } from "../src/index.ts";
import { checkParam, decodeParams } from "../src/params.ts";
import { creds, json, pageBody, scriptedFetch, caught } from "./helpers.ts";

function client() {
  const capture = scriptedFetch(json(pageBody()));
  return {
    ...capture,
    ecs: createEcsClient({ endpoint: "http://127.0.0.1:9", credentials: creds, fetch: capture.fetch }),
  };
}

const rejection = (promise: Promise<unknown>): Promise<Record<string, unknown>> => caught(promise);

describe("validation from the spec, before any request", () => {
  const cases: [string, Record<string, unknown>, { param: string; rule: string; code: string; message: RegExp }][] = [
    [
      "a missing RegionId (client without region)",
      {},
      { param: "RegionId", rule: "required", code: "MissingParameter.RegionId", message: /RegionId is required/ },
    ],
    [
      "101 cluster ids",
      { RegionId: "cn-hangzhou", HpcClusterIds: Array.from({ length: 101 }, (_, i) => `hpc-${i}`) },
      {
        param: "HpcClusterIds",
        rule: "maxItems",
        code: "InvalidHpcClusterIds.ExceedLimit",
        message: /at most 100 items \(got 101\)/,
      },
    ],
    [
      "an empty id list",
      { RegionId: "cn-hangzhou", HpcClusterIds: [] },
      { param: "HpcClusterIds", rule: "minItems", code: "MissingParameter.HpcClusterId", message: /at least 1 item/ },
    ],
    [
      "ids that are not strings",
      { RegionId: "cn-hangzhou", HpcClusterIds: [1, 2] },
      {
        param: "HpcClusterIds",
        rule: "malformed",
        code: "InvalidHpcClusterIds.Malformed",
        message: /\[0\] must be a string/,
      },
    ],
    [
      "ids as one string instead of an array",
      { RegionId: "cn-hangzhou", HpcClusterIds: '["hpc-a"]' },
      {
        param: "HpcClusterIds",
        rule: "malformed",
        code: "InvalidHpcClusterIds.Malformed",
        message: /must be an array/,
      },
    ],
    [
      "an empty id",
      { RegionId: "cn-hangzhou", HpcClusterIds: [""] },
      {
        param: "HpcClusterIds",
        rule: "minLength",
        code: "InvalidHpcClusterIds.Malformed",
        message: /\[0\] must be at least 1/,
      },
    ],
    [
      "a non-ASCII ClientToken",
      { RegionId: "cn-hangzhou", ClientToken: "tökén" },
      { param: "ClientToken", rule: "pattern", code: "Invalid.Parameter", message: /ClientToken must match/ },
    ],
    [
      "a 65-character ClientToken",
      { RegionId: "cn-hangzhou", ClientToken: "x".repeat(65) },
      {
        param: "ClientToken",
        rule: "maxLength",
        code: "Invalid.Parameter",
        message: /at most 64 characters long \(got 65\)/,
      },
    ],
    [
      "PageSize 0",
      { RegionId: "cn-hangzhou", PageSize: 0 },
      {
        param: "PageSize",
        rule: "minimum",
        code: "Invalid.Parameter",
        message: /PageSize must be at least 1 \(got 0\)/,
      },
    ],
    [
      "PageSize 101",
      { RegionId: "cn-hangzhou", PageSize: 101 },
      {
        param: "PageSize",
        rule: "maximum",
        code: "Invalid.Parameter",
        message: /PageSize must be at most 100 \(got 101\)/,
      },
    ],
    [
      "PageSize 1.5",
      { RegionId: "cn-hangzhou", PageSize: 1.5 },
      { param: "PageSize", rule: "malformed", code: "Invalid.Parameter", message: /must be an integer/ },
    ],
    [
      "PageSize as a string",
      { RegionId: "cn-hangzhou", PageSize: "10" },
      { param: "PageSize", rule: "malformed", code: "Invalid.Parameter", message: /must be an integer/ },
    ],
    [
      "PageNumber 0",
      { RegionId: "cn-hangzhou", PageNumber: 0 },
      { param: "PageNumber", rule: "minimum", code: "Invalid.Parameter", message: /PageNumber must be at least 1/ },
    ],
    [
      "PageNumber NaN",
      { RegionId: "cn-hangzhou", PageNumber: Number.NaN },
      { param: "PageNumber", rule: "malformed", code: "Invalid.Parameter", message: /must be an integer/ },
    ],
    [
      "a malformed RegionId",
      { RegionId: "CN HANGZHOU" },
      { param: "RegionId", rule: "pattern", code: "InvalidRegionId.NotFound", message: /RegionId must match/ },
    ],
    [
      "a misspelt parameter",
      { RegionId: "cn-hangzhou", Pagesize: 10 },
      {
        param: "Pagesize",
        rule: "unknown",
        code: "Invalid.Parameter",
        message: /Pagesize is not a parameter of DescribeHpcClusters/,
      },
    ],
  ];

  it.each(cases)(
    "%s raises a typed EcsValidationError naming the parameter and the rule",
    async (_, input, expected) => {
      const { ecs, requests } = client();
      const error = await rejection(ecs.describeHpcClusters(input as never));
      expect(isEcsError(error, "validation")).toBe(true);
      expect(error).toMatchObject({
        name: "EcsValidationError",
        kind: "validation",
        operation: "DescribeHpcClusters",
        param: expected.param,
        rule: expected.rule,
        code: expected.code,
      });
      expect(String(error)).toMatch(expected.message);
      expect(requests).toHaveLength(0);
    },
  );

  it("reports every violation at once, and the caller's input object is left untouched", async () => {
    const { ecs } = client();
    const input = { RegionId: "cn-hangzhou", PageSize: 0, PageNumber: 0 };
    const error = (await rejection(ecs.describeHpcClusters(input))) as { violations: { param: string }[] };
    expect(error.violations.map((v) => v.param).sort()).toEqual(["PageNumber", "PageSize"]);
    expect(input).toEqual({ RegionId: "cn-hangzhou", PageSize: 0, PageNumber: 0 });
  });

  it("accepts the boundaries", async () => {
    const { ecs, requests } = client();
    await ecs.describeHpcClusters({
      RegionId: "cn-hangzhou",
      PageSize: 1,
      PageNumber: 1,
      ClientToken: "x".repeat(64),
      HpcClusterIds: Array.from({ length: 100 }, (_, i) => `hpc-${i}`),
    });
    await ecs.describeHpcClusters({ RegionId: "cn-hangzhou", PageSize: 100, ClientToken: " ~" });
    expect(requests).toHaveLength(2);
  });

  it("counts string lengths in code points, as JSON Schema does, not UTF-16 units", () => {
    const param = operations.DescribeHpcClusters.params.OwnerAccount as ParamSpec; // maxLength 256, no pattern
    const astral = "\u{1F680}"; // one code point, two UTF-16 units
    expect(checkParam(param, astral.repeat(256))).toBeUndefined();
    expect(checkParam(param, astral.repeat(257))).toMatchObject({
      rule: "maxLength",
      message: expect.stringMatching(/at most 256 characters long \(got 257\)/),
    });
    // A lone surrogate is no character at all: malformed, whatever the length.
    expect(checkParam(param, "\uD800".repeat(2))).toMatchObject({ rule: "malformed", param: "OwnerAccount" });
  });

  it("rejects a non-object input", async () => {
    const { ecs, requests } = client();
    await expect(ecs.describeHpcClusters([] as never)).rejects.toMatchObject({ kind: "validation" });
    expect(requests).toHaveLength(0);
  });
});

/** A value that breaks exactly one constraint of a parameter, for every constraint the spec states. */
function breakingValues(param: ParamSpec): [string, unknown][] {
  const c = param.constraints;
  const out: [string, unknown][] = [];
  if (param.type === "array") {
    if (c.minItems !== undefined && c.minItems > 0) out.push(["minItems", []]);
    if (c.maxItems !== undefined) out.push(["maxItems", Array.from({ length: c.maxItems + 1 }, (_, i) => `id-${i}`)]);
    out.push(["malformed", "not-an-array"]);
    return out;
  }
  if (c.minimum !== undefined) out.push(["minimum", c.minimum - 1]);
  if (c.maximum !== undefined) out.push(["maximum", c.maximum + 1]);
  if (c.minLength !== undefined && c.minLength > 0) out.push(["minLength", ""]);
  if (c.maxLength !== undefined) out.push(["maxLength", "a".repeat(c.maxLength + 1)]);
  if (c.pattern !== undefined) {
    const regex = new RegExp(c.pattern, "u");
    const fits = (v: string) => [...v].length >= (c.minLength ?? 0) && [...v].length <= (c.maxLength ?? Infinity);
    const candidate = ["\u0000 ü", "https://example.com", "1-starts-with-a-digit", "has space"].find(
      (v) => fits(v) && !regex.test(v),
    );
    if (candidate === undefined) throw new Error(`no breaking value for the pattern of ${param.name}`);
    out.push(["pattern", candidate]);
  }
  out.push(["malformed", param.type === "string" ? 42 : "not-a-number"]);
  return out;
}

/** The smallest valid input of an operation: a value for every required parameter. */
function validInput(op: OperationSpec): Record<string, unknown> {
  const samples: Record<string, unknown> = {
    RegionId: "cn-hangzhou",
    HpcClusterId: "hpc-abc",
    Name: "cluster-1",
    Description: "a cluster",
  };
  const input: Record<string, unknown> = {};
  for (const param of Object.values(op.params)) if (param.required) input[param.name] = samples[param.name];
  if (op.requireOneOf) input[op.requireOneOf.params[0]!] ??= samples[op.requireOneOf.params[0]!];
  return input;
}

describe("every constraint of every operation in the spec", () => {
  it("valid inputs pass", async () => {
    const { ecs, requests } = client();
    for (const op of Object.values(operations as unknown as Record<string, OperationSpec>))
      await ecs.call(op.name as never, validInput(op) as never).catch(() => undefined);
    expect(requests).toHaveLength(Object.keys(operations).length);
  });

  for (const op of Object.values(operations as unknown as Record<string, OperationSpec>)) {
    for (const param of Object.values(op.params)) {
      for (const [rule, value] of breakingValues(param)) {
        it(`${op.name}.${param.name}: ${rule} is refused with the spec's code, before any request`, async () => {
          const { ecs, requests } = client();
          const error = (await rejection(
            ecs.call(op.name as never, { ...validInput(op), [param.name]: value } as never),
          )) as { kind: string; violations: { param: string; code: string }[] };
          expect(error.kind).toBe("validation");
          expect(error.violations).toHaveLength(1);
          const [violation] = error.violations;
          expect(violation!.param).toBe(param.name);
          expect(violation!.code).toBe(
            param.errors[rule as keyof typeof param.errors] ?? param.errors.any ?? "Invalid.Parameter",
          );
          expect(Object.keys(op.errors)).toContain(violation!.code);
          expect(requests).toHaveLength(0);
        });
      }
    }
  }
});

describe("decodeParams (the service's reading of wire strings)", () => {
  const op = operations.DescribeHpcClusters as unknown as OperationSpec;
  it("reads typed values", () => {
    expect(
      decodeParams(op, { RegionId: "cn-hangzhou", PageSize: "20", HpcClusterIds: '["a","b"]', Unknown: "x" }),
    ).toEqual({
      values: { RegionId: "cn-hangzhou", PageSize: 20, HpcClusterIds: ["a", "b"] },
      violations: [],
    });
  });
  it.each([
    [{ HpcClusterIds: "hpc-a,hpc-b" }, "HpcClusterIds", "InvalidHpcClusterIds.Malformed"],
    [{ HpcClusterIds: '{"a":1}' }, "HpcClusterIds", "InvalidHpcClusterIds.Malformed"],
    [{ HpcClusterIds: "[1,2]" }, "HpcClusterIds", "InvalidHpcClusterIds.Malformed"],
    [{ HpcClusterIds: "[]" }, "HpcClusterIds", "MissingParameter.HpcClusterId"],
    [{ PageSize: "ten" }, "PageSize", "Invalid.Parameter"],
    [{ PageSize: "1.5" }, "PageSize", "Invalid.Parameter"],
    [{ PageNumber: "0" }, "PageNumber", "Invalid.Parameter"],
  ])("%j is a violation of %s with code %s", (wire, param, code) => {
    const { violations } = decodeParams(op, { RegionId: "cn-hangzhou", ...wire });
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ param, code });
  });
  it("requires RegionId", () => {
    expect(decodeParams(op, {}).violations[0]).toMatchObject({
      param: "RegionId",
      code: "MissingParameter.RegionId",
      rule: "required",
    });
  });
});
