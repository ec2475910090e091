import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildOperationTable, generate, moduleNameOf, parseSpec } from "../src/index.ts";

const root = join(import.meta.dirname, "../../..");
const specText = readFileSync(join(root, "spec/ecs-hpc.openapi.yaml"), "utf8");
/** Parsed once; every test that edits it works on its own `structuredClone`. */
const parsedSpec = parseSpec(specText);
/** A generation runs openapi-typescript and the TypeScript printer: seconds on a loaded machine. */
const generationBudget = { timeout: 60_000 };

describe("the committed generated output", () => {
  it(
    "matches a fresh generation of the spec (run `pnpm generate` and commit when this fails)",
    generationBudget,
    async () => {
      const files = await generate(specText);
      for (const [name, contents] of Object.entries(files)) {
        expect(readFileSync(join(root, "packages/core/src/generated", name), "utf8"), name).toBe(contents);
      }
    },
  );

  it("is deterministic", generationBudget, async () => {
    const first = await generate(specText);
    expect(await generate(specText)).toEqual(first);
  });
});

describe("the operation modules", () => {
  it("are named after their operation in kebab case", () => {
    expect(moduleNameOf("DescribeHpcClusters")).toBe("describe-hpc-clusters");
    expect(moduleNameOf("DescribeECSInstances")).toBe("describe-ecs-instances");
    expect(moduleNameOf("CreateV2Disk")).toBe("create-v2-disk");
  });

  it("are one per operation, typed with named types and no reference to another operation", async () => {
    const files = await generate(specText);
    const names = Object.keys(buildOperationTable(parseSpec(specText)).operations);
    for (const name of names) {
      const text = files[`operations/${moduleNameOf(name)}.ts`]!;
      expect(text, name).toContain(`export const ${name}: ${name}Operation = {`);
      for (const type of ["Input", "Output", "ErrorCode", "Operation"])
        expect(text, name).toMatch(new RegExp(`export (type|interface) ${name}${type}\\b`));
      for (const other of names.filter((n) => n !== name))
        expect(text, `${name} mentions ${other}`).not.toContain(`operations["${other}"]`);
    }
    expect(Object.keys(files).filter((f) => f.startsWith("operations/"))).toHaveLength(names.length + 1);
  });

  it("give the tables explicit types, never `as const` literals (no TS7056 at any size)", async () => {
    const files = await generate(specText);
    for (const name of ["client-operations.ts", "operations.ts", "methods.ts"])
      expect(files[name], name).not.toContain("as const");
  });

  it("copy this package's operation-spec.ts for core", async () => {
    const files = await generate(specText);
    expect(files["operation-spec.ts"]).toContain(
      readFileSync(join(import.meta.dirname, "../src/operation-spec.ts"), "utf8"),
    );
  });
});

describe("the CLI", () => {
  const cli = join(import.meta.dirname, "../src/cli.ts");
  const spec = join(root, "spec/ecs-hpc.openapi.yaml");
  const run = (out: string, ...flags: string[]) =>
    spawnSync(process.execPath, [cli, "--spec", spec, "--out", out, ...flags], { encoding: "utf8" });

  it("writes every module, and removes the module of an operation the spec no longer has (--check reports it)", () => {
    const out = mkdtempSync(join(tmpdir(), "codegen-cli-"));
    try {
      expect(run(out).status).toBe(0);
      expect(existsSync(join(out, "operations/describe-hpc-clusters.ts"))).toBe(true);
      expect(run(out, "--check").status).toBe(0);
      mkdirSync(join(out, "operations"), { recursive: true });
      writeFileSync(join(out, "operations/describe-gone-things.ts"), "// an operation removed from the spec\n");
      const check = run(out, "--check");
      expect(check.status).toBe(1);
      expect(check.stderr).toContain("describe-gone-things.ts");
      expect(run(out).status).toBe(0);
      expect(existsSync(join(out, "operations/describe-gone-things.ts"))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("the operation table read from the spec", () => {
  const table = buildOperationTable(structuredClone(parsedSpec));
  const op = table.operations.DescribeHpcClusters!;

  it("has the documented constraints and defaults", () => {
    expect(op).toMatchObject({
      action: "DescribeHpcClusters",
      version: "2014-05-26",
      method: "describeHpcClusters",
      path: "/DescribeHpcClusters",
      idempotencyToken: "ClientToken",
    });
    expect(op.params.RegionId).toMatchObject({ required: true });
    expect(op.params.ClientToken?.constraints).toMatchObject({ maxLength: 64 });
    expect(op.params.HpcClusterIds).toMatchObject({ type: "array", encoding: "json", constraints: { maxItems: 100 } });
    expect(op.params.PageNumber).toMatchObject({ default: 1, constraints: { minimum: 1 } });
    expect(op.params.PageSize).toMatchObject({ default: 10, constraints: { minimum: 1, maximum: 100 } });
    expect(op.pagination).toEqual({
      style: "PageNumber",
      pageNumber: "PageNumber",
      pageSize: "PageSize",
      totalCount: "TotalCount",
      items: "HpcClusters.HpcCluster",
      itemId: "HpcClusterId",
      maxPageSize: 100,
      defaultPageSize: 10,
    });
  });

  it("lists the five documented error codes with their statuses and messages", () => {
    expect(op.errors["InvalidRegionId.NotFound"]).toMatchObject({
      status: 400,
      message: 'The specified parameter "RegionId" is not valid.',
    });
    for (const code of [
      "MissingParameter.HpcClusterId",
      "InvalidHpcClusterIds.ExceedLimit",
      "InvalidHpcClusterIds.Malformed",
      "Invalid.Parameter",
    ])
      expect(op.errors[code]?.status).toBe(400);
    expect(op.errors["InvalidHpcClusterIds.ExceedLimit"]?.message).toBe(
      "The amount of specified specified hpc cluster ids exceeds the limit.",
    );
  });

  it("reduces the 200 schema to its required fields (successShape), nested and through $refs", () => {
    expect(op.successShape).toEqual({
      RequestId: "string",
      PageNumber: "integer",
      PageSize: "integer",
      TotalCount: "integer",
      HpcClusters: { HpcCluster: [{ HpcClusterId: "string", Name: "string" }] },
    });
    expect(table.operations.CreateHpcCluster?.successShape).toEqual({ HpcClusterId: "string", RequestId: "string" });
  });

  it("carries the endpoint pattern, overrides and regions", () => {
    expect(table.endpoints.pattern).toBe("ecs.{regionId}.aliyuncs.com");
    expect(table.endpoints.overrides["cn-hangzhou-finance"]).toBe("ecs.aliyuncs.com");
    expect(table.endpoints.regions).toContain("cn-hangzhou");
  });
});

describe("spec mistakes are reported, not generated", () => {
  const mutate = (edit: (spec: any) => void) => {
    const spec = structuredClone(parsedSpec) as any;
    edit(spec);
    return () => buildOperationTable(spec);
  };
  const describeOp = (spec: any) => spec.paths["/DescribeHpcClusters"].post;

  it.each([
    [
      "a pseudo-path that is not the action",
      (s: any) => {
        s.paths["/Other"] = s.paths["/DescribeHpcClusters"];
        delete s.paths["/DescribeHpcClusters"];
      },
      /pseudo-path \/DescribeHpcClusters/,
    ],
    [
      "a body parameter",
      (s: any) => {
        describeOp(s).parameters.push({ name: "X", in: "header", schema: { type: "string" } });
      },
      /in: query/,
    ],
    [
      "an array without JSON encoding",
      (s: any) => {
        delete describeOp(s).parameters[2]["x-acs-encoding"];
      },
      /x-acs-encoding: json/,
    ],
    [
      "an error rule naming an undocumented code",
      (s: any) => {
        describeOp(s).parameters[2]["x-acs-errors"].maxItems = "Made.Up";
      },
      /names Made.Up/,
    ],
    [
      "an error example whose Code differs from its name",
      (s: any) => {
        describeOp(s).responses["400"].content["application/json"].examples[
          "InvalidHpcClusterIds.Malformed"
        ].value.Code = "X";
      },
      /has Code X/,
    ],
    [
      "a duplicated parameter",
      (s: any) => {
        describeOp(s).parameters.push({ $ref: "#/components/parameters/RegionId" });
      },
      /listed twice/,
    ],
    [
      "a dangling $ref",
      (s: any) => {
        describeOp(s).parameters.push({ $ref: "#/components/parameters/Nope" });
      },
      /unresolved \$ref/,
    ],
    [
      "pagination without a page size maximum",
      (s: any) => {
        delete describeOp(s).parameters[4].schema.maximum;
      },
      /needs a maximum/,
    ],
    [
      "a required response field without a definition",
      (s: any) => {
        s.components.schemas.DescribeHpcClustersResponse.required.push("Ghost");
      },
      /required property Ghost is not defined/,
    ],
    [
      "a 200 schema that is not an object",
      (s: any) => {
        s.components.schemas.DescribeHpcClustersResponse = { type: "string" };
      },
      /the 200 schema must be an object/,
    ],
  ])("%s", (_, edit, message) => {
    expect(mutate(edit)).toThrow(message);
  });
});
