// Test helpers: a capturing fetch, canned service answers, and an independent reference
// implementation of both signatures written from the published algorithm (not from src/).
import { createHash, createHmac } from "node:crypto";

export const creds = {
  accessKeyId: "LTAI5tTESTKEYID",
  accessKeySecret: "s3cr3t-SECRET-value/+=",
  securityToken: "STS.token-VALUE-xyz",
};
export const FIXED_DATE = new Date("2026-11-27T17:35:08.123Z");

export function pageBody(overrides: Record<string, unknown> = {}) {
  return {
    RequestId: "REQ-1",
    PageNumber: 1,
    PageSize: 10,
    TotalCount: 1,
    HpcClusters: { HpcCluster: [{ HpcClusterId: "hpc-1", Name: "one", Description: "d" }] },
    ...overrides,
  };
}

export function errorBody(code: string, message = "msg", requestId = "REQ-ERR") {
  return {
    Code: code,
    Message: message,
    RequestId: requestId,
    HostId: "ecs.aliyuncs.com",
    Recommend: `https://api.aliyun.com/troubleshoot?q=${code}`,
  };
}

/** A scripted answer; a function gets the request and the AbortSignal the client passed. */
export type Answer = Response | Error | ((request: Request, signal: AbortSignal) => Response | Promise<Response>);

/** A fetch that records every request and answers from a script (the last answer repeats). */
export function scriptedFetch(...answers: Answer[]) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    // The signal given to fetch, not request.signal: undici links a Request's signal to it only
    // weakly, and a fake that holds nothing else can lose the abort after a GC.
    if (typeof answer === "function") return answer(request, init?.signal ?? request.signal);
    return answer!.clone();
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

const enc = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Recomputes a V3 Authorization from a received request, as a server would. */
export function referenceV3Authorization(request: Request, secret: string, accessKeyId: string): string {
  const url = new URL(request.url);
  const pairs = [...url.searchParams].map(([k, v]) => `${enc(k)}=${enc(v)}`).sort();
  const headerMap = new Map<string, string>([["host", url.host]]);
  request.headers.forEach((v, k) => {
    headerMap.set(k.toLowerCase(), v.trim());
  });
  const names = [...headerMap.keys()]
    .filter((k) => k === "host" || k.startsWith("x-acs-") || k === "content-type")
    .sort();
  const canonical = [
    request.method,
    "/",
    pairs.join("&"),
    names.map((n) => `${n}:${headerMap.get(n)}\n`).join(""),
    names.join(";"),
    createHash("sha256").update("").digest("hex"),
  ].join("\n");
  const sts = `ACS3-HMAC-SHA256\n${createHash("sha256").update(canonical).digest("hex")}`;
  return `ACS3-HMAC-SHA256 Credential=${accessKeyId},SignedHeaders=${names.join(";")},Signature=${createHmac("sha256", secret).update(sts).digest("hex")}`;
}

/** Recomputes a V1 Signature from a received request's query. */
export function referenceV1Signature(request: Request, secret: string): string {
  const url = new URL(request.url);
  const pairs = [...url.searchParams]
    .filter(([k]) => k !== "Signature")
    .map(([k, v]) => [enc(k), enc(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const query = pairs.map(([k, v]) => `${k}=${v}`).join("&");
  return createHmac("sha1", `${secret}&`)
    .update(`${request.method}&%2F&${enc(query)}`)
    .digest("base64");
}

/** The rejection of a promise that must reject (fails the test when it resolves). */
export async function caught(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}
