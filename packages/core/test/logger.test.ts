// The logger option: one line per attempt at a level, default silent, credentials never logged.
import { describe, expect, it } from "vitest";
import { createEcsBaseClient, fetchHandler } from "../src/base/index.ts";
import { describeHpcClusters } from "../src/generated/operations/describe-hpc-clusters.ts";
import { createEcsClient, logAttempts, type EcsClientOptions, type Logger } from "../src/index.ts";
import { caught, creds, errorBody, json, pageBody, scriptedFetch, type Answer } from "./helpers.ts";

const recorder = () => {
  const lines: { level: string; message: string; fields: Record<string, unknown> | undefined }[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    void lines.push({ level, message, fields });
  const logger: Logger = { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
  return { lines, logger };
};
const make = (answers: Answer[], options: EcsClientOptions) => {
  const capture = scriptedFetch(...answers);
  return {
    ...capture,
    ecs: createEcsClient({
      regionId: "cn-hangzhou",
      credentials: creds,
      fetch: capture.fetch,
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
      random: () => 0,
      ...options,
    }),
  };
};

describe("logger", () => {
  it("at debug, logs every attempt: method, action, status, timing and the retry decision", async () => {
    const { lines, logger } = recorder();
    const { ecs } = make([json(errorBody("Throttling.User", "slow", "R1"), 400), json(pageBody())], {
      logger,
      logLevel: "debug",
    });
    await ecs.describeHpcClusters({});
    expect(lines.map((l) => [l.level, l.message.replace(/in \d+ ms/, "in N ms")])).toEqual([
      ["info", "POST DescribeHpcClusters attempt 1: HTTP 400 Throttling.User in N ms; throttle in 0 ms"],
      ["debug", "POST DescribeHpcClusters attempt 2: HTTP 200 in N ms"],
    ]);
    expect(lines[0]!.fields).toMatchObject({
      method: "POST",
      action: "DescribeHpcClusters",
      attempt: 1,
      status: 400,
      code: "Throttling.User",
      requestId: "R1",
      decision: "throttle",
      retryInMs: 0,
    });
    expect(typeof lines[0]!.fields!.durationMs).toBe("number");
  });

  it("defaults to info (retries and failures, not every success) and honours the level", async () => {
    const info = recorder();
    await make([json(errorBody("InternalError"), 500), json(pageBody())], {
      logger: info.logger,
    }).ecs.describeHpcClusters({});
    expect(info.lines.map((l) => l.level)).toEqual(["info"]);
    const warn = recorder();
    const failing = make([json(errorBody("InvalidRegionId.NotFound"), 404)], { logger: warn.logger, logLevel: "warn" });
    await caught(failing.ecs.describeHpcClusters({}));
    expect(warn.lines).toHaveLength(1);
    expect(warn.lines[0]).toMatchObject({
      level: "warn",
      message: expect.stringMatching(/HTTP 404 InvalidRegionId.NotFound in \d+ ms; fail$/),
    });
    const silent = recorder();
    await caught(
      make([json(errorBody("InvalidRegionId.NotFound"), 404)], {
        logger: silent.logger,
        logLevel: "silent",
      }).ecs.describeHpcClusters({}),
    );
    expect(silent.lines).toEqual([]);
  });

  it("never logs a credential, even when a network error's message carries one", async () => {
    const { lines, logger } = recorder();
    const leak = new TypeError(
      `proxy said: bad auth ${creds.accessKeySecret} token=${encodeURIComponent(creds.securityToken)}`,
    );
    const { ecs } = make([leak, leak, json(pageBody())], { logger, logLevel: "debug", signatureVersion: "v1" });
    await ecs.describeHpcClusters({});
    expect(lines).toHaveLength(3);
    expect(lines[0]!.message).toContain("network error: proxy said: bad auth *** token=***");
    const all = JSON.stringify(lines);
    for (const secret of [
      creds.accessKeySecret,
      creds.securityToken,
      encodeURIComponent(creds.securityToken),
      "Signature=",
    ])
      expect(all).not.toContain(secret);
  });

  it("a throwing logger does not break the call; a logger without the methods is refused", async () => {
    const broken: Logger = {
      debug: () => {
        throw new Error("x");
      },
      info: () => {
        throw new Error("x");
      },
      warn: () => undefined,
      error: () => undefined,
    };
    await expect(
      make([json(pageBody())], { logger: broken, logLevel: "debug" }).ecs.describeHpcClusters({}),
    ).resolves.toMatchObject({ TotalCount: 1 });
    expect(() =>
      createEcsClient({ regionId: "cn-hangzhou", logger: { info: () => undefined } as unknown as Logger }),
    ).toThrow(/logger must have/);
    expect(() => createEcsClient({ regionId: "cn-hangzhou", logger: console, logLevel: "verbose" as "debug" })).toThrow(
      /logLevel/,
    );
  });
});

describe("logAttempts (the base client's logger, as an onEvent observer)", () => {
  it("logs the same lines as the convenience client's logger option", async () => {
    const { lines, logger } = recorder();
    const capture = scriptedFetch(json(errorBody("Throttling.User", "slow", "R1"), 400), json(pageBody()));
    const ecs = createEcsBaseClient({
      regionId: "cn-hangzhou",
      credentials: creds,
      requestHandler: fetchHandler(capture.fetch),
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
      random: () => 0,
      onEvent: logAttempts(logger, "debug"),
    });
    await describeHpcClusters(ecs);
    expect(lines.map((l) => [l.level, l.message.replace(/in \d+ ms/, "in N ms")])).toEqual([
      ["info", "POST DescribeHpcClusters attempt 1: HTTP 400 Throttling.User in N ms; throttle in 0 ms"],
      ["debug", "POST DescribeHpcClusters attempt 2: HTTP 200 in N ms"],
    ]);
    expect(lines[0]!.fields).toMatchObject({ code: "Throttling.User", requestId: "R1", decision: "throttle" });
  });

  it("checks the logger and the level where it is made", () => {
    expect(() => logAttempts({} as Logger)).toThrow(/logger must have debug, info, warn and error methods/);
    expect(() => logAttempts(console, "loud" as never)).toThrow(
      /logLevel must be one of debug, info, warn, error, silent/,
    );
  });

  it("the base client refuses the logger shorthands before any request, saying what to pass", () => {
    const { logger } = recorder();
    for (const [name, shorthand] of [
      ["logger", { logger }],
      ["logLevel", { logLevel: "debug" }],
    ] as const) {
      const options = { regionId: "cn-hangzhou", credentials: creds, ...shorthand } as never;
      expect(() => createEcsBaseClient(options)).toThrow(
        new RegExp(`no ${name} option; pass onEvent: logAttempts\\(logger, level\\), from @ecs-hpc/core/client`),
      );
    }
  });

  it("on the convenience client, onEvent and logger both see every attempt, even when onEvent throws", async () => {
    const { lines, logger } = recorder();
    const seen: string[] = [];
    const { ecs } = make([json(pageBody())], {
      logger,
      logLevel: "debug",
      onEvent: (event) => {
        seen.push(event.outcome);
        throw new Error("observer bug");
      },
    });
    expect((await ecs.describeHpcClusters({})).TotalCount).toBeDefined();
    expect(seen).toEqual(["success"]);
    expect(lines.map((l) => l.level)).toEqual(["debug"]);
  });
});
