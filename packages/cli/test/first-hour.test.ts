// Issue 17's CLI items: help and exit codes, the mock's region errors, --ids notes, endpoint
// mistakes, output fitted to the terminal, and a summary that times the listing only.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../src/index.ts";
import { displayWidth } from "../src/table.ts";

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
      { env: { ...baseEnv, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

/** An in-memory stream that says it is a terminal of `columns` columns (or a pipe). */
function stream(tty: { columns: number } | undefined, onWrite?: () => void) {
  let text = "";
  const s = new Writable({
    write(chunk, _encoding, done) {
      onWrite?.();
      text += String(chunk);
      done();
    },
  }) as Writable & { isTTY?: boolean; columns?: number };
  if (tty) {
    s.isTTY = true;
    s.columns = tty.columns;
  }
  return { stream: s as unknown as NodeJS.WriteStream, text: () => text };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("help and exit codes", () => {
  it("no command: usage on stderr, nothing on stdout, exit 2", async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^error: no command given/);
    expect(stderr).toMatch(/Usage: hpc-clusters/);
    expect((await cli(["--debug"])).code).toBe(2);
  });

  it("on a Node older than the engines range, the bin says what it needs (simulated), nothing else", async () => {
    const preload = 'data:text/javascript,Object.defineProperty(process.versions, "node", { value: "20.11.1" })';
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ["--import", preload, bin, "list", "--mock"],
        { env: baseEnv, timeout: 60_000 },
        (error, out, err) =>
          resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout: out, stderr: err }),
      );
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("hpc-clusters needs Node >= 22.12; this is Node 20.11.1\n");
  });

  it("--version is the package's version", async () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, "../package.json"), "utf8")) as {
      version: string;
    };
    const { code, stdout } = await cli(["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(version);
  });

  it("every command's help has examples; only list offers the mock's data flags", async () => {
    for (const command of ["list", "create", "modify", "delete"]) {
      const { code, stdout } = await cli([command, "--help"]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/\nExamples:\n {2}\$ .*hpc-clusters /);
      expect(stdout).toContain("--mock ");
      if (command === "list") expect(stdout).toMatch(/--mock-clusters[\s\S]*--mock-seed/);
      else expect(stdout).not.toMatch(/--mock-clusters|--mock-seed/);
    }
    expect((await cli(["create", "--mock", "--name", "abc", "--mock-seed", "3"])).code).toBe(2);
  });

  it("--mock with a region the service does not serve: the service's InvalidRegionId.NotFound, exit 1", async () => {
    const { code, stdout, stderr } = await cli(["list", "--mock", "--region", "cn-nowhere"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^error: InvalidRegionId\.NotFound: .+\(HTTP 400, request id /m);
    expect(stderr).not.toMatch(/createHpcStore/);
  });

  it("an endpoint without a scheme is a usage error naming --endpoint, before any request", async () => {
    const { code, stderr } = await cli(["list", "--region", "cn-hangzhou", "--endpoint", "127.0.0.1:8080"], {
      ALIBABA_CLOUD_ACCESS_KEY_ID: "a",
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: "b",
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^error: invalid --endpoint "127\.0\.0\.1:8080": no scheme; write http:\/\/127\.0\.0\.1:8080/m,
    );
    const bad = await cli(["list", "--region", "cn-hangzhou", "--endpoint", "htp:/nope"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/invalid --endpoint "htp:\/nope": the scheme must be http or https/);
  });

  it("create --json is indented like list --json", async () => {
    const { code, stdout } = await cli(["create", "--mock", "--name", "cfd-json", "--json"]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { HpcClusterId: string; RequestId: string };
    expect(stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(parsed.HpcClusterId).toMatch(/^hpc-/);
  });
});

describe("--ids that match no cluster", () => {
  it("are named on stderr, the data stays on stdout", async () => {
    const first = JSON.parse((await cli(["list", "--mock", "--json", "--page-size", "1"])).stdout) as {
      HpcClusters: { HpcCluster: { HpcClusterId: string }[] };
    };
    const known = first.HpcClusters.HpcCluster[0]!.HpcClusterId;
    for (const extra of [[], ["--all"]]) {
      const { code, stdout, stderr } = await cli([
        "list",
        "--mock",
        "--ndjson",
        "--ids",
        `${known},hpc-nosuchcluster1`,
        ...extra,
      ]);
      expect(code).toBe(0);
      expect(
        stdout
          .trim()
          .split("\n")
          .map((l) => (JSON.parse(l) as { HpcClusterId: string }).HpcClusterId),
      ).toEqual([known]);
      expect(stderr).toMatch(/^note: no cluster in cn-hangzhou has the id hpc-nosuchcluster1$/m);
    }
  });
});

describe("in a terminal", () => {
  const env = { PATH: process.env.PATH ?? "" };

  it("the table fits the terminal's width, long descriptions cut with an ellipsis", async () => {
    const out = stream({ columns: 80 });
    const err = stream(undefined);
    const code = await run(["list", "--mock", "--all", "--mock-clusters", "300", "--no-progress"], {
      stdout: out.stream,
      stderr: err.stream,
      env,
      signal: new AbortController().signal,
    });
    expect(code).toBe(0);
    const lines = out.text().trimEnd().split("\n");
    expect(lines).toHaveLength(301);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(lines.filter((line) => line.endsWith("…")).length).toBeGreaterThan(0);
    for (const line of lines.slice(1)) expect(line).toMatch(/^hpc-[a-z0-9]+ /);
  }, 60_000);

  it("progress goes to a terminal's stderr only, cleared before the summary; stdout holds data only", async () => {
    const out = stream(undefined);
    const err = stream({ columns: 80 });
    const code = await run(["list", "--mock", "--all", "--ndjson", "--mock-clusters", "120"], {
      stdout: out.stream,
      stderr: err.stream,
      env,
      signal: new AbortController().signal,
    });
    expect(code).toBe(0);
    const lines = out.text().trimEnd().split("\n");
    expect(lines).toHaveLength(120);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(err.text()).toMatch(/^\r\x1b\[2K. listing clusters…/);
    expect(err.text()).toMatch(/\r\x1b\[2K120 clusters of 120 in cn-hangzhou \(mock service\), listed in [\d.]+ s\n$/);
  }, 60_000);

  it("a pipe gets whole rows", async () => {
    const out = stream(undefined);
    const code = await run(["list", "--mock", "--all", "--mock-clusters", "300"], {
      stdout: out.stream,
      stderr: stream(undefined).stream,
      env,
      signal: new AbortController().signal,
    });
    expect(code).toBe(0);
    expect(out.text()).not.toContain("…");
    expect(
      Math.max(
        ...out
          .text()
          .split("\n")
          .map((l) => l.length),
      ),
    ).toBeGreaterThan(80);
  }, 60_000);

  it("the summary times the listing, not the rendering", async () => {
    let clock = 0;
    vi.spyOn(performance, "now").mockImplementation(() => clock);
    // Writing the data "takes" 1000 s of the fake clock.
    const out = stream(undefined, () => {
      clock += 1_000_000;
    });
    const err = stream(undefined);
    const code = await run(["list", "--mock", "--all", "--mock-clusters", "30"], {
      stdout: out.stream,
      stderr: err.stream,
      env,
      signal: new AbortController().signal,
    });
    expect(code).toBe(0);
    expect(err.text()).toMatch(/^30 clusters of 30 in cn-hangzhou \(mock service\), listed in 0\.00 s$/m);
  }, 60_000);
});
