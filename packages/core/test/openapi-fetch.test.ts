// `@ecs-hpc/core/openapi-fetch`: openapi-fetch clients on the same pipeline, one error convention.
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { createEcsClient, type Middleware } from "../src/index.ts";
import { createEcsFetchClient, ecsMiddleware, type paths } from "../src/openapi-fetch.ts";
import { caught, creds, errorBody, json, pageBody, referenceV3Authorization, scriptedFetch } from "./helpers.ts";

const make = (...answers: Parameters<typeof scriptedFetch>) => {
  const capture = scriptedFetch(...answers);
  const seen: string[] = [];
  const mark: Middleware = {
    name: "mark",
    step: "sign",
    run: (ctx, next) => (seen.push(ctx.operation.action), next()),
  };
  return {
    ...capture,
    seen,
    ecs: createEcsClient({
      regionId: "cn-hangzhou",
      credentials: creds,
      fetch: capture.fetch,
      retry: { baseDelayMs: 1 },
      middleware: [mark],
    }),
  };
};

describe("createEcsFetchClient", () => {
  it("sends pseudo-path calls through the client's pipeline (its middleware too) and returns typed data", async () => {
    const { ecs, requests, seen } = make(json(pageBody({ TotalCount: 7 }), 200, { "x-acs-request-id": "REQ-7" }));
    const client = createEcsFetchClient(ecs);
    const { data, error, response } = await client.POST("/DescribeHpcClusters", {
      params: { query: { RegionId: "cn-beijing", PageSize: 5 } },
    });
    expect(error).toBeUndefined();
    expect(data?.TotalCount).toBe(7);
    expect(response.headers.get("x-acs-request-id")).toBe("REQ-7");
    expect(seen).toEqual(["DescribeHpcClusters"]);
    const sent = requests[0]!;
    expect(new URL(sent.url).pathname).toBe("/");
    expect(new URL(sent.url).searchParams.get("RegionId")).toBe("cn-beijing");
    expect(sent.headers.get("authorization")).toBe(
      referenceV3Authorization(sent, creds.accessKeySecret, creds.accessKeyId),
    );
  });

  it("throws every failure as an EcsError: validation before any request, service errors after retries", async () => {
    const { ecs, requests } = make(json(errorBody("ServiceUnavailable"), 503));
    const client = createEcsFetchClient(ecs);
    expect(
      await caught(
        client.POST("/DescribeHpcClusters", { params: { query: { RegionId: "cn-hangzhou", PageSize: 500 } } }),
      ),
    ).toMatchObject({ kind: "validation", param: "PageSize" });
    expect(requests).toHaveLength(0);
    expect(
      await caught(client.POST("/DescribeHpcClusters", { params: { query: { RegionId: "cn-hangzhou" } } })),
    ).toMatchObject({ kind: "service", code: "ServiceUnavailable", attempts: 3 });
    expect(requests).toHaveLength(3);
  });
});

describe("ecsMiddleware", () => {
  it("turns any createClient<paths>() into an ECS client, after the user's own openapi-fetch middleware", async () => {
    const { ecs, requests } = make(json({ RequestId: "R", HpcClusterId: "hpc-new" }));
    const client = createClient<paths>({ baseUrl: ecs.endpoint });
    client.use({
      onRequest: ({ request }) => (
        request.headers.set("x-acs-ignored", "1"), request.headers.set("x-trace", "t-1"), request
      ),
    });
    client.use(ecsMiddleware(ecs));
    const { data } = await client.POST("/CreateHpcCluster", {
      params: { query: { RegionId: "cn-hangzhou", Name: "nn", ClientToken: "tok" } },
    });
    expect(data?.HpcClusterId).toBe("hpc-new");
    const sent = requests[0]!;
    expect(sent.headers.get("x-trace")).toBe("t-1");
    expect(sent.headers.get("x-acs-ignored")).toBeNull();
    expect(new URL(sent.url).searchParams.get("ClientToken")).toBe("tok");
  });
});
