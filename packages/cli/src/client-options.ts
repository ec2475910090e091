// The flags every command shares, and the client they describe.
import { createEcsClient, EcsCredentialsError, type CredentialsProvider, type EcsClient } from "@ecs-hpc/core";
import { defaultCredentials, defaultRegion, isCredentialsError } from "@ecs-hpc/credentials/node";
import { InvalidArgumentError, type Command } from "commander";
import { logOptions } from "./log-env.ts";
import { startMockBackend, type MockBackend } from "./mock-backend.ts";
import { UsageError } from "./report-error.ts";

export interface ConnectionFlags {
  region?: string;
  profile?: string;
  endpoint?: string;
  signatureVersion?: string;
  mock?: boolean;
  mockClusters?: number;
  mockSeed?: number;
  retries?: number;
  timeout?: number;
  debug?: boolean;
}

const INT32_MAX = 2 ** 31 - 1;

export function addConnectionFlags(command: Command): Command {
  return command
    .option(
      "-r, --region <id>",
      "region ID (default: $ALIBABA_CLOUD_REGION_ID, the profile's region_id, or cn-hangzhou with --mock)",
    )
    .option(
      "-p, --profile <name>",
      "aliyun CLI profile (~/.aliyun/config.json) or credentials-file section, for credentials and region " +
        "(default: $ALIBABA_CLOUD_PROFILE, else the CLI's current profile)",
    )
    .option("--endpoint <url>", "endpoint URL, e.g. http://127.0.0.1:8080 (default: the region's)")
    .option("--signature-version <v>", "v3 (ACS3-HMAC-SHA256) or v1 (HMAC-SHA1)", "v3")
    .option("--mock", "use the built-in mock service instead of Alibaba Cloud (no account needed)")
    .option("--retries <n>", "attempts per request, counting the first (1-10)", intOption("--retries", 1, 10), 3)
    .option("--timeout <ms>", "per-attempt timeout in milliseconds", intOption("--timeout", 1, INT32_MAX), 10_000)
    .option("--debug", "print stack traces");
}

/** The flags that shape the built-in mock's data: only for commands that read it. */
export function addMockDataFlags(command: Command): Command {
  return command
    .option(
      "--mock-clusters <n>",
      "clusters in the mock service (0-1000000)",
      intOption("--mock-clusters", 0, 1_000_000),
      250,
    )
    .option("--mock-seed <n>", "seed of the mock service's data", intOption("--mock-seed", 0, 2 ** 32 - 1), 1);
}

/** A commander parser for an integer flag in [min, max]; anything else is a usage error. */
export function intOption(flag: string, min: number, max: number = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(
        max === Number.MAX_SAFE_INTEGER
          ? `${flag} must be an integer >= ${min}.`
          : `${flag} must be an integer from ${min} to ${max}.`,
      );
    }
    return n;
  };
}

/**
 * The default chain of @ecs-hpc/credentials read from `env` (environment, OIDC, CLI profile
 * `profile`, credentials file, ECS RAM role, credentials URI); when nothing yields, an error that
 * lists what each source said and tells a CLI user what to do.
 */
function chainCredentials(profile: string | undefined, env: NodeJS.ProcessEnv): CredentialsProvider {
  const chain = defaultCredentials({ profile, env });
  return () =>
    chain().catch((error: unknown) => {
      if (!isCredentialsError(error)) throw error;
      const sources = error.sources.map((s) => `${s.source}: ${s.message}`);
      const tried = sources.length > 0 ? sources.join("; ") : error.message;
      throw new EcsCredentialsError(
        "no credentials: export ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and " +
          "ALIBABA_CLOUD_SECURITY_TOKEN for STS credentials), or use an aliyun CLI profile (--profile); " +
          `tried ${tried}; or try --mock`,
        { cause: error },
      );
    });
}

export interface Connection {
  readonly client: EcsClient;
  readonly regionId: string;
  close(): void;
}

/** `stderr` receives the client's log lines when `ECS_HPC_LOG` is set. */
export async function connect(
  flags: ConnectionFlags,
  env: NodeJS.ProcessEnv,
  stderr: NodeJS.WritableStream,
): Promise<Connection> {
  // An empty variable is unset, as the library reads it.
  const mockRegion = env.ALIBABA_CLOUD_REGION_ID || "cn-hangzhou";
  const regionId = flags.region || (flags.mock ? mockRegion : defaultRegion({ profile: flags.profile, env }));
  if (!regionId) {
    throw new UsageError("no region: pass --region or set ALIBABA_CLOUD_REGION_ID");
  }
  if (flags.signatureVersion !== "v3" && flags.signatureVersion !== "v1")
    throw new UsageError(`--signature-version must be v3 or v1 (got ${JSON.stringify(flags.signatureVersion)})`);
  const logging = logOptions(env, stderr);
  let backend: MockBackend | undefined;
  if (flags.mock)
    backend = await startMockBackend({
      clusters: flags.mockClusters ?? 250,
      seed: flags.mockSeed ?? 1,
      region: regionId,
    });
  try {
    const client = createEcsClient({
      regionId,
      signatureVersion: flags.signatureVersion,
      retry: { maxAttempts: flags.retries ?? 3 },
      timeoutMs: flags.timeout ?? 10_000,
      ...logging,
      ...(flags.endpoint ? { endpoint: flags.endpoint } : {}),
      credentials: backend ? backend.credentials : chainCredentials(flags.profile, env),
    });
    return { client, regionId, close: () => backend?.close() };
  } catch (error) {
    backend?.close();
    if (error instanceof TypeError)
      throw new UsageError(error.message.replace(/^invalid endpoint option/, "invalid --endpoint"));
    throw error;
  }
}
