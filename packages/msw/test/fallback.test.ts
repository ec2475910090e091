// A table injected with the `operations` option: a made-up operation that this package has no
// behaviour for is still routed, signature-checked, validated with its own documented codes, and
// answered with its documented 200 example under a fresh RequestId. This is what lets a
// regenerated spec's new operation be served before anyone writes its behaviour.
import { operations, type OperationSpec } from "@ecs-hpc/core";
import { http, passthrough } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createHpcHandlers, createHpcStore, hpcError, mockCredentials, type OperationTable } from "../src/index.ts";
import { behaviourFor } from "../src/internal.ts";
import { startMockServer } from "../src/server.ts";
import { call, v1, v3 } from "./support/wire.ts";

const WIDGETS = "DescribeHpcWidgets";

const describeHpcWidgets = {
  name: WIDGETS,
  method: "describeHpcWidgets",
  action: WIDGETS,
  version: "2014-05-26",
  path: `/${WIDGETS}`,
  httpMethods: ["POST", "GET"],
  operationType: "get",
  summary: "Lists the widgets of a region (made up for this test).",
  params: {
    RegionId: {
      name: "RegionId",
      required: true,
      type: "string",
      encoding: "plain",
      constraints: { minLength: 1, maxLength: 64, pattern: "^[a-z0-9][a-z0-9-]*$" },
      errors: { required: "MissingParameter.RegionId" },
      sdkOnly: false,
    },
    // The spec's own ClientToken, so the made-up operation follows any change to it.
    ClientToken: operations.DescribeHpcClusters.params.ClientToken!,
    WidgetCount: {
      name: "WidgetCount",
      required: false,
      type: "integer",
      encoding: "plain",
      constraints: { minimum: 1, maximum: 10 },
      errors: { any: "Invalid.Parameter" },
      sdkOnly: false,
      default: 3,
    },
  },
  idempotencyToken: "ClientToken",
  pagination: null,
  requireOneOf: null,
  successExample: {
    RequestId: "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E",
    TotalCount: 2,
    Widgets: {
      Widget: [
        { WidgetId: "w-bp1example01", Size: 3 },
        { WidgetId: "w-bp1example02", Size: 5 },
      ],
    },
  },
  errors: {
    "Invalid.Parameter": {
      status: 400,
      message: "The specified WidgetCount is not valid.",
      summary: "A parameter is out of range.",
    },
    "MissingParameter.RegionId": {
      status: 400,
      message: "The input parameter RegionId that is mandatory for processing this request is not supplied.",
      summary: "RegionId is missing.",
    },
  },
} as const satisfies OperationSpec;

const table: OperationTable = { ...operations, [WIDGETS]: describeHpcWidgets };
const exampleBody = {
  TotalCount: 2,
  Widgets: {
    Widget: [
      { WidgetId: "w-bp1example01", Size: 3 },
      { WidgetId: "w-bp1example02", Size: 5 },
    ],
  },
};

const store = createHpcStore({ clusters: 4 });
const server = setupServer(...createHpcHandlers({ store, operations: table }));
beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterEach(() => {
  server.resetHandlers();
  store.reset();
});
afterAll(() => server.close());

const widgets = (params: Record<string, string> = { RegionId: "cn-hangzhou" }) => v3({ action: WIDGETS, params });

describe("an operation of an injected table without a behaviour", () => {
  it("has no behaviour here (the precondition)", () => {
    expect(behaviourFor(WIDGETS)).toBeUndefined();
    expect(behaviourFor("CreateHpcCluster")).toBeTypeOf("function");
  });

  it("is routed and answered with its documented example, under a fresh RequestId", async () => {
    const answer = await call(widgets());
    expect(answer.status).toBe(200);
    const { RequestId, ...rest } = answer.body;
    expect(rest).toEqual(exampleBody);
    expect(RequestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(RequestId).not.toBe(describeHpcWidgets.successExample.RequestId);
    expect(answer.headers.get("x-acs-request-id")).toBe(RequestId);
    expect(store.requestCount(WIDGETS)).toBe(1);
    // Whatever valid parameters: the same example.
    expect((await call(widgets({ RegionId: "cn-hangzhou", WidgetCount: "10" }))).body).toMatchObject(exampleBody);
  });

  it("is answered over V1 too, in XML without Format", async () => {
    expect(
      (await call(v1({ action: WIDGETS, params: { RegionId: "cn-beijing", WidgetCount: "2" } }))).body,
    ).toMatchObject(exampleBody);
    const text = await (await fetch(v1({ action: WIDGETS, format: null }).url)).text();
    expect(text).toMatch(
      /<DescribeHpcWidgetsResponse><RequestId>[0-9A-F-]{36}<\/RequestId><TotalCount>2<\/TotalCount><Widgets><Widget><WidgetId>w-bp1example01<\/WidgetId>/,
    );
  });

  it("is validated with decodeParams, answering the operation's own documented codes", async () => {
    const tooMany = await call(widgets({ RegionId: "cn-hangzhou", WidgetCount: "11" }));
    expect(tooMany).toMatchObject({
      status: 400,
      body: { Code: "Invalid.Parameter", Message: "The specified WidgetCount is not valid." },
    });
    expect((await call(widgets({ RegionId: "cn-hangzhou", WidgetCount: "0" }))).body.Code).toBe("Invalid.Parameter");
    expect((await call(widgets({ RegionId: "cn-hangzhou", WidgetCount: "many" }))).body.Code).toBe("Invalid.Parameter");
    const missing = await call(widgets({ WidgetCount: "2" }));
    expect(missing).toMatchObject({
      status: 400,
      body: {
        Code: "MissingParameter.RegionId",
        Message: describeHpcWidgets.errors["MissingParameter.RegionId"].message,
      },
    });
  });

  it("has its signature verified, its region checked, and its ClientToken honoured", async () => {
    const forged = await call(
      v3({
        action: WIDGETS,
        params: { RegionId: "cn-hangzhou" },
        credential: { ...mockCredentials, accessKeySecret: "not-the-secret" },
      }),
    );
    expect(forged).toMatchObject({
      status: operations.DescribeHpcClusters.errors.SignatureDoesNotMatch.status,
      body: { Code: "SignatureDoesNotMatch" },
    });
    // A code the operation does not list falls back to the one every operation shares.
    expect((await call(widgets({ RegionId: "cn-atlantis-1" }))).body.Code).toBe("InvalidRegionId.NotFound");
    expect((await call(widgets({ RegionId: "cn-hangzhou", ClientToken: "w-1" }))).status).toBe(200);
    expect((await call(widgets({ RegionId: "cn-hangzhou", ClientToken: "w-1", WidgetCount: "3" }))).status).toBe(200);
    expect((await call(widgets({ RegionId: "cn-hangzhou", ClientToken: "w-1", WidgetCount: "4" }))).body.Code).toBe(
      "IdempotentParameterMismatch",
    );
  });

  it("gets faults and overrides like any operation", async () => {
    server.use(...createHpcHandlers({ store, operations: table, faults: { unavailableRate: 1, actions: [WIDGETS] } }));
    expect((await call(widgets())).body.Code).toBe("ServiceUnavailable");
    expect((await call(v3())).status).toBe(200);
    server.resetHandlers();
    server.use(hpcError(WIDGETS, "Invalid.Parameter", { operations: table, times: 1 }));
    expect((await call(widgets())).body).toMatchObject({
      Code: "Invalid.Parameter",
      Message: "The specified WidgetCount is not valid.",
    });
    expect((await call(widgets())).status).toBe(200);
  });

  it("leaves unknown actions InvalidAction.NotFound and real operations to their behaviours", async () => {
    const unknown = await call(v3({ action: "DescribeHpcGadgets" }));
    expect(unknown).toMatchObject({ status: 404, body: { Code: "InvalidAction.NotFound" } });
    const created = await call(
      v3({ action: "CreateHpcCluster", params: { RegionId: "cn-hangzhou", Name: "real-behaviour" } }),
    );
    expect(store.get(created.body.HpcClusterId as string)?.Name).toBe("real-behaviour");
    expect(((await call(v3())).body as { TotalCount: number }).TotalCount).toBe(5);
  });

  it("an operation documenting no example answers its RequestId alone", async () => {
    const bare = {
      ...describeHpcWidgets,
      name: "DescribeHpcBare",
      action: "DescribeHpcBare",
      path: "/DescribeHpcBare",
      successExample: undefined,
    };
    server.use(...createHpcHandlers({ store, operations: { ...operations, DescribeHpcBare: bare } }));
    const answer = await call(v3({ action: "DescribeHpcBare" }));
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body)).toEqual(["RequestId"]);
  });
});

describe("routing follows the table", () => {
  it("without the option, the made-up action is unknown", async () => {
    server.use(...createHpcHandlers({ store }));
    expect((await call(widgets())).body.Code).toBe("InvalidAction.NotFound");
  });

  it("a table without DescribeHpcClusters does not route it", async () => {
    server.use(...createHpcHandlers({ store, operations: { [WIDGETS]: describeHpcWidgets } }));
    expect((await call(v3())).body.Code).toBe("InvalidAction.NotFound");
    expect((await call(widgets())).status).toBe(200);
  });

  it("the standalone server takes the option too", async () => {
    const mock = await startMockServer({ operations: table, store: { clusters: 1 } });
    // Let this request leave the process instead of being answered by the msw server above.
    server.use(http.all(`${mock.url}/`, () => passthrough()));
    try {
      const answer = await call(v3({ action: WIDGETS, endpoint: `${mock.url}/` }));
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject(exampleBody);
      expect(mock.store.requestCount(WIDGETS)).toBe(1);
      expect(store.requestCount(WIDGETS)).toBe(0);
    } finally {
      await mock.close();
    }
  });
});
