// Every answer the mock produces, success and error, for every operation, validated against the
// response schemas of the spec (OpenAPI 3.1 = JSON Schema 2020-12), with local $refs resolved here.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import type { OperationName } from "@ecs-hpc/core";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { useMockService } from "./support/mock-server.ts";
import { scenariosByOperation } from "./support/scenarios.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const specPath = fileURLToPath(new URL("../../../spec/ecs-hpc.openapi.yaml", import.meta.url));
const spec = parse(readFileSync(specPath, "utf8")) as Json;

/** Replaces every local `$ref` with (a copy of) its target; sibling keys are kept. */
function resolveRefs(node: Json, seen: readonly string[] = []): Json {
  if (Array.isArray(node)) return node.map((item) => resolveRefs(item, seen));
  if (node === null || typeof node !== "object") return node;
  const { $ref, ...rest } = node;
  let resolved: { [key: string]: Json } = {};
  if (typeof $ref === "string") {
    if (!$ref.startsWith("#/")) throw new Error(`only local $refs are supported: ${$ref}`);
    if (seen.includes($ref)) throw new Error(`circular $ref ${$ref}`);
    let target: Json = spec;
    for (const part of $ref.slice(2).split("/"))
      target = (target as { [key: string]: Json })[part.replace(/~1/g, "/").replace(/~0/g, "~")] as Json;
    if (target === undefined) throw new Error(`unresolved $ref ${$ref}`);
    resolved = resolveRefs(target, [...seen, $ref]) as { [key: string]: Json };
  }
  for (const [key, value] of Object.entries(rest)) resolved[key] = resolveRefs(value, seen);
  return resolved;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addKeyword("example");
ajv.addFormat("int32", {
  type: "number",
  validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
});
ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });

type ResolvedSpec = {
  paths: Record<
    string,
    { post: { operationId: string; responses: Record<string, { content: { "application/json": { schema: Json } } }> } }
  >;
};
const resolved = resolveRefs(spec) as unknown as ResolvedSpec;

/** The response validators of one operation, by HTTP status. */
function validatorsOf(name: string): Map<number, ValidateFunction> {
  const operation = resolved.paths[`/${name}`]?.post;
  if (!operation) throw new Error(`the spec has no POST /${name}`);
  return new Map(
    Object.entries(operation.responses).map(([status, response]) => [
      Number(status),
      ajv.compile(response.content["application/json"].schema as object),
    ]),
  );
}

const { store, withOptions } = useMockService({ clusters: 25 });
const names = Object.keys(scenariosByOperation) as OperationName[];

describe.each(names)("every %s answer matches the spec's response schema for its status", (name) => {
  const validators = validatorsOf(name);

  it("the spec has a schema for 200 and every error status", () => {
    expect([...validators.keys()].sort()).toEqual([200, 400, 403, 404, 500, 503]);
  });

  it.each(scenariosByOperation[name].map((s) => [s.name, s] as const))("%s", async (_name, scenario) => {
    if (scenario.handlers) withOptions(scenario.handlers);
    const answer = await scenario.run({ store });
    const validate = validators.get(answer.status);
    expect(validate, `the spec documents HTTP ${answer.status}`).toBeDefined();
    const valid = validate?.(answer.body);
    expect(valid, ajv.errorsText(validate?.errors)).toBe(true);
    if (answer.status !== 200)
      expect(Object.keys(answer.body).sort()).toEqual(["Code", "HostId", "Message", "Recommend", "RequestId"]);
  });
});

describe("the validators are not vacuous", () => {
  it("rejects a Describe body that breaks the schema", () => {
    const validators = validatorsOf("DescribeHpcClusters");
    const validate = validators.get(200);
    expect(
      validate?.({
        RequestId: "x",
        PageNumber: 1,
        PageSize: 10,
        TotalCount: 1,
        HpcClusters: { HpcCluster: [{ Name: "no id" }] },
      }),
    ).toBe(false);
    expect(validate?.({ RequestId: "x", PageNumber: 1, PageSize: 10, TotalCount: 1, HpcClusters: [] })).toBe(false);
    expect(validators.get(400)?.({ Code: "X", RequestId: "y" })).toBe(false);
  });

  it("rejects a Create body without the cluster id, and Modify/Delete bodies without a RequestId", () => {
    expect(validatorsOf("CreateHpcCluster").get(200)?.({ RequestId: "x" })).toBe(false);
    expect(validatorsOf("CreateHpcCluster").get(200)?.({ RequestId: "x", HpcClusterId: "hpc-x" })).toBe(true);
    expect(validatorsOf("ModifyHpcClusterAttribute").get(200)?.({})).toBe(false);
    expect(validatorsOf("DeleteHpcCluster").get(200)?.({ RequestId: 1 })).toBe(false);
  });
});
