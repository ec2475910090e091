// The scale check: the real spec grown to N operations (scripts/grow-spec.ts: renamed copies with
// extra parameters, error codes, pagination and idempotency tokens) goes through the whole
// pipeline with no hand-written code: generate, build core with complete declarations, type-check
// a consumer against the built package (skipLibCheck off, so every declaration is checked), and
// serve every operation from the mock, which has behaviours for the 4 real operations only.
// `pnpm bench` measures the same pipeline at N = 400 and 1,000 (packages/bench/src/scale.ts).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate, moduleNameOf } from "@ecs-hpc/codegen";
import { createHpcService, mockCredentials } from "@ecs-hpc/msw";
import { collectItems } from "@ecs-hpc/paginate";
import { growSpec } from "../../../scripts/grow-spec.ts";

const N = 120;
const root = join(import.meta.dirname, "../../..");
const core = join(root, "packages/core");
// Inside packages/core so the copy resolves core's own dependencies (openapi-fetch, @noble/hashes, @types/node).
const work = join(core, `.scale-${process.pid}`);
const tsc = join(core, "node_modules/.bin/tsc");

type Spec = {
  name: string;
  method: string;
  params: Record<string, { required: boolean; errors: Record<string, string>; type: string }>;
  pagination: unknown;
  idempotencyToken: string | null;
};
let buildError: unknown;
let operations: Record<string, Spec & { successExample: Record<string, unknown>; errors: Record<string, unknown> }>;

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(core, "src"), join(work, "src"), {
    recursive: true,
    filter: (path) => !path.endsWith(".test.ts") && !path.includes("/generated/operations/"),
  });
  cpSync(join(core, "package.json"), join(work, "package.json"));
  writeFileSync(
    join(work, "tsconfig.json"),
    JSON.stringify({
      extends: "../../../tsconfig.base.json",
      compilerOptions: { rootDir: "src", outDir: "dist", types: ["node"] },
      include: ["src"],
    }),
  );
  const spec = JSON.stringify(growSpec(readFileSync(join(root, "spec/ecs-hpc.openapi.yaml"), "utf8"), N));
  for (const [name, contents] of Object.entries(await generate(spec))) {
    mkdirSync(dirname(join(work, "src/generated", name)), { recursive: true });
    writeFileSync(join(work, "src/generated", name), contents);
  }
  operations = ((await import(join(work, "src/index.ts"))) as { operations: typeof operations }).operations;
  // The build every test below reads (its outcome is asserted by the first one).
  try {
    typeCheck(join(work, "tsconfig.json"));
  } catch (error) {
    buildError = error;
  }
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs tsc; a failure shows tsc's own report. */
function typeCheck(project: string): void {
  try {
    execFileSync(tsc, ["-p", project], { cwd: dirname(project), encoding: "utf8" });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`tsc -p ${project} failed:\n${(stdout ?? "").slice(0, 4000)}${stderr ?? ""}`);
  }
}

/** A valid input for a grown operation (the copies keep the shape of the real operation they copy). */
function validInput(op: Spec): Record<string, unknown> {
  if (op.name.startsWith("Create")) return { Name: "cluster-1" };
  if (op.name.startsWith("Modify")) return { HpcClusterId: "hpc-bp1a5zr3u7nq9cx0001", Name: "renamed" };
  if (op.name.startsWith("Delete")) return { HpcClusterId: "hpc-bp1a5zr3u7nq9cx0001" };
  return {};
}

describe(`the spec grown to ${N} operations`, () => {
  it("has the variety of the real API", () => {
    const all = Object.values(operations);
    expect(all).toHaveLength(N);
    expect(all.filter((op) => op.pagination).length).toBeGreaterThan(N / 5);
    const tokens = all.filter((op) => op.idempotencyToken).length;
    expect(tokens).toBeGreaterThan(N / 4);
    expect(tokens).toBeLessThan(N);
    expect(all.filter((op) => Object.keys(op.params).some((p) => p.includes("Option"))).length).toBeGreaterThan(N / 2);
  });

  it("builds with complete declarations (no TS7056, one module per operation)", () => {
    expect(buildError).toBeUndefined();
    const declarations = readdirSync(join(work, "dist/generated/operations")).filter((file) => file.endsWith(".d.ts"));
    expect(declarations).toHaveLength(N + 1);
    const table = readFileSync(join(work, "dist/generated/operations.d.ts"), "utf8");
    for (const name of Object.keys(operations))
      expect(table).toContain(`readonly ${name}: ${name}Operation & OperationDocs<${name}ErrorCode>;`);
  }, 180_000);

  it("type-checks a consumer against the built package, skipLibCheck off, with names and codes intact", () => {
    expect(buildError).toBeUndefined();
    const grown = Object.values(operations).filter((op) => Object.keys(op.params).some((p) => p.includes("Option")));
    const paginated = Object.values(operations).find((op) => op.pagination && op.name !== "DescribeHpcClusters")!;
    const last = grown[grown.length - 1]!;
    const consumer = join(work, "consumer");
    mkdirSync(join(consumer, "node_modules/@ecs-hpc"), { recursive: true });
    symlinkSync(work, join(consumer, "node_modules/@ecs-hpc/core"), "dir");
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "es2022",
          module: "nodenext",
          moduleResolution: "nodenext",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ["node"],
        },
        include: ["*.ts"],
      }),
    );
    writeFileSync(
      join(consumer, "use.ts"),
      `import { createEcsBaseClient } from "@ecs-hpc/core/client";
import { ${paginated.method}, type ${paginated.name}Output } from "@ecs-hpc/core/operations/${moduleNameOf(paginated.name)}";
import { ${last.name}, type ${last.name}ErrorCode } from "@ecs-hpc/core/operations/${moduleNameOf(last.name)}";
import { createEcsClient, type ErrorCodeOf, type OperationName } from "@ecs-hpc/core";

const base = createEcsBaseClient({ regionId: "cn-hangzhou" });
export async function lean(): Promise<number> {
  const page: ${paginated.name}Output = await ${paginated.method}(base);
  // @ts-expect-error PageSize is an integer
  await ${paginated.method}(base, { PageSize: "10" });
  const code: ${last.name}ErrorCode = ${JSON.stringify(Object.keys(last.errors).at(-1))};
  // @ts-expect-error not a documented code of ${last.name}
  const wrong: ${last.name}ErrorCode = "Not.Documented";
  await base.send(${last.name}, ${JSON.stringify(validInput(last))});
  return page.TotalCount + code.length + wrong.length;
}

const ecs = createEcsClient({ regionId: "cn-hangzhou" });
export async function convenience(): Promise<string> {
  const name: OperationName = ${JSON.stringify(last.name)};
  // @ts-expect-error not an operation of the spec
  const unknown: OperationName = "DescribeNothing";
  const code: ErrorCodeOf<${JSON.stringify(last.name)}> = ${JSON.stringify(Object.keys(last.errors)[0])};
  // @ts-expect-error not a documented code
  const wrong: ErrorCodeOf<${JSON.stringify(last.name)}> = "Not.Documented";
  await ecs.${last.method}(${JSON.stringify(validInput(last))});
  return name + unknown + code + wrong;
}
`,
    );
    typeCheck(join(consumer, "tsconfig.json"));
  }, 180_000);

  it("the mock routes, validates and answers every operation, each with its documented example when it has no behaviour", async () => {
    const { createEcsBaseClient, fetchHandler, isEcsError } = (await import(
      join(work, "src/base/index.ts")
    )) as typeof import("@ecs-hpc/core/client");
    const service = createHpcService({ operations: operations as never });
    const base = createEcsBaseClient({
      regionId: "cn-hangzhou",
      credentials: mockCredentials,
      retry: false,
      requestHandler: fetchHandler(async (input, init) => service.handle(new Request(input, init))),
    });
    const real = new Set(["DescribeHpcClusters", "CreateHpcCluster", "ModifyHpcClusterAttribute", "DeleteHpcCluster"]);
    let answered = 0;
    for (const op of Object.values(operations)) {
      if (real.has(op.name)) continue;
      const out = (await base.send(op as never, validInput(op) as never)) as Record<string, unknown>;
      const { RequestId: _id, ...example } = op.successExample;
      expect(out, op.name).toMatchObject(example);
      expect(out.RequestId, op.name).not.toBe(op.successExample.RequestId);
      answered += 1;
    }
    expect(answered).toBe(N - real.size);

    // A grown parameter's own documented code, before the network.
    const withOption = Object.values(operations).find((op) =>
      Object.values(op.params).some((p) => p.type === "integer" && p.errors.any?.includes("Option")),
    )!;
    const [param, spec] = Object.entries(withOption.params).find(
      ([, p]) => p.type === "integer" && p.errors.any?.includes("Option"),
    )!;
    const refused = await base
      .send(withOption as never, { ...validInput(withOption), [param]: 0 } as never)
      .catch((error: unknown) => error);
    expect(isEcsError(refused, "validation")).toBe(true);
    expect(refused).toMatchObject({ param, code: spec.errors.any });

    // paginate lists a grown paginated operation through send, from that operation's pagination.
    const paginated = Object.values(operations).find((op) => op.pagination && !real.has(op.name))!;
    const items = await collectItems(base as never, paginated as never, {});
    expect(items).toHaveLength(2);
  }, 120_000);
});
