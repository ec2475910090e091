// The flags every command shares, and the client they describe.
import { createEcsClient, type EcsClient } from "@ecs-hpc/core";
import { InvalidArgumentError, type Command } from "commander";
import { startMockBackend, type MockBackend } from "./mock-backend.ts";
import { UsageError } from "./report-error.ts";

export interface ConnectionFlags {
  region?: string;
  endpoint?: string;
  signatureVersion?: string;
  mock?: boolean;
  mockClusters?: number;
  mockSeed?: number;
  retries?: number;
  timeout?: number;
  debug?: boolean;
}

export function addConnectionFlags(command: Command): Command {
  return command
    .option("-r, --region <id>", "region ID (default: $ALIBABA_CLOUD_REGION_ID, or cn-hangzhou with --mock)")
    .option("--endpoint <url>", "endpoint URL, e.g. http://127.0.0.1:8080 (default: the region's)")
    .option("--signature-version <v>", "v3 (ACS3-HMAC-SHA256) or v1 (HMAC-SHA1)", "v3")
    .option("--mock", "use the built-in mock service instead of Alibaba Cloud (no account needed)")
    .option("--mock-clusters <n>", "clusters in the mock service", positiveInt("--mock-clusters", 0), 250)
    .option("--mock-seed <n>", "seed of the mock service's data", positiveInt("--mock-seed", 0), 1)
    .option("--retries <n>", "attempts per request, counting the first", positiveInt("--retries", 1), 3)
    .option("--timeout <ms>", "per-attempt timeout in milliseconds", positiveInt("--timeout", 1), 10_000)
    .option("--debug", "print stack traces");
}

export function positiveInt(flag: string, min: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`${flag} must be an integer >= ${min}.`);
    return Number(value);
  };
}

export interface Connection {
  readonly client: EcsClient;
  readonly regionId: string;
  close(): void;
}

export async function connect(flags: ConnectionFlags, env: NodeJS.ProcessEnv): Promise<Connection> {
  const regionId = flags.region ?? env.ALIBABA_CLOUD_REGION_ID ?? (flags.mock ? "cn-hangzhou" : undefined);
  if (!regionId) throw new UsageError("no region: pass --region or set ALIBABA_CLOUD_REGION_ID");
  if (flags.signatureVersion !== "v3" && flags.signatureVersion !== "v1") throw new UsageError(`--signature-version must be v3 or v1 (got ${JSON.stringify(flags.signatureVersion)})`);
  let backend: MockBackend | undefined;
  if (flags.mock) backend = await startMockBackend({ clusters: flags.mockClusters ?? 250, seed: flags.mockSeed ?? 1, region: regionId });
  try {
    const client = createEcsClient({
      regionId,
      signatureVersion: flags.signatureVersion,
      retry: { maxAttempts: flags.retries ?? 3 },
      timeoutMs: flags.timeout ?? 10_000,
      ...(flags.endpoint ? { endpoint: flags.endpoint } : {}),
      ...(backend ? { credentials: backend.credentials } : {}),
    });
    return { client, regionId, close: () => backend?.close() };
  } catch (error) {
    backend?.close();
    throw error instanceof TypeError ? new UsageError(error.message) : error;
  }
}
