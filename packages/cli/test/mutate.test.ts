// create, modify and delete through the built bin against the standalone mock server, whose
// state persists between invocations (of one test: each test has its own server and store, so a
// CLI process an abandoned test left running cannot change what the next one counts).
import { execFile } from "node:child_process";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hpcFault } from "@ecs-hpc/msw";
import { startMockServer, type RunningMockServer } from "@ecs-hpc/msw/server";

const bin = join(import.meta.dirname, "../dist/bin.js");
const secret = "cli-mutate-secret";
let server: RunningMockServer;

beforeEach(async () => {
  server = await startMockServer({
    store: { clusters: 3, seed: 4 },
    credentials: [{ accessKeyId: "LTAImutate", accessKeySecret: secret }],
  });
});
afterEach(async () => server?.close());

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/tmp",
    ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAImutate",
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: secret,
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args, "--region", "cn-hangzhou", "--endpoint", server.url],
      { env, timeout: 110_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

const listIds = async (ids: string) => {
  const listing = JSON.parse((await cli(["list", "--json", "--ids", ids])).stdout) as {
    TotalCount: number;
    HpcClusters: { HpcCluster: { HpcClusterId: string; Name: string; Description?: string }[] };
  };
  return { TotalCount: listing.TotalCount, HpcClusters: listing.HpcClusters.HpcCluster };
};

describe("hpc-clusters create / modify / delete", () => {
  it("round-trips a cluster", async () => {
    const created = await cli(["create", "--name", "cfd-cli-01", "--description", "made by the CLI test"]);
    expect(created.code).toBe(0);
    const id = created.stdout.trim();
    expect(id).toMatch(/^hpc-[a-z0-9]+$/);
    expect((await listIds(id)).HpcClusters).toEqual([
      { HpcClusterId: id, Name: "cfd-cli-01", Description: "made by the CLI test" },
    ]);

    const modified = await cli(["modify", id, "--name", "cfd-cli-02"]);
    expect(modified.code).toBe(0);
    expect(modified.stdout).toBe("");
    expect(modified.stderr).toMatch(new RegExp(`^modified ${id} \\(request id `));
    expect((await listIds(id)).HpcClusters[0]?.Name).toBe("cfd-cli-02");

    const deleted = await cli(["delete", id, "--json"]);
    expect(deleted.code).toBe(0);
    expect(JSON.parse(deleted.stdout)).toHaveProperty("RequestId");
    expect((await listIds(id)).TotalCount).toBe(0);
  });

  it("the same --client-token creates once", async () => {
    const a = await cli(["create", "--name", "once-only", "--client-token", "cli-token-1"]);
    const b = await cli(["create", "--name", "once-only", "--client-token", "cli-token-1"]);
    expect(a.stdout).toBe(b.stdout);
    expect(server.store.list().filter((c) => c.Name === "once-only")).toHaveLength(1);
  });

  it("refuses a bad name before any request, with the spec's code", async () => {
    const before = server.store.requestCount();
    const { code, stderr } = await cli(["create", "--name", "9lives"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: CreateHpcCluster: invalid input: Name must match/m);
    expect(server.store.requestCount()).toBe(before);
  });

  it("modify needs --name or --description", async () => {
    const { code, stderr } = await cli(["modify", "hpc-anything"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/needs at least one of Name, Description/);
  });

  it("deleting an unknown cluster: the service's code, exit 1", async () => {
    const { code, stderr } = await cli(["delete", "hpc-doesnotexist"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^error: NotExists.HpcCluster: The specified hpc cluster does not exist. \(HTTP 400, request id /m,
    );
  });

  it("create requires --name", async () => {
    const { code, stderr } = await cli(["create"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--name/);
  });
});

describe("hpc-clusters create whose responses are lost after it committed", () => {
  let lossy: RunningMockServer;
  beforeEach(async () => {
    lossy = await startMockServer({
      store: { clusters: 1, seed: 9 },
      credentials: [{ accessKeyId: "LTAImutate", accessKeySecret: secret }],
    });
  });
  afterEach(async () => lossy?.close());

  const run = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAImutate",
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: secret,
    };
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [bin, ...args, "--region", "cn-hangzhou", "--endpoint", lossy.url],
        { env, timeout: 110_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
      );
    });
  };

  it("prints the ClientToken to retry with; the retry with it makes no second cluster", {
    timeout: 240_000,
  }, async () => {
    lossy.use(hpcFault("dropAfterCommit", { action: "CreateHpcCluster", times: 3 }));
    const failed = await run(["create", "--name", "lost-in-transit"]);
    expect(failed.code).toBe(1);
    const hint =
      /^retry with --client-token ([0-9a-f-]{36}) to get the cluster this call may have created, not a second one$/m.exec(
        failed.stderr,
      );
    expect(failed.stderr).toMatch(/^error: CreateHpcCluster: network error/m);
    expect(hint).not.toBeNull();
    expect(lossy.store.list().filter((c) => c.Name === "lost-in-transit")).toHaveLength(1); // it was applied

    const retried = await run(["create", "--name", "lost-in-transit", "--client-token", hint![1]!]);
    expect(retried.code).toBe(0);
    const created = lossy.store.list().filter((c) => c.Name === "lost-in-transit");
    expect(created).toHaveLength(1);
    expect(retried.stdout.trim()).toBe(created[0]?.HpcClusterId);
  });

  it("no hint when nothing was sent (a bad name)", async () => {
    const { stderr } = await run(["create", "--name", "9lives"]);
    expect(stderr).not.toMatch(/--client-token/);
  });
});
