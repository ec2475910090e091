#!/usr/bin/env node
// ecs-hpc-mock: the mock ECS HPC-cluster service as a process. Prints its URL as the first line
// of stdout (for scripts and test harnesses), then the key id and secret a client signs with
// (`ALIBABA_CLOUD_ACCESS_KEY_ID=...` / `ALIBABA_CLOUD_ACCESS_KEY_SECRET=...`, one per line), a
// human line on stderr, and stops on SIGINT/SIGTERM. The secret is printed because it is the
// mock's: a test key given with --access-key-secret, or the package's published mock key.
import { parseArgs } from "node:util";
import { mockCredentials } from "./credentials.ts";
import { createImdsHandlers } from "./imds.ts";
import { createCredentialIssuer } from "./issuer.ts";
import { createStsHandlers } from "./sts.ts";
import type { FaultOptions } from "./faults.ts";
import { startMockServer } from "./server.ts";
import type { MockCredential } from "./verify-signature.ts";

const USAGE = `Usage: ecs-hpc-mock [options]

Serves a mock of the Alibaba Cloud ECS HPC-cluster API (V3 and V1 signatures) over HTTP.

  --port N                 port to listen on (default 0: a free one)
  --host H                 interface to listen on (default 127.0.0.1)
  --seed S                 seed of the generated clusters (default 1)
  --clusters N             number of generated clusters (default 20)
  --region R               region of the clusters; repeat to spread them (default cn-hangzhou)
  --access-key-id ID       accepted key id (default the package's mock key)
  --access-key-secret S    its secret (or env ECS_HPC_MOCK_ACCESS_KEY_SECRET)
  --security-token T       require this STS token with the key
  --no-verify              accept requests without checking signatures
  --throttle-rate R        share of requests answered Throttling.User (0..1)
  --unavailable-rate R     share answered ServiceUnavailable (503)
  --internal-error-rate R  share answered InternalError (500) (--error-rate: deprecated alias)
  --drop-rate R            share whose connection is dropped
  --drop-after-commit-rate R  share applied, then dropped
  --latency-ms MS|MIN-MAX  added latency
  --retry-after-ms MS      x-acs-retry-after of injected throttling (default 100)
  --fault-seed S           seed of the fault sequence (default 1)
  --cors-origin O          allow only this page origin (repeat for more; default: any origin)
  --no-cors                send no CORS headers, answer no preflights
  --max-request-bytes N    bodies over N bytes are answered 413 (default 1048576)
  --credential-services    also serve STS (AssumeRole, AssumeRoleWithOIDC) and the instance
                           metadata endpoints; the temporary credentials they issue are accepted
                           until they expire
  -h, --help               show this help

Prints the URL on the first line of stdout, then ALIBABA_CLOUD_ACCESS_KEY_ID=... and
ALIBABA_CLOUD_ACCESS_KEY_SECRET=... (the key pair the mock accepts; default the package's mock key
LTAI5tMockAccessKey00001 / MockAccessKeySecretForTests000).
`;

class UsageError extends Error {}

function numberFlag(
  name: string,
  raw: string | undefined,
  check: (n: number) => boolean,
  expected: string,
): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value) || !check(value))
    throw new UsageError(`--${name} must be ${expected} (got ${JSON.stringify(raw)})`);
  return value;
}

const rate = (name: string, raw: string | undefined) =>
  numberFlag(name, raw, (n) => n >= 0 && n <= 1, "a number between 0 and 1");
const count = (name: string, raw: string | undefined) =>
  numberFlag(name, raw, (n) => Number.isInteger(n) && n >= 0, "a non-negative integer");

function latency(raw: string | undefined): number | [number, number] | undefined {
  if (raw === undefined) return undefined;
  const range = /^\s*(\d+)\s*[-,]\s*(\d+)\s*$/.exec(raw);
  if (range) return [Number(range[1]), Number(range[2])];
  return count("latency-ms", raw);
}

function internalErrorRate(raw: string | undefined, deprecated: string | undefined): number | undefined {
  if (raw !== undefined && deprecated !== undefined)
    throw new UsageError("--internal-error-rate and --error-rate (its deprecated alias) go alone");
  if (deprecated !== undefined)
    process.stderr.write("ecs-hpc-mock: --error-rate is deprecated; use --internal-error-rate\n");
  return raw !== undefined ? rate("internal-error-rate", raw) : rate("error-rate", deprecated);
}

const seed = (raw: string | undefined): number | string | undefined =>
  raw === undefined ? undefined : /^\d+$/.test(raw) ? Number(raw) : raw;

async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      seed: { type: "string" },
      clusters: { type: "string" },
      region: { type: "string", multiple: true },
      "access-key-id": { type: "string" },
      "access-key-secret": { type: "string" },
      "security-token": { type: "string" },
      "no-verify": { type: "boolean" },
      "throttle-rate": { type: "string" },
      "unavailable-rate": { type: "string" },
      "internal-error-rate": { type: "string" },
      "error-rate": { type: "string" },
      "drop-rate": { type: "string" },
      "drop-after-commit-rate": { type: "string" },
      "latency-ms": { type: "string" },
      "retry-after-ms": { type: "string" },
      "fault-seed": { type: "string" },
      "cors-origin": { type: "string", multiple: true },
      "no-cors": { type: "boolean" },
      "max-request-bytes": { type: "string" },
      "credential-services": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }

  const port =
    numberFlag("port", values.port, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, "a port number (0..65535)") ??
    0;
  const accessKeyId = values["access-key-id"];
  const accessKeySecret = values["access-key-secret"] ?? process.env.ECS_HPC_MOCK_ACCESS_KEY_SECRET;
  if ((accessKeyId === undefined) !== (accessKeySecret === undefined))
    throw new UsageError("--access-key-id and --access-key-secret go together");
  for (const [flag, value] of [
    ["--access-key-id", accessKeyId],
    ["--access-key-secret", accessKeySecret],
    ["--security-token", values["security-token"]],
  ] as const)
    if (value !== undefined && !/^[\x21-\x7e]+$/.test(value))
      throw new UsageError(`${flag} must be printable ASCII without spaces`);
  const credential: MockCredential =
    accessKeyId !== undefined && accessKeySecret !== undefined
      ? {
          accessKeyId,
          accessKeySecret,
          ...(values["security-token"] ? { securityToken: values["security-token"] } : {}),
        }
      : { ...mockCredentials, ...(values["security-token"] ? { securityToken: values["security-token"] } : {}) };

  const faults: FaultOptions = {
    seed: seed(values["fault-seed"]) ?? 1,
    throttleRate: rate("throttle-rate", values["throttle-rate"]),
    unavailableRate: rate("unavailable-rate", values["unavailable-rate"]),
    internalErrorRate: internalErrorRate(values["internal-error-rate"], values["error-rate"]),
    dropRate: rate("drop-rate", values["drop-rate"]),
    dropAfterCommitRate: rate("drop-after-commit-rate", values["drop-after-commit-rate"]),
    latencyMs: latency(values["latency-ms"]),
    retryAfterMs: count("retry-after-ms", values["retry-after-ms"]),
  };
  const hasFaults = Object.entries(faults).some(
    ([name, value]) => name !== "seed" && name !== "retryAfterMs" && value !== undefined && value !== 0,
  );

  const regions = values.region && values.region.length > 0 ? values.region : undefined;
  const issuer = values["credential-services"] ? createCredentialIssuer({ credentials: [credential] }) : undefined;
  let server: Awaited<ReturnType<typeof startMockServer>>;
  try {
    server = await startMockServer({
      port,
      host: values.host ?? "127.0.0.1",
      store: {
        seed: seed(values.seed) ?? 1,
        clusters: count("clusters", values.clusters) ?? 20,
        ...(regions ? { regions } : {}),
      },
      credentials: issuer ? issuer.accepted : [credential],
      ...(issuer ? { handlers: [...createStsHandlers({ issuer }), ...createImdsHandlers({ issuer })] } : {}),
      verifySignatures: !values["no-verify"],
      corsOrigins: values["no-cors"]
        ? false
        : values["cors-origin"] && values["cors-origin"].length > 0
          ? values["cors-origin"]
          : "*",
      ...(values["max-request-bytes"] !== undefined
        ? {
            maxRequestBytes: numberFlag(
              "max-request-bytes",
              values["max-request-bytes"],
              (n) => Number.isSafeInteger(n) && n > 0,
              "a positive integer",
            ),
          }
        : {}),
      ...(hasFaults ? { faults } : {}),
    });
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }

  const running = server;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    running.close().then(
      () => process.stderr.write(`ecs-hpc-mock: stopped (${signal})\n`),
      (error: unknown) => {
        process.stderr.write(`ecs-hpc-mock: error while stopping: ${String(error)}\n`);
        process.exitCode = 1;
      },
    );
  };
  // Listen for signals before announcing the URL, so a harness may stop us as soon as it reads it.
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  process.stdout.write(
    `${server.url}\nALIBABA_CLOUD_ACCESS_KEY_ID=${credential.accessKeyId}\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${credential.accessKeySecret}\n`,
  );
  if (credential.securityToken) process.stdout.write(`ALIBABA_CLOUD_SECURITY_TOKEN=${credential.securityToken}\n`);
  const verification = values["no-verify"]
    ? "signatures not checked"
    : `signatures checked for access key ${credential.accessKeyId} (secret on stdout)`;
  process.stderr.write(
    `ecs-hpc-mock: ${server.store.list().length} HPC clusters in ${server.store.regions.join(", ")} ` +
      `at ${server.url} (${verification}${hasFaults ? ", faults on" : ""}` +
      `${issuer ? ", STS and metadata service on" : ""}); Ctrl-C to stop\n`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (
    error instanceof UsageError ||
    (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
  ) {
    process.stderr.write(`ecs-hpc-mock: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`ecs-hpc-mock: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
});
