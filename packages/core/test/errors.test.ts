import { describe, expect, expectTypeOf, it } from "vitest";
import {
  createEcsClient,
  EcsAbortError,
  EcsCredentialsError,
  EcsNetworkError,
  EcsRedirectError,
  EcsRequestError,
  EcsResponseError,
  EcsResponseTooLargeError,
  EcsServiceError,
  EcsTimeoutError,
  EcsValidationError,
  isEcsError,
  isEcsServiceError,
  operations,
  type DescribeHpcClustersErrorCode,
  type ErrorCodeOf,
} from "../src/index.ts";
import { DescribeHpcClusters } from "../src/generated/operations/describe-hpc-clusters.ts";
import { DeleteHpcCluster } from "../src/generated/operations/delete-hpc-cluster.ts";
import { creds, errorBody, json, pageBody, scriptedFetch, caught } from "./helpers.ts";

const make = (...answers: Parameters<typeof scriptedFetch>) => {
  const capture = scriptedFetch(...answers);
  return {
    ...capture,
    ecs: createEcsClient({ regionId: "cn-hangzhou", credentials: creds, fetch: capture.fetch, retry: false }),
  };
};

describe("service errors", () => {
  const documented = Object.entries(operations.DescribeHpcClusters.errors);

  it.each(documented)("%s becomes an EcsServiceError with every field of the body", async (code, spec) => {
    const { ecs } = make(json(errorBody(code, spec.message, "REQ-42"), spec.status));
    const error = await caught(ecs.describeHpcClusters({}));
    expect(error).toBeInstanceOf(EcsServiceError);
    expect(isEcsServiceError(error, code)).toBe(true);
    expect(error).toMatchObject({
      kind: "service",
      operation: "DescribeHpcClusters",
      code,
      status: spec.status,
      serviceMessage: spec.message,
      requestId: "REQ-42",
      hostId: "ecs.aliyuncs.com",
      recommend: `https://api.aliyun.com/troubleshoot?q=${code}`,
      attempts: 1,
    });
    expect(error.message).toBe(
      `DescribeHpcClusters: ${code}: ${spec.message} (HTTP ${spec.status}, request id REQ-42)`,
    );
  });

  it("keeps codes the spec does not list", async () => {
    const { ecs } = make(json(errorBody("Forbidden.RAM", "no"), 403));
    const error = await caught(ecs.describeHpcClusters({}));
    expect(error).toMatchObject({ kind: "service", code: "Forbidden.RAM", status: 403 });
    expect(isEcsServiceError(error, "InvalidRegionId.NotFound")).toBe(false);
  });

  it("isEcsServiceError(e, operation, ...codes) checks the operation and its documented codes", async () => {
    const { ecs } = make(json(errorBody("InvalidRegionId.NotFound", "no region"), 404));
    const error: unknown = await caught(ecs.describeHpcClusters({}));
    expect(isEcsServiceError(error, DescribeHpcClusters)).toBe(true);
    expect(isEcsServiceError(error, DescribeHpcClusters, "InvalidRegionId.NotFound")).toBe(true);
    expect(isEcsServiceError(error, DescribeHpcClusters, "InvalidHpcClusterIds.ExceedLimit")).toBe(false);
    // Another operation's error is not this one's, whatever its code.
    expect(isEcsServiceError(error, DeleteHpcCluster)).toBe(false);
    if (isEcsServiceError(error, DescribeHpcClusters))
      expectTypeOf(error.code).toEqualTypeOf<DescribeHpcClustersErrorCode>();
    // @ts-expect-error a code DescribeHpcClusters does not document fails to compile
    expect(isEcsServiceError(error, DescribeHpcClusters, "InvalidRegionId.NotFnd")).toBe(false);
    // The string form stays the escape hatch for undocumented codes.
    expect(isEcsServiceError(error, "InvalidRegionId.NotFound", "Forbidden.RAM")).toBe(true);
    expect(isEcsServiceError(new Error("x"), DescribeHpcClusters)).toBe(false);
  });

  it("types the documented codes as a string-literal union", () => {
    expectTypeOf<DescribeHpcClustersErrorCode>().toEqualTypeOf<ErrorCodeOf<"DescribeHpcClusters">>();
    expectTypeOf<"InvalidHpcClusterIds.ExceedLimit">().toExtend<DescribeHpcClustersErrorCode>();
    expectTypeOf<"NoSuchCode">().not.toExtend<DescribeHpcClustersErrorCode>();
  });
});

describe("unreadable responses and network failures", () => {
  it("a non-JSON error page is an EcsResponseError with the status and a snippet", async () => {
    const { ecs } = make(
      new Response("<html>502 Bad Gateway</html>", { status: 502, headers: { "content-type": "text/html" } }),
    );
    const error = await caught(ecs.describeHpcClusters({}));
    expect(error).toMatchObject({ kind: "response", status: 502, bodySnippet: "<html>502 Bad Gateway</html>" });
    expect(error.message).toMatch(/not JSON \(content-type text\/html\)/);
  });

  it("a 200 whose body is not JSON is an EcsResponseError", async () => {
    const { ecs } = make(new Response("<xml/>", { status: 200 }));
    expect(await caught(ecs.describeHpcClusters({}))).toMatchObject({ kind: "response", status: 200 });
  });

  it("a 200 with a JSON array is an EcsResponseError", async () => {
    const { ecs } = make(json([1, 2]));
    expect(await caught(ecs.describeHpcClusters({}))).toMatchObject({ kind: "response" });
  });

  it("an error status with JSON but no Code is an EcsResponseError", async () => {
    const { ecs } = make(json({ oops: true }, 500));
    expect(await caught(ecs.describeHpcClusters({}))).toMatchObject({ kind: "response", status: 500 });
  });

  it("a connection failure is an EcsNetworkError with the cause", async () => {
    const { ecs } = make(new TypeError("fetch failed"));
    const error = await caught(ecs.describeHpcClusters({}));
    expect(isEcsError(error, "network")).toBe(true);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(error.message).toBe("DescribeHpcClusters: network error: fetch failed");
  });

  it("success still parses after all that", async () => {
    const { ecs } = make(json(pageBody({ TotalCount: 3 })));
    expect((await ecs.describeHpcClusters({})).TotalCount).toBe(3);
  });
});

describe("credentials", () => {
  it("reads the environment at call time", async () => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    const saved = { ...process.env };
    process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = "ENVKEY";
    process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = "ENVSECRET";
    process.env.ALIBABA_CLOUD_SECURITY_TOKEN = "ENVTOKEN";
    try {
      await createEcsClient({ regionId: "cn-hangzhou", fetch }).describeHpcClusters({});
    } finally {
      process.env = saved;
    }
    expect(requests[0]!.headers.get("authorization")).toContain("Credential=ENVKEY,");
    expect(requests[0]!.headers.get("x-acs-security-token")).toBe("ENVTOKEN");
  });

  it("without any, fails with an EcsCredentialsError naming the variables, before any request", async () => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    const saved = { ...process.env };
    delete process.env.ALIBABA_CLOUD_ACCESS_KEY_ID;
    delete process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
    // With @ecs-hpc/credentials installed the default chain runs: keep it off this machine's
    // files and its metadata service (no request may leave loopback).
    process.env.HOME = "/nonexistent-ecs-hpc-home";
    process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED = "true";
    delete process.env.ALIBABA_CLOUD_CREDENTIALS_URI;
    delete process.env.ALIBABA_CLOUD_ROLE_ARN;
    try {
      const error = await caught(createEcsClient({ regionId: "cn-hangzhou", fetch }).describeHpcClusters({}));
      expect(error).toMatchObject({ kind: "credentials" });
      expect(error.message).toMatch(/ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET/);
    } finally {
      process.env = saved;
    }
    expect(requests).toHaveLength(0);
  });

  it("a provider that throws or returns nothing usable gives an EcsCredentialsError", async () => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    const failing = createEcsClient({
      regionId: "cn-hangzhou",
      fetch,
      credentials: async () => {
        throw new Error("sts down");
      },
    });
    expect(await caught(failing.describeHpcClusters({}))).toMatchObject({
      kind: "credentials",
      message: "the credentials provider failed: Error",
    });
    const typed = Object.assign(new Error("no credentials found in the chain (environment: not set)"), {
      kind: "credentials",
    });
    const chainFailed = createEcsClient({
      regionId: "cn-hangzhou",
      fetch,
      credentials: async () => {
        throw typed;
      },
    });
    const error = await caught(chainFailed.describeHpcClusters({}));
    expect(error).toMatchObject({ name: "EcsCredentialsError", message: typed.message, cause: typed });
    const empty = createEcsClient({
      regionId: "cn-hangzhou",
      fetch,
      credentials: () => ({ accessKeyId: "", accessKeySecret: "" }),
    });
    expect(await caught(empty.describeHpcClusters({}))).toMatchObject({ kind: "credentials" });
    expect(requests).toHaveLength(0);
  });
});

describe("error names", () => {
  it("name the class even when a minifier has renamed it (as bundlers do): String(error) starts with it", () => {
    const classes = [
      [
        EcsValidationError,
        () => new EcsValidationError("Op", [{ param: "P", rule: "required", message: "m", code: "C" }]),
      ],
      [
        EcsServiceError,
        () =>
          new EcsServiceError("Op", {
            code: "C",
            message: "m",
            status: 400,
            requestId: "R",
            hostId: undefined,
            recommend: undefined,
            attempts: 1,
          }),
      ],
      [EcsNetworkError, () => new EcsNetworkError("Op", new Error("reset"))],
      [EcsTimeoutError, () => new EcsTimeoutError("Op", 5, "attempt")],
      [EcsAbortError, () => new EcsAbortError("Op", undefined)],
      [EcsCredentialsError, () => new EcsCredentialsError("none")],
      [EcsResponseError, () => new EcsResponseError("Op", 502, "<html>", undefined, "not JSON")],
      [EcsRedirectError, () => new EcsRedirectError("Op", 302, "https://elsewhere")],
      [EcsResponseTooLargeError, () => new EcsResponseTooLargeError("Op", 10)],
      [EcsRequestError, () => new EcsRequestError("Op", "bad header")],
    ] as const;
    for (const [cls, make] of classes) {
      const real = cls.name;
      Object.defineProperty(cls, "name", { value: "G", configurable: true });
      try {
        const error = make();
        expect(error.name).toBe(real);
        expect(String(error).startsWith(`${real}: `)).toBe(true);
      } finally {
        Object.defineProperty(cls, "name", { value: real, configurable: true });
      }
    }
  });
});
