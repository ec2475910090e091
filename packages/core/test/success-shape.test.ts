// An error body is an error whatever the status, and a 2xx body without the fields the spec
// requires is an EcsResponseError, never a silent empty page. The required fields come from the
// generated operation table (successShape, built from the spec's 200 schema).
import { describe, expect, it } from "vitest";
import {
  clientOperations,
  createEcsClient,
  EcsResponseError,
  EcsServiceError,
  isEcsServiceError,
} from "../src/index.ts";
import { shapeProblem } from "../src/steps/check-success-shape.ts";
import { caught, creds, errorBody, json, pageBody, scriptedFetch } from "./helpers.ts";
import { clientFor, hostileServer } from "./hostile-server.ts";

const make = (...answers: Parameters<typeof scriptedFetch>) => {
  const scripted = scriptedFetch(...answers);
  const ecs = createEcsClient({
    regionId: "cn-hangzhou",
    credentials: creds,
    fetch: scripted.fetch,
    retry: { maxAttempts: 3, baseDelayMs: 0 },
  });
  return { ecs, requests: scripted.requests };
};

describe("a 2xx answer carrying an error body", () => {
  it("is an EcsServiceError with the body's code, message and request id (over real HTTP)", async () => {
    const server = await hostileServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify(
          errorBody("Forbidden.RAM", "User not authorized to operate on the specified resource.", "REQ-200-ERR"),
        ),
      );
    });
    const error = await caught(clientFor(server.url).describeHpcClusters({}));
    expect(error).toBeInstanceOf(EcsServiceError);
    expect(error).toMatchObject({
      code: "Forbidden.RAM",
      status: 200,
      requestId: "REQ-200-ERR",
      serviceMessage: expect.stringContaining("not authorized"),
    });
    expect(server.received).toHaveLength(1);
  });

  it("a throttling code in a 200 is retried like any throttling answer", async () => {
    const { ecs, requests } = make(json(errorBody("Throttling.User", "slow down")), json(pageBody({ TotalCount: 4 })));
    expect((await ecs.describeHpcClusters({})).TotalCount).toBe(4);
    expect(requests).toHaveLength(2);
  });

  it("a non-retryable code in a 200 is thrown after one attempt", async () => {
    const { ecs, requests } = make(json(errorBody("InvalidRegionId.NotFound", "no such region")));
    const error = await caught(ecs.describeHpcClusters({}));
    expect(isEcsServiceError(error, "InvalidRegionId.NotFound")).toBe(true);
    expect(requests).toHaveLength(1);
  });

  it("applies to operations without pagination too (CreateHpcCluster)", async () => {
    const { ecs } = make(json(errorBody("QuotaExceed.HpcCluster", "quota")));
    expect(await caught(ecs.createHpcCluster({ Name: "ok-name" }))).toMatchObject({
      kind: "service",
      code: "QuotaExceed.HpcCluster",
      status: 200,
    });
  });

  it("a body with the full success shape is data even if it also has Code and Message", async () => {
    const { ecs } = make(json(pageBody({ Code: "200", Message: "success" })));
    const page = await ecs.describeHpcClusters({});
    expect(page.HpcClusters.HpcCluster).toHaveLength(1);
  });

  it('the text "Code" inside a cluster\'s description does not make a page an error', async () => {
    const body = pageBody({
      HpcClusters: { HpcCluster: [{ HpcClusterId: "hpc-1", Name: "n", Description: '"Code": "X", "Message": "y"' }] },
    });
    const { ecs } = make(json(body));
    expect((await ecs.describeHpcClusters({})).HpcClusters.HpcCluster[0]?.Description).toContain("Code");
  });
});

describe("a 2xx answer without the fields the spec requires", () => {
  it.each([
    ["an empty object", {}, "RequestId is missing"],
    ["no HpcClusters", { RequestId: "R", PageNumber: 1, PageSize: 10, TotalCount: 0 }, "HpcClusters is missing"],
    ["HpcClusters without HpcCluster", pageBody({ HpcClusters: {} }), "HpcClusters.HpcCluster is missing"],
    [
      "HpcCluster not a list",
      pageBody({ HpcClusters: { HpcCluster: { HpcClusterId: "hpc-1" } } }),
      "HpcClusters.HpcCluster is not an array",
    ],
    [
      "a cluster without its ID",
      pageBody({ HpcClusters: { HpcCluster: [{ HpcClusterId: "hpc-1", Name: "a" }, { Name: "b" }] } }),
      "HpcClusters.HpcCluster[1].HpcClusterId is missing",
    ],
    ["TotalCount as text", pageBody({ TotalCount: "7" }), "TotalCount is not an integer"],
    ["Code without Message", { Code: "Weird", RequestId: "R" }, "PageNumber is missing"],
  ])("%s is an EcsResponseError naming what is missing", async (_, body, problem) => {
    const { ecs, requests } = make(json(body));
    const error = await caught(ecs.describeHpcClusters({}));
    expect(error).toBeInstanceOf(EcsResponseError);
    expect(error).toMatchObject({ kind: "response", status: 200 });
    expect(error.message).toContain(problem);
    expect(requests).toHaveLength(1);
  });

  it("checks the required fields of every operation (DeleteHpcCluster needs RequestId)", async () => {
    const { ecs } = make(json({ Deleted: true }));
    expect(await caught(ecs.deleteHpcCluster({ HpcClusterId: "hpc-1" }))).toMatchObject({
      kind: "response",
      message: expect.stringContaining("RequestId is missing"),
    });
  });
});

describe("the generated success shapes", () => {
  it("every operation has one, an object, built from its 200 schema", () => {
    for (const op of Object.values(clientOperations))
      expect(op.successShape, op.name).toMatchObject({ RequestId: "string" });
    expect(clientOperations.DescribeHpcClusters.successShape).toEqual({
      RequestId: "string",
      PageNumber: "integer",
      PageSize: "integer",
      TotalCount: "integer",
      HpcClusters: { HpcCluster: [{ HpcClusterId: "string", Name: "string" }] },
    });
  });

  it("the documented example of each operation satisfies its shape", async () => {
    const { operations } = await import("../src/generated/operations.ts");
    for (const op of Object.values(operations))
      expect(shapeProblem(op.successShape!, op.successExample), op.name).toBeUndefined();
  });
});
