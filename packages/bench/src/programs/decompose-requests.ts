// Where the client's CPU per call (and calls/s) goes relative to the bare request of its transport, layer by layer,
// in one run with alternating windows: `node src/programs/decompose-requests.ts [rounds]
// [windowMs] [--fetch]`. node:http (default): bare (`http.request(url)`), bare+headers (options
// instead of a URL, plus the headers the client sends), handler (core's nodeHttpHandler with
// those headers), client (the whole client). --fetch: bare (`fetch` + `json()`), +headers,
// +signal (`redirect: "manual"` and `AbortSignal.timeout`, as fetchHandler sends), handler
// (fetchHandler), client (the whole client through fetchHandler). VARIANT=nonce,clock,token adds
// a client with those defaults replaced by constants (what randomness and the date cost).
import { createEcsClient, fetchHandler, nodeHttpHandler } from "@ecs-hpc/core";
import { EMPTY_BODY_SHA256, formatAcsDate, hashBackend } from "@ecs-hpc/core/signer";
import {
  ACTION,
  API_VERSION,
  BENCH_CREDENTIALS,
  CLIENT_HEADERS,
  FIXED_DATE,
  FIXED_NONCE,
  FIXED_RESPONSE,
  REGION_ID,
} from "../fixtures.ts";
import { bareHttpPost, bareHttpRequest } from "../bare-node-http.ts";
import { measureWindow } from "../measure-window.ts";
import { spawnServer } from "../servers/spawn-server.ts";
import { median } from "../stats.ts";

type Body = { TotalCount?: unknown };
const viaFetch = process.argv.includes("--fetch");
const [roundsArg, windowArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const rounds = Number(roundsArg ?? 16);
const windowMs = Number(windowArg ?? 300);
const server = await spawnServer(new URL("../servers/fixed-json-server.ts", import.meta.url));
const endpoint = `http://127.0.0.1:${server.port}`;
const path = `/?ClientToken=0c593ea1-3bea-11e9-b96b-88e9fe637760&PageSize=10&RegionId=${REGION_ID}`;
const url = endpoint + path;
const headers = { ...CLIENT_HEADERS };
const host = `127.0.0.1:${server.port}`;

const flat: string[] = [];
for (const name in headers) flat.push(name, headers[name]!);
flat.push("host", host, "content-length", "0");
const bareWithHeaders = () =>
  bareHttpRequest({ hostname: "127.0.0.1", port: server.port, method: "POST", path, headers: flat });
/**
 * The least a client of this API does per call, by hand: the V3 signature over the same headers
 * (core's hash functions, a fresh date and nonce), the request with options and a flat header
 * list, the body parsed. No validation, no pipeline, no limits, no timeout: the floor for a
 * signing client on node:http.
 */
const query = path.slice(2);
const minimalSigned = () => {
  const date = formatAcsDate(new Date());
  const nonce = crypto.randomUUID().replaceAll("-", "");
  const canonicalHeaders =
    `host:${host}\nx-acs-action:${ACTION}\nx-acs-content-sha256:${EMPTY_BODY_SHA256}\n` +
    `x-acs-date:${date}\nx-acs-signature-nonce:${nonce}\nx-acs-version:${API_VERSION}\n`;
  const signed = "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
  const canonical = `POST\n/\n${query}\n${canonicalHeaders}\n${signed}\n${EMPTY_BODY_SHA256}`;
  const toSign = `ACS3-HMAC-SHA256\n${hashBackend.sha256Hex(canonical)}`;
  const signature = hashBackend.hmacSha256Hex(BENCH_CREDENTIALS.accessKeySecret, toSign);
  const list = [
    "accept",
    "application/json",
    "x-acs-action",
    ACTION,
    "x-acs-version",
    API_VERSION,
    "x-acs-date",
    date,
    "x-acs-signature-nonce",
    nonce,
    "x-acs-content-sha256",
    EMPTY_BODY_SHA256,
    "authorization",
    `ACS3-HMAC-SHA256 Credential=${BENCH_CREDENTIALS.accessKeyId},SignedHeaders=${signed},Signature=${signature}`,
    "host",
    host,
    "content-length",
    "0",
  ];
  return bareHttpRequest({ hostname: "127.0.0.1", port: server.port, method: "POST", path, headers: list });
};
const fetchJson = async (init: RequestInit) => (await fetch(url, init)).json() as Promise<Body>;
const signalled = () => ({ method: "POST", headers, redirect: "manual", signal: AbortSignal.timeout(10_000) }) as const;

const handler = viaFetch ? fetchHandler() : nodeHttpHandler();
const request = { method: "POST" as const, url, headers, timeoutMs: 10_000, maxResponseBytes: 8 << 20 };
const variant = process.env.VARIANT ?? "";
const fixedDate = new Date(FIXED_DATE);
const common = {
  endpoint,
  credentials: BENCH_CREDENTIALS,
  regionId: REGION_ID,
  retry: false as const,
  requestHandler: handler,
};
const client = createEcsClient(common);
const varied = createEcsClient({
  ...common,
  ...(variant.includes("nonce") ? { nonce: () => FIXED_NONCE } : {}),
  ...(variant.includes("clock") ? { clock: () => fixedDate } : {}),
  ...(variant.includes("token") ? { idempotencyToken: () => "0c593ea1-3bea-11e9-b96b-88e9fe637760" } : {}),
});
const sides: Record<string, () => Promise<Body>> = {
  ...(viaFetch
    ? {
        bare: () => fetchJson({ method: "POST" }),
        "+headers": () => fetchJson({ method: "POST", headers }),
        "+signal": () => fetchJson(signalled()),
      }
    : { bare: () => bareHttpPost(url), "bare+headers": bareWithHeaders, "minimal+sign": minimalSigned }),
  handler: async () => JSON.parse((await handler(request)).body) as Body,
  client: () => client.describeHpcClusters({ PageSize: 10 }),
  ...(variant ? { variant: () => varied.describeHpcClusters({ PageSize: 10 }) } : {}),
};

const names = Object.keys(sides);
const run = async (name: string, ms: number) =>
  measureWindow(async () => {
    if ((await sides[name]!()).TotalCount !== FIXED_RESPONSE.TotalCount) throw new Error("wrong TotalCount");
  }, ms);
for (const name of names) await run(name, 300);
const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
const rps: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
for (let r = 0; r < rounds; r++)
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + r) % names.length]!;
    const w = await run(name, windowMs);
    cpu[name]!.push(w.cpuMicrosPerCall);
    rps[name]!.push(w.callsPerSecond);
  }
/** Median of the same-round ratios a/b. */
const paired = (a: string, b: string, of = cpu) => median(of[a]!.map((x, i) => x / of[b]![i]!));
for (const name of names)
  console.log(
    `${name.padEnd(13)} ${median(cpu[name]!).toFixed(1).padStart(6)} µs CPU/call ${paired(name, "bare").toFixed(3)}x of bare; ` +
      `${median(rps[name]!).toFixed(0).padStart(5)} calls/s ${paired(name, "bare", rps).toFixed(3)}x of bare`,
  );
console.log(`client / handler ${paired("client", "handler").toFixed(3)}x (same rounds)`);
if (variant) console.log(`variant (${variant}) / client ${paired("variant", "client").toFixed(3)}x (same rounds)`);
await server.stop();
