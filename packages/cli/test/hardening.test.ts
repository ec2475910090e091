// Issue 12's CLI items, through the built bin as a subprocess: pipes that close early, a full
// disk, terminal injection from what the service returns, usage mistakes.
import { execFile, spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { NASTY, startHostileService, type HostileService } from "./hostile-service.ts";

const bin = join(import.meta.dirname, "../dist/bin.js");
// The credentials chain would otherwise read this machine's ~/.aliyun and ask its metadata service.
const baseEnv = {
  PATH: process.env.PATH ?? "",
  HOME: "/nonexistent-ecs-hpc-home",
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: "true",
};
const keys = { ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIhostile", ALIBABA_CLOUD_ACCESS_KEY_SECRET: "hostile-test-secret" };
// Any raw control character (a newline ends a line and is fine).
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...baseEnv, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

let hostile: HostileService | undefined;
afterEach(async () => {
  await hostile?.close();
  hostile = undefined;
});

describe("pipes and full disks", () => {
  it.each([
    ["NDJSON, many writes", ["--ndjson"]],
    ["a table, one large write", []],
  ])(
    "a reader that stops after the first chunk (| head -1) ends it quietly with 141: %s",
    async (_, format) => {
      const child = spawn(process.execPath, [bin, "list", "--mock", "--all", "--mock-clusters", "20000", ...format], {
        env: baseEnv,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
      child.stdout.once("data", () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
      expect(code).toBe(141);
      expect(stderr).not.toMatch(/EPIPE|\n\s+at |Error/);
    },
    60_000,
  );

  it("a full disk (/dev/full) is one line on stderr and exit 1", async () => {
    const full = openSync("/dev/full", "w");
    try {
      const child = spawn(process.execPath, [bin, "list", "--mock", "--all", "--json"], {
        env: baseEnv,
        stdio: ["ignore", full, "pipe"],
      });
      let stderr = "";
      child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk));
      const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
      expect(code).toBe(1);
      expect(stderr).toBe("error: cannot write the output: ENOSPC (no space left on device)\n");
    } finally {
      closeSync(full);
    }
  }, 60_000);
});

describe("no terminal injection", () => {
  it("names, descriptions and IDs in a table have their control characters made visible", async () => {
    const cluster = {
      HpcClusterId: `hpc-x${NASTY.csi}`,
      Name: `n${NASTY.title}`,
      Description: `${NASTY.clear}d${NASTY.del}${NASTY.bidi}`,
    };
    hostile = await startHostileService({
      status: 200,
      body: { RequestId: "R", PageNumber: 1, PageSize: 10, TotalCount: 1, HpcClusters: { HpcCluster: [cluster] } },
    });
    const { code, stdout, stderr } = await cli(["list", "--region", "cn-hangzhou", "--endpoint", hostile.url], keys);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stdout).toContain("hpc-x\\x9b31m");
    expect(stdout).toContain("n\\x1b]0;owned\\x07");
    expect(stdout).toContain("\\x1b[2J\\x1b[Hd\\x7f\\u202e");
    // JSON keeps the data exact (JSON.stringify escapes C0 controls; the parse gives them back).
    const json = await cli(["list", "--region", "cn-hangzhou", "--endpoint", hostile.url, "--json"], keys);
    expect((JSON.parse(json.stdout) as { HpcClusters: { HpcCluster: unknown[] } }).HpcClusters.HpcCluster).toEqual([
      cluster,
    ]);
  });

  it("a service error's code, message and request id have their control characters made visible", async () => {
    hostile = await startHostileService({
      status: 400,
      body: { Code: `Bad${NASTY.clear}`, Message: `no${NASTY.title}${NASTY.bidi}`, RequestId: `REQ${NASTY.csi}` },
      headers: { "x-acs-request-id": "REQ-HEADER" },
    });
    const { code, stdout, stderr } = await cli(["list", "--region", "cn-hangzhou", "--endpoint", hostile.url], keys);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stderr).toMatch(/^error: Bad\\x1b\[2J\\x1b\[H: no\\x1b\]0;owned\\x07\\u202e \(HTTP 400, request id /m);
  });
});

describe("an error body is an error, whatever the status", () => {
  it("a 200 carrying Code and Message is that service error, never an empty listing with exit 0", async () => {
    hostile = await startHostileService({
      status: 200,
      body: { Code: "InvalidRegionId.NotFound", Message: "The specified region does not exist.", RequestId: "R-200" },
    });
    for (const args of [[], ["--all"]]) {
      const { code, stdout, stderr } = await cli(
        ["list", "--region", "cn-hangzhou", "--endpoint", hostile.url, ...args],
        keys,
      );
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^error: InvalidRegionId\.NotFound: The specified region does not exist\./m);
      expect(stderr).not.toMatch(/\b0 clusters?\b/);
    }
  });

  it("a 200 without the fields the spec requires is a response error naming the field", async () => {
    hostile = await startHostileService({
      status: 200,
      body: { RequestId: "R-empty", PageNumber: 1, PageSize: 10, TotalCount: 0 },
    });
    const { code, stdout, stderr } = await cli(
      ["list", "--region", "cn-hangzhou", "--endpoint", hostile.url, "--all"],
      keys,
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/HpcClusters/);
    expect(stderr).not.toMatch(/\b0 clusters?\b/);
  });
});

describe("usage mistakes all exit 2", () => {
  it.each([
    [
      ["list", "--mock", "--all", "--page-size", "101"],
      /invalid pagination option pageSize: must be an integer from 1 to 100 \(got 101\) \(the --page-size flag\)/,
    ],
    [["list", "--mock", "--page", "99999999999999999999"], /--page must be an integer from 1 to 2147483647/],
    [["list", "--mock", "--max-items", "9007199254740993"], /--max-items must be an integer >= 1/],
    [["list", "--mock", "--all", "--concurrency", "65"], /--concurrency must be an integer from 1 to 64/],
    [["list", "--mock", "--retries", "0"], /--retries must be an integer from 1 to 10/],
    [["list", "--mock", "--timeout", "1.5"], /--timeout must be an integer from 1 to 2147483647/],
    [["list", "--mock", "--mock-clusters", "-1"], /--mock-clusters/],
    [["list", "--mock", "--mock-clusters", "1000001"], /--mock-clusters must be an integer from 0 to 1000000/],
  ])("%j", async (args, message) => {
    const { code, stdout, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('ALIBABA_CLOUD_REGION_ID="" is unset: --mock uses its default region, a real call asks for --region', async () => {
    const mock = await cli(["list", "--mock", "--max-items", "1"], { ALIBABA_CLOUD_REGION_ID: "" });
    expect(mock.code).toBe(0);
    expect(mock.stderr).toMatch(/ in cn-hangzhou \(mock service\)/);
    const real = await cli(["list"], { ALIBABA_CLOUD_REGION_ID: "", ...keys });
    expect(real.code).toBe(2);
    expect(real.stderr).toMatch(/^error: no region: pass --region or set ALIBABA_CLOUD_REGION_ID$/m);
  });
});
