// --profile: credentials and region from an aliyun CLI profile of a fixture HOME, against the
// standalone mock over loopback.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type RunningMockServer } from "@ecs-hpc/msw/server";

const bin = join(import.meta.dirname, "../dist/bin.js");
const secret = "ProfileSecretForCliTests000000";
let server: RunningMockServer;
let home: string;

beforeAll(async () => {
  server = await startMockServer({
    store: { clusters: 7, seed: 3 },
    credentials: [{ accessKeyId: "LTAIprofilecli", accessKeySecret: secret }],
  });
  home = mkdtempSync(join(tmpdir(), "hpc-clusters-profile-"));
  mkdirSync(join(home, ".aliyun"));
  const profiles = [
    { name: "default", mode: "AK", access_key_id: "LTAIwrong", access_key_secret: "wrong", region_id: "cn-beijing" },
    { name: "work", mode: "AK", access_key_id: "LTAIprofilecli", access_key_secret: secret, region_id: "cn-hangzhou" },
  ];
  writeFileSync(join(home, ".aliyun", "config.json"), JSON.stringify({ current: "default", profiles }));
});
afterAll(async () => {
  await server.close();
  rmSync(home, { recursive: true, force: true });
});

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH ?? "", HOME: home, ALIBABA_CLOUD_ECS_METADATA_DISABLED: "true" };
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe("hpc-clusters --profile", () => {
  it("signs with the named profile and takes its region", async () => {
    const { code, stdout, stderr } = await cli([
      "list",
      "--profile",
      "work",
      "--endpoint",
      server.url,
      "--all",
      "--json",
    ]);
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ TotalCount: 7 });
    expect(stderr).toMatch(/in cn-hangzhou/);
  }, 30_000);

  it("an unknown profile: exit 3, naming the file, no secret", async () => {
    const { code, stderr } = await cli([
      "list",
      "--profile",
      "nobody",
      "--region",
      "cn-hangzhou",
      "--endpoint",
      server.url,
    ]);
    expect(code).toBe(3);
    expect(stderr).toContain(`${join(home, ".aliyun", "config.json")} has no profile "nobody"`);
    expect(stderr).not.toContain(secret);
  }, 30_000);
});
