import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHpcStore, hpcError, hpcFault, mockCredentials } from "../src/index.ts";
import { startMockServer, type RunningMockServer } from "../src/server.ts";
import { runBin, startBin } from "./support/bin-process.ts";
import { call, send, v1, v3 } from "./support/wire.ts";

describe("startMockServer", () => {
  const store = createHpcStore({ clusters: 4 });
  let mock: RunningMockServer;
  beforeAll(async () => {
    mock = await startMockServer({ store });
  });
  afterAll(() => mock.close());

  const at = (path = "/") => new URL(path, mock.url).toString();

  it("serves signed V3 and V1 requests from the store it was given", async () => {
    expect(mock.store).toBe(store);
    expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
    const answer = await call(v3({ endpoint: at() }));
    expect(answer.status).toBe(200);
    expect(answer.body.TotalCount).toBe(4);
    expect(answer.body.HpcClusters).toEqual({
      HpcCluster: store.list().map(({ HpcClusterId, Name, Description }) => ({ HpcClusterId, Name, Description })),
    });
    expect((await call(v1({ endpoint: at(), method: "POST", placement: "form" }))).status).toBe(200);
    expect(store.requestCount("DescribeHpcClusters")).toBe(2);
  });

  it("answers XML when asked", async () => {
    const response = await fetch(v1({ endpoint: at(), format: "XML" }).url);
    expect(response.headers.get("content-type")).toMatch(/xml/);
    const text = await response.text();
    expect(text).toContain("<DescribeHpcClustersResponse><RequestId>");
    expect(text.match(/<HpcCluster>/g)).toHaveLength(4);
  });

  it("answers paths other than / with InvalidAction.NotFound", async () => {
    const answer = await call({ url: new URL(at("/DescribeHpcClusters")), method: "GET", headers: {}, body: "" });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ Code: "InvalidAction.NotFound", HostId: `127.0.0.1:${mock.port}` });
  });

  it("takes overrides with use() and drops them with resetHandlers()", async () => {
    mock.use(hpcError("DescribeHpcClusters", "InternalError"));
    expect((await call(v3({ endpoint: at() }))).status).toBe(500);
    mock.resetHandlers();
    expect((await call(v3({ endpoint: at() }))).status).toBe(200);
  });

  it("drops the connection for a dropped-connection fault", async () => {
    mock.use(hpcFault("*", "drop", { times: 1 }));
    await expect(send(v3({ endpoint: at() }))).rejects.toThrow(/fetch failed/);
    expect((await call(v3({ endpoint: at() }))).status).toBe(200);
    mock.resetHandlers();
  });

  it("close() stops listening", async () => {
    const other = await startMockServer({ port: 0 });
    await other.close();
    await expect(fetch(other.url)).rejects.toThrow();
  });
});

// Each test spawns the bin (a Node process): an explicit budget for a loaded machine.
describe("ecs-hpc-mock", { timeout: 60_000 }, () => {
  it("--help prints the usage and exits 0", async () => {
    const { code, stdout } = await runBin(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: ecs-hpc-mock");
    expect(stdout).toContain("--throttle-rate");
  });

  it.each([
    [["--bogus"], /Unknown option/],
    [["--port", "http"], /--port must be a port number/],
    [["--throttle-rate", "2"], /--throttle-rate must be a number between 0 and 1/],
    [["--access-key-id", "LTAI5tOnly"], /go together/],
    [["--region", "mars-1"], /not a region the service serves/],
    [["--throttle-rate", "0.7", "--internal-error-rate", "0.7"], /must not exceed 1/],
    [["--throttle-rate", "0.7", "--error-rate", "0.7"], /must not exceed 1/],
    [["--internal-error-rate", "0.1", "--error-rate", "0.1"], /deprecated alias/],
    [["--cors-origin", "http://localhost:5173/app"], /is not an origin/],
    [["--max-request-bytes", "0"], /--max-request-bytes must be a positive integer/],
    [["--access-key-id", "LTAI5tKey", "--access-key-secret", "line\nbreak"], /printable ASCII/],
  ])("refuses %j with exit code 2", async (args, message) => {
    const { code, stderr } = await runBin(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("--no-verify, --region and fault flags", async () => {
    const bin = await startBin([
      "--no-verify",
      "--region",
      "cn-shanghai",
      "--region",
      "cn-beijing",
      "--clusters",
      "6",
      "--throttle-rate",
      "1",
      "--retry-after-ms",
      "7",
      "--latency-ms",
      "1-3",
    ]);
    try {
      expect(bin.stderr()).toContain("6 HPC clusters in cn-shanghai, cn-beijing");
      expect(bin.stderr()).toContain("signatures not checked");
      const answer = await call({
        url: new URL(`${bin.url}/?Action=DescribeHpcClusters&Version=2014-05-26&RegionId=cn-beijing&Format=JSON`),
        method: "GET",
        headers: {},
        body: "",
      });
      expect(answer.body.Code).toBe("Throttling.User");
      expect(answer.headers.get("x-acs-retry-after")).toBe("7");
    } finally {
      expect(await bin.stop("SIGINT")).toBe(0);
    }
  });

  it("prints the URL, then the key id and secret a client signs with", async () => {
    const byDefault = await startBin(["--clusters", "1"]);
    try {
      expect(byDefault.accessKeyId).toBe(mockCredentials.accessKeyId);
      expect(byDefault.accessKeySecret).toBe(mockCredentials.accessKeySecret);
      expect(byDefault.accessKeySecret).toBe("MockAccessKeySecretForTests000");
      const answer = await call(
        v3({
          endpoint: `${byDefault.url}/`,
          credential: { accessKeyId: byDefault.accessKeyId, accessKeySecret: byDefault.accessKeySecret },
        }),
      );
      expect(answer.status).toBe(200);
    } finally {
      await byDefault.stop();
    }
    const custom = await startBin([
      "--access-key-id",
      "LTAI5tCustomKey000000001",
      "--access-key-secret",
      "CustomSecret123",
    ]);
    try {
      expect([custom.accessKeyId, custom.accessKeySecret]).toEqual(["LTAI5tCustomKey000000001", "CustomSecret123"]);
    } finally {
      await custom.stop();
    }
  });

  it("--internal-error-rate (and its deprecated alias --error-rate) injects InternalError", async () => {
    for (const flag of ["--internal-error-rate", "--error-rate"]) {
      const bin = await startBin(["--no-verify", flag, "1"]);
      try {
        const answer = await call({
          url: new URL(`${bin.url}/?Action=DescribeHpcClusters&Version=2014-05-26&RegionId=cn-hangzhou&Format=JSON`),
          method: "GET",
          headers: {},
          body: "",
        });
        expect(answer.body.Code).toBe("InternalError");
        if (flag === "--error-rate") expect(bin.stderr()).toContain("--error-rate is deprecated");
      } finally {
        await bin.stop();
      }
    }
  });

  it("serves unsigned requests with --no-verify", async () => {
    const bin = await startBin(["--no-verify", "--clusters", "2"]);
    try {
      const answer = await call({
        url: new URL(`${bin.url}/?Action=DescribeHpcClusters&Version=2014-05-26&RegionId=cn-hangzhou&Format=JSON`),
        method: "GET",
        headers: {},
        body: "",
      });
      expect(answer.body.TotalCount).toBe(2);
    } finally {
      await bin.stop();
    }
  });
});
