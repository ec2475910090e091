// Test helpers: a loopback mock (ECS + STS + metadata service on one port, sharing one
// credential issuer) and fixture home directories, one per test.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import {
  createCredentialIssuer,
  createImdsHandlers,
  createStsHandlers,
  mockCredentials,
  type CredentialIssuer,
  type ImdsHandlersOptions,
  type StsHandlersOptions,
} from "@ecs-hpc/msw";
import { startMockServer, type RunningMockServer } from "@ecs-hpc/msw/server";

export interface LoopbackMock {
  readonly server: RunningMockServer;
  readonly issuer: CredentialIssuer;
  readonly url: string;
  /** Every request the server saw, in order: method and path. */
  readonly requests: { method: string; path: string; headers: Headers }[];
  close(): Promise<void>;
}

export async function startLoopbackMock(
  options: { imds?: ImdsHandlersOptions; sts?: StsHandlersOptions } = {},
): Promise<LoopbackMock> {
  const issuer = createCredentialIssuer();
  const requests: LoopbackMock["requests"] = [];
  const { http } = await import("msw");
  const recorder = http.all("*", ({ request }) => {
    const url = new URL(request.url);
    requests.push({ method: request.method, path: url.pathname, headers: request.headers });
    return undefined;
  });
  const server = await startMockServer({
    credentials: issuer.accepted,
    handlers: [
      recorder,
      ...createStsHandlers({ issuer, ...options.sts }),
      ...createImdsHandlers({ issuer, ...options.imds }),
    ],
  });
  return { server, issuer, url: server.url, requests, close: () => server.close() };
}

export { mockCredentials };

/** A fresh directory with the given files (paths relative to it); removed by `cleanup`. */
export function fixtureHome(files: Record<string, string> = {}): {
  home: string;
  path: (p: string) => string;
  cleanup: () => void;
} {
  const home = mkdtempSync(join(tmpdir(), "ecs-hpc-credentials-"));
  for (const [relative, content] of Object.entries(files)) {
    const file = join(home, relative);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { home, path: (p) => join(home, p), cleanup: () => rmSync(home, { recursive: true, force: true }) };
}

/** A CLI config.json with these profiles; the first is `current`. */
export function cliConfig(profiles: Record<string, unknown>[], current = profiles[0]?.name as string): string {
  return JSON.stringify({ current, profiles }, null, 2);
}

/** An environment with nothing of the real machine: no HOME files, no metadata service. */
export function isolatedEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  return { HOME: home, ALIBABA_CLOUD_ECS_METADATA_DISABLED: "true", ...extra };
}

export const ROLE_ARN = "acs:ram::1234567890123456:role/ecs-hpc-test";
export const OIDC_PROVIDER_ARN = "acs:ram::1234567890123456:oidc-provider/ack-rrsa-test";
