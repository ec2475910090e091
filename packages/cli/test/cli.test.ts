// The built bin, run as a subprocess: exit codes, stdout and stderr, in-process mock and the
// standalone mock server over loopback.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type RunningMockServer } from "@ecs-hpc/msw/server";

const bin = join(import.meta.dirname, "../dist/bin.js");
// The credentials chain would otherwise read this machine's ~/.aliyun and ask its metadata service.
const baseEnv = {
  PATH: process.env.PATH ?? "",
  HOME: "/nonexistent-ecs-hpc-home",
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: "true",
};

function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...baseEnv, ...env }, timeout: 110_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

describe("hpc-clusters list --mock", () => {
  it("lists every cluster of the seeded mock as a table, data only on stdout", async () => {
    const { code, stdout, stderr } = await cli(["list", "--mock", "--all", "--mock-clusters", "120"]);
    expect(code).toBe(0);
    const rows = stdout.split("\n").filter((line) => line.includes("hpc-"));
    expect(rows).toHaveLength(120);
    expect(stdout).toContain("HpcClusterId");
    expect(stderr).toMatch(/^120 clusters of 120 in cn-hangzhou \(mock service\)/m);
  });

  it("--json prints the merged list in the API's shape, indented; same seed, same clusters", async () => {
    const a = await cli(["list", "--mock", "--all", "--json", "--mock-clusters", "230", "--concurrency", "4"]);
    const b = await cli(["list", "--mock", "--all", "--json", "--mock-clusters", "230", "--concurrency", "1"]);
    expect(a.code).toBe(0);
    const parsed = JSON.parse(a.stdout) as {
      TotalCount: number;
      HpcClusters: { HpcCluster: { HpcClusterId: string }[] };
    };
    expect(Object.keys(parsed)).toEqual(["TotalCount", "HpcClusters"]);
    expect(Object.keys(parsed.HpcClusters)).toEqual(["HpcCluster"]);
    expect(parsed.TotalCount).toBe(230);
    expect(parsed.HpcClusters.HpcCluster).toHaveLength(230);
    expect(new Set(parsed.HpcClusters.HpcCluster.map((c) => c.HpcClusterId)).size).toBe(230);
    expect(a.stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(JSON.parse(b.stdout)).toEqual(parsed);
  });

  it("--ndjson streams one cluster a line; --max-items stops early", async () => {
    const { code, stdout } = await cli(["list", "--mock", "--all", "--ndjson", "--max-items", "15"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(15);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty("HpcClusterId");
  });

  it("one page with --page and --page-size", async () => {
    const { code, stdout } = await cli(["list", "--mock", "--page", "3", "--page-size", "7", "--json"]);
    expect(code).toBe(0);
    const page = JSON.parse(stdout) as { TotalCount: number; HpcClusters: { HpcCluster: unknown[] } };
    expect(page.HpcClusters.HpcCluster).toHaveLength(7);
    expect(page.TotalCount).toBe(250);
  });

  it("--ids filters", async () => {
    type Listing = { HpcClusters: { HpcCluster: { HpcClusterId: string }[] } };
    const all = JSON.parse((await cli(["list", "--mock", "--json", "--page-size", "5"])).stdout) as Listing;
    const ids = all.HpcClusters.HpcCluster.slice(1, 3).map((c) => c.HpcClusterId);
    const { stdout, stderr } = await cli(["list", "--mock", "--json", "--ids", ids.join(",")]);
    expect((JSON.parse(stdout) as Listing).HpcClusters.HpcCluster.map((c) => c.HpcClusterId)).toEqual(ids);
    expect(stderr).not.toMatch(/note:/);
  });
});

describe("errors and exit codes", () => {
  it("a bad flag value is a usage error (exit 2) with a one-line message", async () => {
    const { code, stdout, stderr } = await cli(["list", "--mock", "--page-size", "0"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/--page-size must be an integer >= 1/);
  });

  it("input the spec refuses is a usage error too, before any request", async () => {
    const { code, stderr } = await cli(["list", "--mock", "--page-size", "101"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: DescribeHpcClusters: invalid input: PageSize must be at most 100 \(got 101\)$/m);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("an unknown command or option is a usage error", async () => {
    expect((await cli(["lst"])).code).toBe(2);
    expect((await cli(["list", "--bogus"])).code).toBe(2);
  });

  it("no credentials: exit 3, names the variables and --mock, no library advice, no stack", async () => {
    const { code, stderr } = await cli(["list", "--region", "cn-hangzhou", "--endpoint", "http://127.0.0.1:9"], {
      ALIBABA_CLOUD_ACCESS_KEY_ID: "",
    });
    expect(code).toBe(3);
    expect(stderr).toMatch(
      /^error: no credentials: export ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET .*or try --mock$/m,
    );
    expect(stderr).not.toMatch(/createEcsClient/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("no region: usage error", async () => {
    expect((await cli(["list"])).code).toBe(2);
  });

  it("--help for every command", async () => {
    const top = await cli(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/list/);
    const list = await cli(["list", "--help"]);
    expect(list.code).toBe(0);
    for (const flag of [
      "--all",
      "--ids",
      "--page-size",
      "--max-items",
      "--concurrency",
      "--json",
      "--ndjson",
      "--mock",
      "--endpoint",
      "--signature-version",
    ])
      expect(list.stdout).toContain(flag);
  });
});

describe("against the standalone mock server over loopback", () => {
  let server: RunningMockServer;
  const secret = "cli-test-secret-value";
  beforeAll(async () => {
    server = await startMockServer({
      store: { clusters: 57, seed: 9 },
      credentials: [{ accessKeyId: "LTAIcli", accessKeySecret: secret }],
    });
  });
  afterAll(async () => server?.close());
  const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIcli", ALIBABA_CLOUD_ACCESS_KEY_SECRET: secret };

  it.each(["v3", "v1"])("lists every cluster with signature %s", async (version) => {
    const { code, stdout } = await cli(
      ["list", "--region", "cn-hangzhou", "--endpoint", server.url, "--all", "--json", "--signature-version", version],
      env,
    );
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { TotalCount: number }).TotalCount).toBe(57);
  });

  it("a wrong secret: the service's code and request id on one line, exit 1, secret never printed", async () => {
    const { code, stdout, stderr } = await cli(
      ["list", "--region", "cn-hangzhou", "--endpoint", server.url, "--debug"],
      { ...env, ALIBABA_CLOUD_ACCESS_KEY_SECRET: "wrong-secret-xyz" },
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^error: SignatureDoesNotMatch: .+ request id [0-9A-F-]{36}/m);
    expect(stderr).not.toContain("wrong-secret-xyz");
  });

  it("ECS_HPC_LOG=debug logs each attempt on stderr, never a credential; a bad level is a usage error", async () => {
    const list = ["list", "--region", "cn-hangzhou", "--endpoint", server.url];
    const logged = await cli([...list, "--page-size", "5"], { ...env, ECS_HPC_LOG: "debug" });
    expect(logged.code).toBe(0);
    expect(logged.stderr).toMatch(/^\[ecs-hpc debug\] POST DescribeHpcClusters attempt 1: HTTP 200 in \d+ ms$/m);
    expect(logged.stderr).not.toContain(secret);
    const wrong = await cli(list, { ...env, ALIBABA_CLOUD_ACCESS_KEY_SECRET: "wrong-secret-xyz", ECS_HPC_LOG: "warn" });
    const failed =
      /^\[ecs-hpc warn\] POST DescribeHpcClusters attempt 1: HTTP 400 SignatureDoesNotMatch in \d+ ms; fail$/m;
    expect(wrong.stderr).toMatch(failed);
    expect(wrong.stderr).not.toContain("wrong-secret-xyz");
    const quiet = await cli([...list, "--page-size", "5"], env);
    expect(quiet.stderr).not.toContain("[ecs-hpc");
    const bad = await cli(list, { ...env, ECS_HPC_LOG: "loud" });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/ECS_HPC_LOG must be one of debug, info, warn, error, silent/);
  });

  it("an unknown region gives the service's error", async () => {
    const { code, stderr } = await cli(["list", "--region", "xx-nowhere-1", "--endpoint", server.url], env);
    expect(code).toBe(1);
    expect(stderr).toMatch(/InvalidRegionId.NotFound/);
  });
});
