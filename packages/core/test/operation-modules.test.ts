// The tree-shakable form: a client with no operation in it (`@ecs-hpc/core/client`) and one
// generated module per operation (`@ecs-hpc/core/operations/<operation>`). Each module holds its
// own operation and imports nothing at run time, so a program bundles what it calls.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEcsBaseClient, fetchHandler, isEcsError, signatureV1, signatureV3 } from "../src/base/index.ts";
import { createEcsClient, clientOperations } from "../src/index.ts";
import { DescribeHpcClusters, describeHpcClusters } from "../src/generated/operations/describe-hpc-clusters.ts";
import { CreateHpcCluster, createHpcCluster } from "../src/generated/operations/create-hpc-cluster.ts";
import { creds, json, pageBody, referenceV1Signature, referenceV3Authorization, scriptedFetch } from "./helpers.ts";

const modules = join(import.meta.dirname, "../src/generated/operations");

describe("the operation modules", () => {
  it("are one per operation of the spec, each importing only types", () => {
    const files = readdirSync(modules).filter((file) => file !== "index.ts");
    expect(files).toHaveLength(Object.keys(clientOperations).length);
    for (const file of files) {
      const imports = readFileSync(join(modules, file), "utf8")
        .split("\n")
        .filter((line) => line.startsWith("import "));
      expect(imports.length, file).toBeGreaterThan(0);
      for (const line of imports) expect(line, file).toMatch(/^import type /);
    }
  });

  it("export the same run-time spec the convenience client's table holds", () => {
    expect(clientOperations.DescribeHpcClusters).toBe(DescribeHpcClusters);
    expect(DescribeHpcClusters).toMatchObject({
      name: "DescribeHpcClusters",
      method: "describeHpcClusters",
      pagination: { items: "HpcClusters.HpcCluster" },
    });
    expect(DescribeHpcClusters).not.toHaveProperty("errors");
  });
});

describe("createEcsBaseClient with an operation's function", () => {
  it("sends a signed call of that operation and returns its output", async () => {
    const { fetch, requests } = scriptedFetch(json(pageBody({ TotalCount: 7 })));
    const ecs = createEcsBaseClient({
      regionId: "cn-hangzhou",
      credentials: creds,
      requestHandler: fetchHandler(fetch),
    });
    const page = await describeHpcClusters(ecs, { PageSize: 5 });
    expect(page.TotalCount).toBe(7);
    const request = requests[0]!;
    expect(request.headers.get("x-acs-action")).toBe("DescribeHpcClusters");
    const query = new URL(request.url).searchParams;
    expect(query.get("RegionId")).toBe("cn-hangzhou");
    expect(query.get("PageSize")).toBe("5");
    expect(request.headers.get("authorization")).toBe(
      referenceV3Authorization(request, creds.accessKeySecret, creds.accessKeyId),
    );
  });

  it("has no operation in it: no methods, only send", () => {
    const ecs = createEcsBaseClient({ regionId: "cn-hangzhou", credentials: creds });
    expect("describeHpcClusters" in ecs).toBe(false);
    expect("raw" in ecs).toBe(false);
    expect(typeof ecs.send).toBe("function");
  });

  it("validates from the module's spec before any request, and fills in idempotency tokens", async () => {
    const { fetch, requests } = scriptedFetch(json({ RequestId: "R", HpcClusterId: "hpc-new" }));
    const ecs = createEcsBaseClient({
      regionId: "cn-hangzhou",
      credentials: creds,
      requestHandler: fetchHandler(fetch),
      idempotencyToken: () => "token-1",
    });
    const refused = await createHpcCluster(ecs, { Name: "" }).catch((error: unknown) => error);
    expect(isEcsError(refused, "validation")).toBe(true);
    expect(refused).toMatchObject({ param: "Name" });
    expect(requests).toHaveLength(0);
    await ecs.send(CreateHpcCluster, { Name: "cluster-a" });
    expect(new URL(requests[0]!.url).searchParams.get("ClientToken")).toBe("token-1");
  });

  it("refuses what is not a generated operation, before any request", async () => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    const ecs = createEcsBaseClient({
      regionId: "cn-hangzhou",
      credentials: creds,
      requestHandler: fetchHandler(fetch),
    });
    await expect(ecs.send("DescribeHpcClusters" as never, {} as never)).rejects.toThrow(/generated operation/);
    expect(requests).toHaveLength(0);
  });

  it("on the Node entry, takes credentials from the default chain (the environment here) like createEcsClient", async () => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    const saved = { ...process.env };
    process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = "ENVKEY";
    process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = "ENVSECRET";
    try {
      await describeHpcClusters(createEcsBaseClient({ regionId: "cn-hangzhou", requestHandler: fetchHandler(fetch) }));
    } finally {
      process.env = saved;
    }
    expect(requests[0]!.headers.get("authorization")).toContain("Credential=ENVKEY,");
  });

  it("takes a request handler, not a fetch: a fetch option is refused before any request, saying what to pass", () => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    const options = { regionId: "cn-hangzhou", credentials: creds, fetch } as never;
    expect(() => createEcsBaseClient(options)).toThrow(TypeError);
    expect(() => createEcsBaseClient(options)).toThrow(
      /no fetch option; pass requestHandler: fetchHandler\(yourFetch\)/,
    );
    expect(requests).toHaveLength(0);
    // The convenience client keeps `fetch` as the shorthand.
    expect(() => createEcsClient({ regionId: "cn-hangzhou", credentials: creds, fetch })).not.toThrow();
  });

  it("signs with the signer it is given: signatureV1 puts a verifiable V1 signature in the query", async () => {
    const { fetch, requests } = scriptedFetch(json(pageBody({ TotalCount: 2 })));
    const requestHandler = fetchHandler(fetch);
    const ecs = createEcsBaseClient({
      regionId: "cn-hangzhou",
      credentials: creds,
      requestHandler,
      signer: signatureV1,
    });
    expect(ecs.signatureVersion).toBe("v1");
    expect((await describeHpcClusters(ecs)).TotalCount).toBe(2);
    const query = new URL(requests[0]!.url).searchParams;
    expect(query.get("SignatureMethod")).toBe("HMAC-SHA1");
    expect(query.get("Signature")).toBe(referenceV1Signature(requests[0]!, creds.accessKeySecret));
    expect(requests[0]!.headers.get("authorization")).toBeNull();
    expect(
      createEcsBaseClient({ regionId: "cn-hangzhou", credentials: creds, signer: signatureV3 }).signatureVersion,
    ).toBe("v3");
  });

  it("takes a signer, not a signatureVersion: v1 by name is refused before any request, saying what to pass", () => {
    const options = { regionId: "cn-hangzhou", credentials: creds, signatureVersion: "v1" } as never;
    expect(() => createEcsBaseClient(options)).toThrow(TypeError);
    expect(() => createEcsBaseClient(options)).toThrow(/no signatureVersion option; pass signer: signatureV1/);
    // "v3" is what it does anyway; the convenience client keeps the name.
    const v3 = { regionId: "cn-hangzhou", credentials: creds, signatureVersion: "v3" } as never;
    expect(createEcsBaseClient(v3).signatureVersion).toBe("v3");
    expect(
      createEcsClient({ regionId: "cn-hangzhou", credentials: creds, signatureVersion: "v1" }).signatureVersion,
    ).toBe("v1");
    const bad = { regionId: "cn-hangzhou", credentials: creds, signer: { version: "v2", sign: () => ({}) } } as never;
    expect(() => createEcsBaseClient(bad)).toThrow(/signer must be signatureV3 or signatureV1/);
  });

  it("checks its options like createEcsClient", () => {
    expect(() => createEcsBaseClient({})).toThrow(/createEcsBaseClient: pass regionId/);
    expect(() => createEcsBaseClient({ regionId: "cn-hangzhou", timeoutMs: 0 })).toThrow(/timeoutMs/);
  });
});

describe("the convenience client", () => {
  it("sends generated operations too, on the same call path as its methods", async () => {
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    const ecs = createEcsClient({ regionId: "cn-hangzhou", credentials: creds, fetch });
    await ecs.send(DescribeHpcClusters, { PageSize: 3 });
    await describeHpcClusters(ecs, { PageSize: 4 });
    await ecs.describeHpcClusters({ PageSize: 5 });
    expect(requests.map((r) => new URL(r.url).searchParams.get("PageSize"))).toEqual(["3", "4", "5"]);
  });
});

// Type-level checks (run by `tsc` in `pnpm typecheck`; never called).
// biome-ignore lint/suspicious/noExportsInTest: exported so tsc checks these type-only uses without an unused-function error
export function typeChecks(ecs: ReturnType<typeof createEcsBaseClient>): void {
  // @ts-expect-error PageSize is an integer
  void describeHpcClusters(ecs, { PageSize: "5" });
  // @ts-expect-error Name is required
  void createHpcCluster(ecs, {});
  // @ts-expect-error not a parameter of DescribeHpcClusters
  void ecs.send(DescribeHpcClusters, { Name: "x" });
  void ecs
    .send(DescribeHpcClusters, {})
    .then((page) => page.HpcClusters.HpcCluster[0]?.HpcClusterId satisfies string | undefined);
}
