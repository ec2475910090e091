// The operations added after DescribeHpcClusters come from the spec alone: methods, wire form,
// validation rules (including the cross-parameter one) and idempotency tokens.
import { describe, expect, it } from "vitest";
import { createEcsClient, operations } from "../src/index.ts";
import { creds, errorBody, json, scriptedFetch, caught } from "./helpers.ts";

const make = (...answers: Parameters<typeof scriptedFetch>) => {
  const capture = scriptedFetch(...answers);
  return {
    ...capture,
    ecs: createEcsClient({
      regionId: "cn-hangzhou",
      credentials: creds,
      fetch: capture.fetch,
      retry: { baseDelayMs: 1 },
    }),
  };
};
const rejection = (p: Promise<unknown>): Promise<Record<string, unknown>> => caught(p);

describe("the HPC-cluster family", () => {
  it("has one method per operation of the spec", () => {
    const { ecs } = make(json({ RequestId: "r" }));
    for (const op of Object.values(operations))
      expect(typeof (ecs as unknown as Record<string, unknown>)[op.method]).toBe("function");
    expect(Object.keys(operations).sort()).toEqual([
      "CreateHpcCluster",
      "DeleteHpcCluster",
      "DescribeHpcClusters",
      "ModifyHpcClusterAttribute",
    ]);
  });

  it("createHpcCluster sends its action, parameters and an idempotency token, and returns the new id", async () => {
    const { ecs, requests } = make(json({ HpcClusterId: "hpc-new", RequestId: "r1" }));
    const out = await ecs.createHpcCluster({ Name: "cfd-01", Description: "CFD runs" });
    expect(out).toEqual({ HpcClusterId: "hpc-new", RequestId: "r1" });
    const request = requests[0]!;
    expect(request.headers.get("x-acs-action")).toBe("CreateHpcCluster");
    const query = new URL(request.url).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({
      RegionId: "cn-hangzhou",
      Name: "cfd-01",
      Description: "CFD runs",
    });
    expect(query.get("ClientToken")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("a retried create reuses its token; a new call gets a new one", async () => {
    const { ecs, requests } = make(
      json(errorBody("ServiceUnavailable"), 503),
      json({ HpcClusterId: "hpc-new", RequestId: "r" }),
    );
    await ecs.createHpcCluster({ Name: "cfd-01" });
    await ecs.createHpcCluster({ Name: "cfd-01" });
    const tokens = requests.map((r) => new URL(r.url).searchParams.get("ClientToken"));
    expect(tokens[0]).toBe(tokens[1]);
    expect(tokens[2]).not.toBe(tokens[0]);
  });

  it("a caller's ClientToken is sent as given", async () => {
    const { ecs, requests } = make(json({ RequestId: "r" }));
    await ecs.deleteHpcCluster({ HpcClusterId: "hpc-1", ClientToken: "my-token" });
    expect(new URL(requests[0]!.url).searchParams.get("ClientToken")).toBe("my-token");
  });

  it.each([
    ["a name starting with a digit", { Name: "9lives" }, "Name", "InvalidHpcClusterName.Malformed"],
    ["a one-character name", { Name: "a" }, "Name", "InvalidHpcClusterName.Malformed"],
    ["a 129-character name", { Name: "a".repeat(129) }, "Name", "InvalidHpcClusterName.Malformed"],
    ["a name with a space", { Name: "my cluster" }, "Name", "InvalidHpcClusterName.Malformed"],
    ["a URL as a name", { Name: "https://x" }, "Name", "InvalidHpcClusterName.Malformed"],
    [
      "a description starting with http://",
      { Name: "ok-name", Description: "http://example.com" },
      "Description",
      "InvalidHpcClusterDescription.Malformed",
    ],
    [
      "a one-character description",
      { Name: "ok-name", Description: "x" },
      "Description",
      "InvalidHpcClusterDescription.Malformed",
    ],
    ["no name at all", {}, "Name", "InvalidHpcClusterName.Malformed"],
  ])("create refuses %s before any request", async (_, input, param, code) => {
    const { ecs, requests } = make(json({}));
    expect(await rejection(ecs.createHpcCluster(input as never))).toMatchObject({ kind: "validation", param, code });
    expect(requests).toHaveLength(0);
  });

  it.each([["cfd.solver_01-a"], ["集群一号"], ["Zz"], ["a".repeat(128)]])(
    "create accepts the name %s",
    async (Name) => {
      const { ecs, requests } = make(json({ HpcClusterId: "hpc-x", RequestId: "r" }));
      await ecs.createHpcCluster({ Name });
      expect(new URL(requests[0]!.url).searchParams.get("Name")).toBe(Name);
    },
  );

  it("modify needs Name or Description (InvalidModifyInfo), before any request", async () => {
    const { ecs, requests } = make(json({ RequestId: "r" }));
    expect(await rejection(ecs.modifyHpcClusterAttribute({ HpcClusterId: "hpc-1" }))).toMatchObject({
      kind: "validation",
      code: "InvalidModifyInfo",
      param: "Name|Description",
    });
    expect(requests).toHaveLength(0);
    await ecs.modifyHpcClusterAttribute({ HpcClusterId: "hpc-1", Description: "only the description" });
    expect(requests).toHaveLength(1);
  });

  it("missing RegionId codes follow the spec per operation", async () => {
    const { fetch } = scriptedFetch(json({}));
    const ecs = createEcsClient({ endpoint: "http://127.0.0.1:9", credentials: creds, fetch });
    expect(await rejection(ecs.createHpcCluster({ Name: "ok-name" }))).toMatchObject({ code: "MissingParameter" });
    expect(await rejection(ecs.deleteHpcCluster({ HpcClusterId: "hpc-1" }))).toMatchObject({
      code: "MissingParameter.RegionId",
    });
    expect(await rejection(ecs.deleteHpcCluster({} as never))).toMatchObject({ code: "MissingParameter.RegionId" });
  });

  it("service errors of the new operations carry their documented status", async () => {
    const { ecs } = make(
      json(errorBody("NotEmpty.HpcCluster", "The specified hpc cluster is not empty, still contains instances."), 400),
    );
    expect(await rejection(ecs.deleteHpcCluster({ HpcClusterId: "hpc-1" }))).toMatchObject({
      kind: "service",
      code: "NotEmpty.HpcCluster",
      status: 400,
      attempts: 1,
    });
  });
});
