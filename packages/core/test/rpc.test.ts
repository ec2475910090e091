// Any RPC action (ecs.rpc) and any product (createRpcClient): signed, retried and typed-error
// like every call, but with no validation: the parameters go as given.
import { describe, expect, it } from "vitest";
import { createEcsClient, createRpcClient, type EcsClientOptions } from "../src/index.ts";
import {
  caught,
  creds,
  errorBody,
  json,
  referenceV1Signature,
  referenceV3Authorization,
  scriptedFetch,
  type Answer,
} from "./helpers.ts";

const make = (answers: Answer[], options: EcsClientOptions = {}) => {
  const capture = scriptedFetch(...answers);
  return {
    ...capture,
    ecs: createEcsClient({
      regionId: "cn-hangzhou",
      credentials: creds,
      fetch: capture.fetch,
      retry: { baseDelayMs: 1 },
      ...options,
    }),
  };
};

describe("ecs.rpc", () => {
  it("sends an action the spec does not model, signed, with the parameters as given (lists as JSON)", async () => {
    const { ecs, requests } = make([json({ RequestId: "R", Regions: { Region: [{ RegionId: "cn-hangzhou" }] } })]);
    const out = await ecs.rpc("DescribeRegions", {
      AcceptLanguage: "en-US",
      InstanceChargeType: "PrePaid",
      Tag: [{ Key: "a", Value: "b" }],
      Skip: undefined,
    });
    expect(out).toEqual({ RequestId: "R", Regions: { Region: [{ RegionId: "cn-hangzhou" }] } });
    expect(out.$metadata).toMatchObject({ requestId: "R", attempts: 1, httpStatus: 200 });
    const request = requests[0]!;
    expect(request.headers.get("x-acs-action")).toBe("DescribeRegions");
    expect(request.headers.get("x-acs-version")).toBe("2014-05-26");
    expect(Object.fromEntries(new URL(request.url).searchParams)).toEqual({
      AcceptLanguage: "en-US",
      InstanceChargeType: "PrePaid",
      Tag: '[{"Key":"a","Value":"b"}]',
    });
    expect(request.headers.get("authorization")).toBe(
      referenceV3Authorization(request, creds.accessKeySecret, creds.accessKeyId),
    );
  });

  it("returns service errors as EcsServiceError and retries throttling", async () => {
    const { ecs, requests } = make([
      json(errorBody("Throttling"), 400),
      json(errorBody("InvalidInstanceId.NotFound", "no such instance", "R2"), 404),
    ]);
    expect(await caught(ecs.rpc("StartInstance", { InstanceId: "i-x" }))).toMatchObject({
      kind: "service",
      operation: "StartInstance",
      code: "InvalidInstanceId.NotFound",
      requestId: "R2",
      attempts: 2,
      step: "deserialize",
    });
    expect(requests).toHaveLength(2);
  });

  it("honours the call's timeout and signal", async () => {
    const { ecs } = make(
      [(_, signal) => new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)))],
      { retry: false },
    );
    expect(await caught(ecs.rpc("DescribeRegions", {}, { timeoutMs: 20 }))).toMatchObject({
      kind: "timeout",
      step: "send",
    });
    expect(await caught(ecs.rpc("DescribeRegions", {}, { signal: AbortSignal.abort() }))).toMatchObject({
      kind: "aborted",
    });
  });

  it("refuses a bad action name or parameters before any request", async () => {
    const { ecs, requests } = make([json({})]);
    await expect(ecs.rpc("Describe Regions&x=1", {})).rejects.toThrow(TypeError);
    await expect(ecs.rpc("", {})).rejects.toThrow(/not an RPC action/);
    await expect(ecs.rpc("DescribeRegions", [] as unknown as Record<string, unknown>)).rejects.toThrow(
      /params must be an object/,
    );
    await expect(ecs.rpc("DescribeRegions", {}, { headers: { "bad header": "x" } })).rejects.toThrow(/header name/);
    expect(requests).toHaveLength(0);
  });
});

describe("createRpcClient (another product)", () => {
  it("calls STS AssumeRole on sts.aliyuncs.com, version 2015-04-01, signed V3 and V1", async () => {
    for (const signatureVersion of ["v3", "v1"] as const) {
      const { fetch, requests } = scriptedFetch(
        json({
          RequestId: "S",
          Credentials: {
            AccessKeyId: "STS.x",
            AccessKeySecret: "y",
            SecurityToken: "z",
            Expiration: "2026-12-02T06:00:00Z",
          },
        }),
      );
      const sts = createRpcClient({
        endpoint: "https://sts.aliyuncs.com",
        version: "2015-04-01",
        credentials: creds,
        fetch,
        signatureVersion,
      });
      const out = await sts.rpc("AssumeRole", {
        RoleArn: "acs:ram::123:role/ci",
        RoleSessionName: "ci",
        DurationSeconds: 900,
      });
      expect((out.Credentials as Record<string, string>).AccessKeyId).toBe("STS.x");
      const request = requests[0]!;
      const url = new URL(request.url);
      expect(url.host).toBe("sts.aliyuncs.com");
      expect(url.searchParams.get("RegionId")).toBeNull();
      if (signatureVersion === "v3") {
        expect(request.headers.get("x-acs-action")).toBe("AssumeRole");
        expect(request.headers.get("x-acs-version")).toBe("2015-04-01");
        expect(request.headers.get("authorization")).toBe(
          referenceV3Authorization(request, creds.accessKeySecret, creds.accessKeyId),
        );
      } else {
        expect(url.searchParams.get("Version")).toBe("2015-04-01");
        expect(url.searchParams.get("Signature")).toBe(referenceV1Signature(request, creds.accessKeySecret));
      }
    }
  });

  it("builds the endpoint from product and region, and checks its options", () => {
    expect(
      createRpcClient({ product: "vpc", regionId: "cn-hangzhou", version: "2016-04-28", credentials: creds }).endpoint,
    ).toBe("https://vpc.cn-hangzhou.aliyuncs.com");
    expect(() => createRpcClient({ endpoint: "sts.aliyuncs.com", version: "v1" })).toThrow(/version/);
    expect(() => createRpcClient({ product: "sts", regionId: "Bad Region", version: "2015-04-01" })).toThrow(
      /regionId/,
    );
    expect(() => createRpcClient({ version: "2015-04-01", regionId: "cn-hangzhou" })).toThrow(/endpoint, or product/);
    expect(
      JSON.stringify(createRpcClient({ endpoint: "sts.aliyuncs.com", version: "2015-04-01", credentials: creds })),
    ).not.toContain(creds.accessKeySecret);
  });
});
