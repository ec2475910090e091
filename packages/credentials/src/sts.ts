// STS (`Sts`, `2015-04-01`): AssumeRole signed with the source credentials (V3,
// ACS3-HMAC-SHA256, with core's signer), AssumeRoleWithOIDC anonymous. A small RPC request path
// of its own: parameters in a form body, the answer's `Credentials` read into a credentials
// object, an error answer turned into a CredentialsError with the service's code.
import { EMPTY_BODY_SHA256, formatAcsDate, hashBackend, percentEncode, signV3 } from "@ecs-hpc/core/signer";
import { envFlag, envValue, type Env } from "./env.ts";
import { CredentialsError, printable } from "./errors.ts";
import { checkUrl, httpRequest } from "./http.ts";
import { makeCredentials, type Credentials } from "./types.ts";

export const STS_VERSION = "2015-04-01";
export const DEFAULT_STS_ENDPOINT = "https://sts.aliyuncs.com";
const DEFAULT_DURATION_SECONDS = 3600;
const MIN_DURATION_SECONDS = 900;
const STS_TIMEOUT_MS = 10_000;

export interface StsEndpointOptions {
  /** A host (`sts.cn-hangzhou.aliyuncs.com`) or a full URL (`http://127.0.0.1:8080`). */
  readonly stsEndpoint?: string | undefined;
  /** `sts.<region>.aliyuncs.com`; default `ALIBABA_CLOUD_STS_REGION`. */
  readonly stsRegion?: string | undefined;
  /** Per-request timeout. Default 10 000 ms. */
  readonly timeoutMs?: number | undefined;
  /** Default: the global `fetch`. */
  readonly fetch?: typeof fetch | undefined;
}

/**
 * The STS endpoint: the option, else by region (`ALIBABA_CLOUD_STS_REGION`, VPC with
 * `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED`), else `sts.aliyuncs.com`.
 */
export function stsEndpointUrl(options: StsEndpointOptions, env: Env, source: string): URL {
  if (options.stsEndpoint) {
    const value = /^[a-z][a-z0-9+.-]*:\/\//i.test(options.stsEndpoint)
      ? options.stsEndpoint
      : `https://${options.stsEndpoint}`;
    return checkUrl(value, "stsEndpoint", source);
  }
  const region = options.stsRegion ?? envValue(env, "ALIBABA_CLOUD_STS_REGION");
  if (region) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(region))
      throw new CredentialsError(`the STS region ${JSON.stringify(printable(region, 50))} is not a region id`, {
        source,
      });
    return new URL(
      `https://sts${envFlag(env, "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED") ? "-vpc" : ""}.${region}.aliyuncs.com`,
    );
  }
  return new URL(DEFAULT_STS_ENDPOINT);
}

export function checkDuration(value: number | undefined, source: string): number {
  const seconds = value ?? DEFAULT_DURATION_SECONDS;
  if (!Number.isInteger(seconds) || seconds < MIN_DURATION_SECONDS)
    throw new CredentialsError(`durationSeconds must be an integer >= ${MIN_DURATION_SECONDS}, got ${String(value)}`, {
      source,
    });
  return seconds;
}

export function defaultSessionName(): string {
  return `ecs-hpc-credentials-${Date.now()}`;
}

export interface StsCall {
  readonly action: "AssumeRole" | "AssumeRoleWithOIDC";
  readonly endpoint: URL;
  readonly params: Readonly<Record<string, string>>;
  /** Signs the call (AssumeRole); absent for the anonymous AssumeRoleWithOIDC. */
  readonly signWith?: Credentials | undefined;
  readonly timeoutMs?: number | undefined;
  readonly fetch?: typeof fetch | undefined;
  readonly source: string;
}

function formBody(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .sort()
    .map((name) => `${percentEncode(name)}=${percentEncode(params[name] as string)}`)
    .join("&");
}

function hex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out;
}

/** Sends one STS call and reads the temporary credentials from its answer. */
export async function callSts(call: StsCall): Promise<Credentials> {
  const body = formBody(call.params);
  const url = new URL(call.endpoint);
  url.pathname = url.pathname.replace(/\/*$/, "/");
  const headers: Record<string, string> = {
    accept: "application/json",
    "content-type": "application/x-www-form-urlencoded",
    "x-acs-action": call.action,
    "x-acs-version": STS_VERSION,
    "x-acs-date": formatAcsDate(new Date()),
    "x-acs-signature-nonce": hex(crypto.getRandomValues(new Uint8Array(16))),
  };
  if (call.signWith) {
    const hashedPayload = body ? hashBackend.sha256Hex(body) : EMPTY_BODY_SHA256;
    headers["x-acs-content-sha256"] = hashedPayload;
    if (call.signWith.securityToken) headers["x-acs-security-token"] = call.signWith.securityToken;
    const { authorization } = signV3({
      method: "POST",
      path: url.pathname,
      query: {},
      headers: { ...headers, host: url.host },
      hashedPayload,
      accessKeyId: call.signWith.accessKeyId,
      accessKeySecret: call.signWith.accessKeySecret,
    });
    headers.authorization = authorization;
  }
  const answer = await httpRequest(url, {
    method: "POST",
    headers,
    body,
    timeoutMs: call.timeoutMs ?? STS_TIMEOUT_MS,
    fetch: call.fetch,
    source: call.source,
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    throw new CredentialsError(
      `STS ${call.action} at ${url.host}: unreadable answer (HTTP ${answer.status}, not JSON)`,
      { source: call.source },
    );
  }
  const data = (parsed ?? {}) as {
    Code?: unknown;
    Message?: unknown;
    RequestId?: unknown;
    Credentials?: Record<string, unknown>;
  };
  if (answer.status !== 200 || !data.Credentials) {
    const code = typeof data.Code === "string" ? printable(data.Code, 80) : undefined;
    const message = typeof data.Message === "string" ? `: ${redact(printable(data.Message), call.signWith)}` : "";
    const requestId = typeof data.RequestId === "string" ? `, request id ${printable(data.RequestId, 60)}` : "";
    throw new CredentialsError(
      `STS ${call.action} at ${url.host} failed: ${code ?? "no credentials in the answer"}${message} ` +
        `(HTTP ${answer.status}${requestId})`,
      { source: call.source, code },
    );
  }
  return readStsCredentials(data.Credentials, `STS ${call.action} at ${url.host}`, call.source);
}

/** `{ AccessKeyId, AccessKeySecret, SecurityToken, Expiration }` (STS, the metadata service, a credentials URI). */
export function readStsCredentials(fields: Record<string, unknown>, where: string, source: string): Credentials {
  const { AccessKeyId, AccessKeySecret, SecurityToken, Expiration } = fields;
  const missing = (["AccessKeyId", "AccessKeySecret", "SecurityToken", "Expiration"] as const).filter(
    (name) => typeof fields[name] !== "string" || fields[name] === "",
  );
  if (missing.length > 0) throw new CredentialsError(`${where}: the answer lacks ${missing.join(", ")}`, { source });
  const expiration = new Date(Expiration as string);
  if (Number.isNaN(expiration.getTime()))
    throw new CredentialsError(
      `${where}: Expiration ${JSON.stringify(printable(Expiration as string, 40))} is not a date`,
      { source },
    );
  return makeCredentials(
    {
      accessKeyId: AccessKeyId as string,
      accessKeySecret: AccessKeySecret as string,
      securityToken: SecurityToken as string,
      expiration,
    },
    source,
  );
}

function redact(text: string, credentials: Credentials | undefined): string {
  if (!credentials) return text;
  let out = text;
  for (const secret of [credentials.accessKeySecret, credentials.securityToken])
    if (secret) out = out.split(secret).join("***");
  return out;
}
