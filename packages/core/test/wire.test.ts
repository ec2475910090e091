import { describe, expect, it } from "vitest";
import { createEcsClient } from "../src/index.ts";
import {
  creds,
  FIXED_DATE,
  json,
  pageBody,
  referenceV1Signature,
  referenceV3Authorization,
  scriptedFetch,
} from "./helpers.ts";

const fixed = {
  clock: () => FIXED_DATE,
  nonce: () => "79002df3640bc3937040180b0c27c5b4",
  idempotencyToken: () => "123e4567-e89b-12d3-a456-426655440000",
};

describe("V3 wire request (default)", () => {
  it("is POST / with the parameters in the query, an empty body and the documented x-acs headers", async () => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    const ecs = createEcsClient({
      regionId: "cn-hangzhou",
      credentials: { accessKeyId: creds.accessKeyId, accessKeySecret: creds.accessKeySecret },
      fetch,
      ...fixed,
    });
    const page = await ecs.describeHpcClusters({
      RegionId: "cn-hangzhou",
      PageSize: 50,
      HpcClusterIds: ["hpc-a", "hpc-b"],
    });
    expect(page.HpcClusters.HpcCluster[0]?.HpcClusterId).toBe("hpc-1");

    expect(requests).toHaveLength(1);
    const request = requests[0]!;
    expect(request.method).toBe("POST");
    const url = new URL(request.url);
    expect(url.origin).toBe("https://ecs.cn-hangzhou.aliyuncs.com");
    expect(url.pathname).toBe("/");
    expect(url.search).toBe(
      "?ClientToken=123e4567-e89b-12d3-a456-426655440000&HpcClusterIds=%5B%22hpc-a%22%2C%22hpc-b%22%5D&PageSize=50&RegionId=cn-hangzhou",
    );
    expect(await request.text()).toBe("");
    expect(request.headers.get("x-acs-action")).toBe("DescribeHpcClusters");
    expect(request.headers.get("x-acs-version")).toBe("2014-05-26");
    expect(request.headers.get("x-acs-date")).toBe("2026-11-27T17:35:08Z");
    expect(request.headers.get("x-acs-signature-nonce")).toBe("79002df3640bc3937040180b0c27c5b4");
    expect(request.headers.get("x-acs-content-sha256")).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    expect(request.headers.get("accept")).toBe("application/json");
    expect(request.headers.has("x-acs-security-token")).toBe(false);
    expect(request.headers.get("authorization")).toBe(
      referenceV3Authorization(request, creds.accessKeySecret, creds.accessKeyId),
    );
    expect(request.headers.get("authorization")).toMatch(
      /^ACS3-HMAC-SHA256 Credential=LTAI5tTESTKEYID,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=[0-9a-f]{64}$/,
    );
  });

  it("signs and sends the STS token", async () => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    const ecs = createEcsClient({ regionId: "cn-hangzhou", credentials: creds, fetch, ...fixed });
    await ecs.describeHpcClusters({});
    const request = requests[0]!;
    expect(request.headers.get("x-acs-security-token")).toBe(creds.securityToken);
    expect(request.headers.get("authorization")).toContain("x-acs-security-token");
    expect(request.headers.get("authorization")).toBe(
      referenceV3Authorization(request, creds.accessKeySecret, creds.accessKeyId),
    );
  });

  it("strictly percent-encodes values in the query it signs and sends", async () => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    const ecs = createEcsClient({ regionId: "cn-hangzhou", credentials: creds, fetch, ...fixed });
    await ecs.describeHpcClusters({ ClientToken: "a b*~/'()!+&=" });
    expect(new URL(requests[0]!.url).search).toContain("ClientToken=a%20b%2A~%2F%27%28%29%21%2B%26%3D");
    expect(requests[0]!.headers.get("authorization")).toBe(
      referenceV3Authorization(requests[0]!, creds.accessKeySecret, creds.accessKeyId),
    );
  });

  it("uses a custom endpoint over the region's, and the client region as the default RegionId", async () => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    const ecs = createEcsClient({
      regionId: "cn-beijing",
      endpoint: "http://127.0.0.1:8080",
      credentials: creds,
      fetch,
    });
    await ecs.describeHpcClusters({});
    expect(requests[0]!.url.startsWith("http://127.0.0.1:8080/?")).toBe(true);
    expect(new URL(requests[0]!.url).searchParams.get("RegionId")).toBe("cn-beijing");
  });

  it("gives every attempt a fresh nonce and date but keeps the idempotency token", async () => {
    let tick = 0;
    const { fetch, requests } = scriptedFetch(
      json({ Code: "ServiceUnavailable", Message: "x", RequestId: "r" }, 503),
      json(pageBody()),
    );
    const ecs = createEcsClient({
      regionId: "cn-hangzhou",
      credentials: creds,
      fetch,
      clock: () => new Date(FIXED_DATE.getTime() + 1000 * tick++),
      retry: { baseDelayMs: 1 },
    });
    await ecs.describeHpcClusters({});
    expect(requests).toHaveLength(2);
    const [a, b] = requests as [Request, Request];
    expect(a.headers.get("x-acs-signature-nonce")).not.toBe(b.headers.get("x-acs-signature-nonce"));
    expect(a.headers.get("x-acs-date")).not.toBe(b.headers.get("x-acs-date"));
    expect(new URL(a.url).searchParams.get("ClientToken")).toBe(new URL(b.url).searchParams.get("ClientToken"));
    expect(b.headers.get("authorization")).toBe(referenceV3Authorization(b, creds.accessKeySecret, creds.accessKeyId));
  });

  it("calls an async credentials provider before every attempt (rotating STS)", async () => {
    let n = 0;
    const { fetch, requests } = scriptedFetch(
      json({ Code: "Throttling.User", Message: "x", RequestId: "r" }, 400),
      json(pageBody()),
    );
    const ecs = createEcsClient({
      regionId: "cn-hangzhou",
      fetch,
      retry: { baseDelayMs: 1 },
      credentials: async () => ({ accessKeyId: `AK${++n}`, accessKeySecret: `SK${n}`, securityToken: `TOKEN${n}` }),
    });
    await ecs.describeHpcClusters({});
    expect(requests.map((r) => r.headers.get("x-acs-security-token"))).toEqual(["TOKEN1", "TOKEN2"]);
    expect(requests[1]!.headers.get("authorization")).toBe(referenceV3Authorization(requests[1]!, "SK2", "AK2"));
  });
});

describe("V1 wire request", () => {
  it("carries the common parameters and Signature in the query, and no x-acs action headers", async () => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    const ecs = createEcsClient({
      regionId: "cn-hangzhou",
      signatureVersion: "v1",
      credentials: creds,
      fetch,
      ...fixed,
    });
    await ecs.describeHpcClusters({ PageNumber: 2 });
    const request = requests[0]!;
    expect(request.method).toBe("POST");
    const q = new URL(request.url).searchParams;
    expect(Object.fromEntries(q)).toMatchObject({
      Action: "DescribeHpcClusters",
      Version: "2014-05-26",
      Format: "JSON",
      AccessKeyId: creds.accessKeyId,
      SignatureMethod: "HMAC-SHA1",
      SignatureVersion: "1.0",
      SignatureNonce: "79002df3640bc3937040180b0c27c5b4",
      Timestamp: "2026-11-27T17:35:08Z",
      SecurityToken: creds.securityToken,
      RegionId: "cn-hangzhou",
      PageNumber: "2",
    });
    expect(q.get("Signature")).toBe(referenceV1Signature(request, creds.accessKeySecret));
    expect(request.headers.has("x-acs-action")).toBe(false);
    expect(request.headers.has("authorization")).toBe(false);
    expect(await request.text()).toBe("");
  });
});

describe("endpoint resolution", () => {
  it("uses ecs.<region>.aliyuncs.com over HTTPS, with the spec's overrides", () => {
    expect(createEcsClient({ regionId: "eu-central-1", credentials: creds }).endpoint).toBe(
      "https://ecs.eu-central-1.aliyuncs.com",
    );
    expect(createEcsClient({ regionId: "cn-hangzhou-finance", credentials: creds }).endpoint).toBe(
      "https://ecs.aliyuncs.com",
    );
    expect(createEcsClient({ regionId: "x", endpoint: "ecs.example.internal", credentials: creds }).endpoint).toBe(
      "https://ecs.example.internal",
    );
  });

  it("refuses a client with neither region nor endpoint, and bad endpoints", () => {
    const saved = process.env.ALIBABA_CLOUD_REGION_ID;
    delete process.env.ALIBABA_CLOUD_REGION_ID;
    try {
      expect(() => createEcsClient({ credentials: creds })).toThrow(/regionId/);
    } finally {
      if (saved !== undefined) process.env.ALIBABA_CLOUD_REGION_ID = saved;
    }
    expect(() => createEcsClient({ endpoint: "ftp://x" })).toThrow(/http/);
    expect(() => createEcsClient({ regionId: "Not A Region" })).toThrow(/regionId/);
  });
});

describe("custom endpoints, checked when the client is built", () => {
  it.each([
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080"],
    ["http://127.0.0.1:8080/", "http://127.0.0.1:8080"],
    ["HTTPS://Ecs.Example.com/base/", "https://ecs.example.com/base"],
    ["ecs-vpc.cn-hangzhou.aliyuncs.com", "https://ecs-vpc.cn-hangzhou.aliyuncs.com"],
    ["http://[::1]:9000", "http://[::1]:9000"],
  ])("%s -> %s", (endpoint, expected) => {
    expect(createEcsClient({ endpoint, credentials: creds }).endpoint).toBe(expected);
  });

  it.each([
    [
      "127.0.0.1:8080",
      /invalid endpoint option "127\.0\.0\.1:8080": no scheme; write http:\/\/127\.0\.0\.1:8080 .* or https:\/\/127\.0\.0\.1:8080/,
    ],
    ["localhost:8080", /invalid endpoint option "localhost:8080": no scheme/],
    ["htp:/nope", /invalid endpoint option "htp:\/nope": the scheme must be http or https, got htp:/],
    ["http:/nope", /invalid endpoint option "http:\/nope": expected http:\/\/<host>/],
    ["not a url", /invalid endpoint option "not a url": expected an http:\/\/ or https:\/\/ URL, or a host name/],
    ["http://not a url", /invalid endpoint option "http:\/\/not a url": not a valid URL/],
    ["ftp://x", /the scheme must be http or https, got ftp:/],
    ["http://user:pw@host", /must not carry a user name or password/],
    ["https://host/?a=1", /must not carry a query or fragment/],
    ["   ", /empty/],
  ])("refuses %j with a TypeError naming the option", (endpoint, message) => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    let thrown: unknown;
    try {
      createEcsClient({ regionId: "cn-hangzhou", endpoint, credentials: creds, fetch });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(message);
    expect(requests).toHaveLength(0);
  });
});
