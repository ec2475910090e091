// Signed requests built the way an independent client would: the parts (URL, method, headers,
// body) are assembled here and signed with `@ecs-hpc/core/signer`, and stay editable so a test
// can tamper with them after signing. Nothing here is shared with the mock's verifier.
import { createHash, randomBytes } from "node:crypto";
import { formatAcsDate, signV1, signV3 } from "@ecs-hpc/core/signer";
import { mockCredentials, type MockCredential } from "../../src/index.ts";

const ENDPOINT = "https://ecs.cn-hangzhou.aliyuncs.com/";
const VERSION = "2014-05-26";
const ACTION = "DescribeHpcClusters";

export interface WireRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string;
}

export interface SignInput {
  readonly action?: string;
  readonly version?: string;
  readonly params?: Readonly<Record<string, string>>;
  readonly credential?: MockCredential;
  readonly method?: "GET" | "POST";
  /** Where the operation's parameters travel (default: the query, as the official SDK does). */
  readonly placement?: "query" | "form";
  readonly date?: Date;
  readonly nonce?: string;
  /** Extra headers, signed with the others (V3). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly endpoint?: string;
  /** V1 `Format` (default JSON); `null` leaves it out. */
  readonly format?: string | null;
}

const sha256Hex = (text: string): string => createHash("sha256").update(text).digest("hex");
export const newNonce = (): string => randomBytes(16).toString("hex");

function form(params: Readonly<Record<string, string>>): string {
  return new URLSearchParams(Object.entries(params)).toString();
}

/** A V3 (ACS3-HMAC-SHA256) request. */
export function v3(input: SignInput = {}): WireRequest {
  const credential = input.credential ?? mockCredentials;
  const method = input.method ?? "POST";
  const url = new URL(input.endpoint ?? ENDPOINT);
  const params = input.params ?? { RegionId: "cn-hangzhou" };
  const inForm = input.placement === "form";
  if (!inForm) for (const [name, value] of Object.entries(params)) url.searchParams.append(name, value);
  const body = inForm ? form(params) : "";
  const headers: Record<string, string> = {
    host: url.host,
    "x-acs-action": input.action ?? ACTION,
    "x-acs-version": input.version ?? VERSION,
    "x-acs-date": formatAcsDate(input.date ?? new Date()),
    "x-acs-signature-nonce": input.nonce ?? newNonce(),
    "x-acs-content-sha256": sha256Hex(body),
    accept: "application/json",
    ...(inForm ? { "content-type": "application/x-www-form-urlencoded" } : {}),
    ...(credential.securityToken ? { "x-acs-security-token": credential.securityToken } : {}),
    ...input.headers,
  };
  const signature = signV3({
    method,
    query: [...url.searchParams],
    headers,
    accessKeyId: credential.accessKeyId,
    accessKeySecret: credential.accessKeySecret,
  });
  headers.authorization = signature.authorization;
  return { url, method, headers, body };
}

/** A V1 (HMAC-SHA1) request. */
export function v1(input: SignInput = {}): WireRequest {
  const credential = input.credential ?? mockCredentials;
  const method = input.method ?? "GET";
  const url = new URL(input.endpoint ?? ENDPOINT);
  const params: Record<string, string> = {
    Action: input.action ?? ACTION,
    Version: input.version ?? VERSION,
    ...(input.format === null ? {} : { Format: input.format ?? "JSON" }),
    AccessKeyId: credential.accessKeyId,
    SignatureMethod: "HMAC-SHA1",
    SignatureVersion: "1.0",
    SignatureNonce: input.nonce ?? newNonce(),
    Timestamp: formatAcsDate(input.date ?? new Date()),
    ...(credential.securityToken ? { SecurityToken: credential.securityToken } : {}),
    ...(input.params ?? { RegionId: "cn-hangzhou" }),
  };
  const { signature } = signV1({ method, params, accessKeySecret: credential.accessKeySecret });
  const all = { ...params, Signature: signature };
  const inForm = input.placement === "form";
  if (!inForm) for (const [name, value] of Object.entries(all)) url.searchParams.append(name, value);
  return {
    url,
    method,
    headers: inForm ? { "content-type": "application/x-www-form-urlencoded" } : {},
    body: inForm ? form(all) : "",
  };
}

/** Re-signs nothing: sends the parts as they are now. `host` is left to fetch. */
export function send(wire: WireRequest, signal?: AbortSignal): Promise<Response> {
  const { host: _host, ...headers } = wire.headers;
  return fetch(wire.url, {
    method: wire.method,
    headers,
    signal,
    ...(wire.method === "GET" ? {} : { body: wire.body }),
  });
}

export interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Headers;
}

/** Sends and reads a JSON answer. */
export async function call(wire: WireRequest, signal?: AbortSignal): Promise<Answer> {
  const response = await send(wire, signal);
  const text = await response.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error(`not JSON (HTTP ${response.status}): ${text.slice(0, 200)}`);
  }
  return { status: response.status, body, headers: response.headers };
}

/** The error code of an answer (`undefined` for a success). */
export const codeOf = (answer: Answer): string | undefined => answer.body.Code as string | undefined;
