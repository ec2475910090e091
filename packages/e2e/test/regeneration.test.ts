// Regeneration as a tested property: copy the spec, add a made-up operation to the copy, run
// the generators on it, and check that the operation shows up typed in the client (its own
// module, its named types, a convenience method), validated before the network, and routed,
// validated and answered by the mock, which has no behaviour for it: no hand-written code.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { generate } from "@ecs-hpc/codegen";
import { createHpcService, mockCredentials } from "@ecs-hpc/msw";
import { behaviourFor } from "@ecs-hpc/msw/internal";
import { EMPTY_BODY_SHA256, formatAcsDate, signV3 } from "@ecs-hpc/core/signer";

const root = join(import.meta.dirname, "../../..");
const core = join(root, "packages/core");
// Inside packages/core so the copy resolves core's own dependencies (@noble/hashes; openapi-fetch, a dev and optional peer dependency, for the openapi-fetch entry).
const work = join(core, `.regen-${process.pid}`);

function specWithWidgets(): string {
  const spec = parse(readFileSync(join(root, "spec/ecs-hpc.openapi.yaml"), "utf8")) as any;
  const describe = spec.paths["/DescribeHpcClusters"].post;
  spec.paths["/DescribeHpcWidgets"] = {
    post: {
      operationId: "DescribeHpcWidgets",
      summary: "Lists the widgets of a region (made up for the regeneration test).",
      "x-acs-rpc": { action: "DescribeHpcWidgets", version: "2014-05-26", methods: ["POST"], operationType: "get" },
      parameters: [
        { $ref: "#/components/parameters/RegionId" },
        {
          name: "WidgetCount",
          in: "query",
          required: true,
          schema: { type: "integer", minimum: 1, maximum: 10 },
          "x-acs-errors": { any: "InvalidWidgetCount.OutOfRange" },
        },
        {
          name: "Colors",
          in: "query",
          schema: { type: "array", maxItems: 3, items: { type: "string" } },
          "x-acs-encoding": "json",
        },
      ],
      responses: {
        "200": {
          description: "Widgets.",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["RequestId", "Widgets"],
                properties: {
                  RequestId: { type: "string" },
                  Widgets: {
                    type: "object",
                    required: ["Widget"],
                    properties: {
                      Widget: {
                        type: "array",
                        items: { type: "object", required: ["WidgetId"], properties: { WidgetId: { type: "string" } } },
                      },
                    },
                  },
                },
              },
              example: { RequestId: "EXAMPLE", Widgets: { Widget: [{ WidgetId: "w-1" }] } },
            },
          },
        },
        "400": {
          description: "Refused.",
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/Error" },
              examples: {
                "InvalidWidgetCount.OutOfRange": {
                  value: {
                    Code: "InvalidWidgetCount.OutOfRange",
                    Message: "WidgetCount must be 1 to 10.",
                    RequestId: "x",
                  },
                },
                "MissingParameter.RegionId": { $ref: "#/components/examples/MissingParameter.RegionId" },
                "InvalidRegionId.NotFound": { $ref: "#/components/examples/InvalidRegionId.NotFound" },
                "Invalid.Parameter": { $ref: "#/components/examples/Invalid.Parameter" },
                SignatureDoesNotMatch: { $ref: "#/components/examples/SignatureDoesNotMatch" },
              },
            },
          },
        },
        "404": describe.responses["404"],
      },
    },
  };
  return stringify(spec);
}

// Generation (openapi-typescript) and a tsc run over a copy of core: seconds alone, much more on a
// loaded machine, so explicit budgets.
const budget = 180_000;
beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(core, "src"), join(work, "src"), { recursive: true, filter: (path) => !path.endsWith(".test.ts") });
  for (const [name, contents] of Object.entries(await generate(specWithWidgets()))) {
    mkdirSync(dirname(join(work, "src/generated", name)), { recursive: true });
    writeFileSync(join(work, "src/generated", name), contents);
  }
}, budget);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a made-up operation added to a copy of the spec", () => {
  it("gets a module of its own, and no behaviour in the mock", () => {
    expect(existsSync(join(work, "src/generated/operations/describe-hpc-widgets.ts"))).toBe(true);
    expect(behaviourFor("DescribeHpcWidgets")).toBeUndefined();
  });

  it("shows up typed in the client (type-checked with tsc)", { timeout: budget }, () => {
    writeFileSync(
      join(work, "src/widgets-usage.ts"),
      `import { createEcsClient, type ErrorCodeOf } from "./index.ts";
import { createEcsBaseClient } from "./base/index.ts";
import { describeHpcWidgets, type DescribeHpcWidgetsErrorCode, type DescribeHpcWidgetsInput } from "./generated/operations/describe-hpc-widgets.ts";
const ecs = createEcsClient({ regionId: "cn-hangzhou", credentials: { accessKeyId: "a", accessKeySecret: "b" } });
const base = createEcsBaseClient({ regionId: "cn-hangzhou", credentials: { accessKeyId: "a", accessKeySecret: "b" } });
export async function use(): Promise<string> {
  const out = await ecs.describeHpcWidgets({ WidgetCount: 3, Colors: ["red"] });
  const code: ErrorCodeOf<"DescribeHpcWidgets"> = "InvalidWidgetCount.OutOfRange";
  const named: DescribeHpcWidgetsErrorCode = code;
  // @ts-expect-error not a documented code of DescribeHpcWidgets
  const undocumented: DescribeHpcWidgetsErrorCode = "NotEmpty.HpcCluster";
  const input: DescribeHpcWidgetsInput = { WidgetCount: 2 };
  const viaModule = await describeHpcWidgets(base, input);
  // @ts-expect-error WidgetCount is an integer, not a string
  await ecs.describeHpcWidgets({ WidgetCount: "3" });
  // @ts-expect-error WidgetCount is required
  await ecs.describeHpcWidgets({});
  // @ts-expect-error WidgetCount is required
  await describeHpcWidgets(base, {});
  return out.Widgets.Widget[0]!.WidgetId + viaModule.Widgets.Widget.length + named + undocumented;
}
`,
    );
    writeFileSync(join(work, "tsconfig.json"), JSON.stringify({ extends: "../tsconfig.json", include: ["src"] }));
    execFileSync(join(core, "node_modules/.bin/tsc"), ["-p", join(work, "tsconfig.json"), "--noEmit"], {
      cwd: work,
      encoding: "utf8",
      timeout: budget,
    });
  });

  it("is validated before the network and routed and answered by the mock", { timeout: 60_000 }, async () => {
    const { createEcsClient, operations, isEcsError } = (await import(
      join(work, "src/index.ts")
    )) as typeof import("@ecs-hpc/core");
    const widgets = (operations as Record<string, any>).DescribeHpcWidgets;
    expect(widgets).toMatchObject({
      action: "DescribeHpcWidgets",
      method: "describeHpcWidgets",
      params: { WidgetCount: { required: true } },
    });

    const service = createHpcService({ operations: operations as never });
    const requests: Request[] = [];
    const ecs = createEcsClient({
      regionId: "cn-hangzhou",
      credentials: mockCredentials,
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        requests.push(request.clone());
        return service.handle(request);
      },
    }) as any;

    const out = await ecs.describeHpcWidgets({ WidgetCount: 3, Colors: ["red", "blue"] });
    expect(out.Widgets).toEqual({ Widget: [{ WidgetId: "w-1" }] });
    // The tree-shakable form: the base client and the operation's own generated module.
    const { createEcsBaseClient, fetchHandler } = (await import(
      join(work, "src/base/index.ts")
    )) as typeof import("@ecs-hpc/core/client");
    const { describeHpcWidgets } = (await import(join(work, "src/generated/operations/describe-hpc-widgets.ts"))) as {
      describeHpcWidgets: (client: unknown, input: unknown) => Promise<any>;
    };
    const base = createEcsBaseClient({
      regionId: "cn-hangzhou",
      credentials: mockCredentials,
      requestHandler: fetchHandler(async (input, init) => service.handle(new Request(input, init))),
    });
    expect((await describeHpcWidgets(base, { WidgetCount: 1 })).Widgets.Widget).toEqual([{ WidgetId: "w-1" }]);
    expect(out.RequestId).not.toBe("EXAMPLE");
    expect(new URL(requests[0]!.url).searchParams.get("Colors")).toBe('["red","blue"]');

    const refused = await ecs.describeHpcWidgets({ WidgetCount: 11 }).catch((e: unknown) => e);
    expect(isEcsError(refused, "validation")).toBe(true);
    expect(refused).toMatchObject({ param: "WidgetCount", code: "InvalidWidgetCount.OutOfRange" });
    expect(requests).toHaveLength(1);

    // The mock validates on its own: a correctly signed request the client would have refused.
    const query = new URLSearchParams({ RegionId: "cn-hangzhou", WidgetCount: "11" });
    const headers = {
      host: "ecs.cn-hangzhou.aliyuncs.com",
      "x-acs-action": "DescribeHpcWidgets",
      "x-acs-version": "2014-05-26",
      "x-acs-date": formatAcsDate(new Date()),
      "x-acs-signature-nonce": crypto.randomUUID(),
      "x-acs-content-sha256": EMPTY_BODY_SHA256,
    };
    const { authorization } = signV3({ method: "POST", query, headers, ...mockCredentials });
    const { host: _host, ...sent } = headers;
    const response = await service.handle(
      new Request(`https://ecs.cn-hangzhou.aliyuncs.com/?${query}`, {
        method: "POST",
        headers: { ...sent, authorization },
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      Code: "InvalidWidgetCount.OutOfRange",
      Message: "WidgetCount must be 1 to 10.",
    });
  });
});
