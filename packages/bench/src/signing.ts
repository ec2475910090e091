// Signatures per second, V3 (ACS3-HMAC-SHA256) and V1 (HMAC-SHA1): `signV3`/`signV1` from
// `@ecs-hpc/core/signer` against `OpenApiUtil.getAuthorization`/`getRPCSignature` from
// `@alicloud/openapi-core`, on the same inputs (fixed date and nonce). Both must produce the
// same signature before anything is timed, which shows that they do the same work.
import { signV1, signV3 } from "@ecs-hpc/core/signer";
import Dara from "@darabonba/typescript";
import {
  ACTION,
  API_VERSION,
  BENCH_CREDENTIALS,
  DESCRIBE_PARAMS,
  EMPTY_BODY_SHA256,
  FIXED_DATE,
  FIXED_NONCE,
  HOST,
} from "./fixtures.ts";
import { OfficialUtil } from "./official.ts";
import type { BenchResult, Row } from "./report.ts";
import { fmt, fmtRatio, fmtSummary, summarize } from "./stats.ts";

const ROUNDS = 7;
const ROUND_MS = 500;
const WARMUP_MS = 300;
const MAX_CALLS_PER_ROUND = 5_000_000;

const { accessKeyId, accessKeySecret } = BENCH_CREDENTIALS;

/** The headers the client signs for V3 (what `signRequestV3` in core builds, minus unsigned ones). */
const v3Headers: Record<string, string> = {
  host: HOST,
  "x-acs-action": ACTION,
  "x-acs-version": API_VERSION,
  "x-acs-date": FIXED_DATE,
  "x-acs-signature-nonce": FIXED_NONCE,
  "x-acs-content-sha256": EMPTY_BODY_SHA256,
};

/** Every parameter of a V1 request but `Signature`: the operation's plus the common ones. */
const v1Params: Record<string, string> = {
  ...DESCRIBE_PARAMS,
  Action: ACTION,
  Version: API_VERSION,
  Format: "JSON",
  AccessKeyId: accessKeyId,
  SignatureMethod: "HMAC-SHA1",
  SignatureVersion: "1.0",
  SignatureNonce: FIXED_NONCE,
  Timestamp: FIXED_DATE,
};

function oursV3(): string {
  return signV3({
    method: "POST",
    path: "/",
    query: DESCRIBE_PARAMS,
    headers: v3Headers,
    hashedPayload: EMPTY_BODY_SHA256,
    accessKeyId,
    accessKeySecret,
  }).authorization;
}

// The official client builds a $dara.Request (method, pathname, query, headers) and calls
// getAuthorization on it with the payload hash it computed; we hand it the same parts.
const officialRequest = new Dara.Request();
officialRequest.method = "POST";
officialRequest.pathname = "/";
officialRequest.query = { ...DESCRIBE_PARAMS };
officialRequest.headers = { ...v3Headers };

function theirsV3(): string {
  return OfficialUtil.getAuthorization(
    officialRequest,
    "ACS3-HMAC-SHA256",
    EMPTY_BODY_SHA256,
    accessKeyId,
    accessKeySecret,
  );
}

function oursV1(): string {
  return signV1({ method: "POST", params: v1Params, accessKeySecret }).signature;
}

function theirsV1(): string {
  return OfficialUtil.getRPCSignature(v1Params, "POST", accessKeySecret);
}

let sink = 0;

/** Calls `fn` for about `ms` milliseconds (bounded in count too); returns calls per second. */
function rate(fn: () => string, ms: number): number {
  const start = performance.now();
  const end = start + ms;
  let calls = 0;
  let now = start;
  while (now < end && calls < MAX_CALLS_PER_ROUND) {
    for (let i = 0; i < 200; i++) sink += fn().length;
    calls += 200;
    now = performance.now();
  }
  return calls / ((now - start) / 1000);
}

interface Pair {
  readonly label: string;
  readonly ours: () => string;
  readonly theirs: () => string;
}

function measurePair(pair: Pair): { ours: number[]; theirs: number[] } {
  rate(pair.ours, WARMUP_MS);
  rate(pair.theirs, WARMUP_MS);
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which side goes first, so drift in machine load hits both equally.
    if (round % 2 === 0) {
      ours.push(rate(pair.ours, ROUND_MS));
      theirs.push(rate(pair.theirs, ROUND_MS));
    } else {
      theirs.push(rate(pair.theirs, ROUND_MS));
      ours.push(rate(pair.ours, ROUND_MS));
    }
  }
  return { ours, theirs };
}

export async function runSigning(): Promise<BenchResult> {
  const pairs: Pair[] = [
    { label: "V3 (ACS3-HMAC-SHA256)", ours: oursV3, theirs: theirsV3 },
    { label: "V1 (HMAC-SHA1)", ours: oursV1, theirs: theirsV1 },
  ];
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const pair of pairs) {
    const a = pair.ours();
    const b = pair.theirs();
    if (a !== b)
      throw new Error(
        `signing ${pair.label}: the signers disagree, so they do not do the same work:\n ours:   ${a}\n theirs: ${b}`,
      );
    notes.push(
      `${pair.label}: both signers produce the same output for the same input before timing: \`${a.length > 90 ? `…${a.slice(-72)}` : a}\``,
    );
    const { ours, theirs } = measurePair(pair);
    const so = summarize(ours);
    const st = summarize(theirs);
    const ratio = so.median / st.median;
    rows.push({
      figure: `${pair.label} signatures/s`,
      ours: fmtSummary(so, "/s"),
      theirs: fmtSummary(st, "/s"),
      ratio: fmtRatio(ratio),
      target: ">= 1x",
      pass: ratio >= 1,
    });
    notes.push(
      `${pair.label}: ${ROUNDS} alternating rounds of ${ROUND_MS} ms per side after ${WARMUP_MS} ms warm-up; ours ${ours.map((x) => fmt(x)).join(", ")}; theirs ${theirs.map((x) => fmt(x)).join(", ")} (signatures/s).`,
    );
  }
  notes.push(
    `Inputs: DescribeHpcClusters with ${Object.keys(DESCRIBE_PARAMS).join(", ")}; fixed date ${FIXED_DATE} and nonce; V3 headers ${Object.keys(v3Headers).join(", ")} with the empty-body hash precomputed for both sides; V1 with the eight common parameters.`,
  );
  if (sink === 42) console.log(""); // keep the results observable
  return { name: "signing", title: "signatures per second (same inputs, same output)", rows, notes };
}
