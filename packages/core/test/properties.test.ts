// Property-based tests: the signers against a reference built from the published algorithm,
// and validation on random inputs.
import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEcsClient, isEcsError, operations } from "../src/index.ts";
import { signV1, signV3 } from "../src/signer/index.ts";
import { signatureV3 } from "../src/steps/sign.ts";
import { operations as ops } from "../src/generated/operations.ts";
import { creds, json, pageBody, scriptedFetch } from "./helpers.ts";

// Reference percent-encoding, byte by byte from the published rule (not encodeURIComponent).
function refEncode(value: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(value)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
const refQuery = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([k, v]) => [refEncode(k), refEncode(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");

const paramName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9.]{0,15}$/);
const paramValue = fc.string({ unit: "grapheme", maxLength: 40 });
const params = fc.dictionary(paramName, paramValue, { maxKeys: 8 });
const secret = fc.string({ minLength: 1, maxLength: 40 });

const headers = (extra: Record<string, string> = {}) => ({
  host: "ecs.cn-hangzhou.aliyuncs.com",
  "x-acs-action": "DescribeHpcClusters",
  "x-acs-version": "2014-05-26",
  "x-acs-date": "2026-11-27T17:35:08Z",
  "x-acs-signature-nonce": "abc",
  "x-acs-content-sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  ...extra,
});

function refV3(query: Record<string, string>, h: Record<string, string>, key: string): string {
  const names = Object.keys(h).sort();
  const canonical = [
    "POST",
    "/",
    refQuery(query),
    names.map((n) => `${n}:${h[n]!.trim()}\n`).join(""),
    names.join(";"),
    h["x-acs-content-sha256"],
  ].join("\n");
  return createHmac("sha256", key)
    .update(`ACS3-HMAC-SHA256\n${createHash("sha256").update(canonical).digest("hex")}`)
    .digest("hex");
}

// Hundreds of runs per property: a second or two alone, several times that on a loaded machine.
const budget = { timeout: 120_000 };

describe("signers against a reference implementation", budget, () => {
  it("V3: any parameter map signs identically", () => {
    fc.assert(
      fc.property(params, secret, (query, key) => {
        expect(
          signV3({ method: "POST", query, headers: headers(), accessKeyId: "id", accessKeySecret: key }).signature,
        ).toBe(refV3(query, headers(), key));
      }),
      { numRuns: 300 },
    );
  });

  it("V1: any parameter map signs identically", () => {
    fc.assert(
      fc.property(params, secret, fc.constantFrom("GET", "POST"), (query, key, method) => {
        const expected = createHmac("sha1", `${key}&`)
          .update(`${method}&%2F&${refEncode(refQuery(query))}`)
          .digest("base64");
        expect(signV1({ method, params: query, accessKeySecret: key }).signature).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("V3: changing any signed part changes the signature", () => {
    fc.assert(
      fc.property(params, paramName, paramValue, secret, (query, name, value, key) => {
        fc.pre(query[name] !== value);
        const base = signV3({
          method: "POST",
          query,
          headers: headers(),
          accessKeyId: "id",
          accessKeySecret: key,
        }).signature;
        expect(
          signV3({
            method: "POST",
            query: { ...query, [name]: value },
            headers: headers(),
            accessKeyId: "id",
            accessKeySecret: key,
          }).signature,
        ).not.toBe(base);
        expect(
          signV3({
            method: "POST",
            query,
            headers: headers({ "x-acs-date": "2026-11-27T17:35:09Z" }),
            accessKeyId: "id",
            accessKeySecret: key,
          }).signature,
        ).not.toBe(base);
        expect(
          signV3({ method: "POST", query, headers: headers(), accessKeyId: "id", accessKeySecret: `${key}x` })
            .signature,
        ).not.toBe(base);
      }),
      { numRuns: 200 },
    );
  });

  it("V1: changing any parameter changes the signature", () => {
    fc.assert(
      fc.property(params, paramName, paramValue, (query, name, value) => {
        fc.pre(query[name] !== value);
        expect(signV1({ method: "GET", params: { ...query, [name]: value }, accessKeySecret: "k" }).signature).not.toBe(
          signV1({ method: "GET", params: query, accessKeySecret: "k" }).signature,
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe("the client's V3 fast path (no caller headers) against the general signer", budget, () => {
  it("signs exactly as the general V3 path does with a caller header that is not signed", () => {
    const op = ops.DescribeHpcClusters;
    const host = fc.oneof(fc.constant("ecs.cn-hangzhou.aliyuncs.com"), fc.constant("127.0.0.1:8080"), fc.domain());
    const token = fc.option(
      fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim() !== "" && !/[\r\n]/.test(t)),
      { nil: undefined },
    );
    const nonce = fc.stringMatching(/^[ ]?[0-9a-f]{32}[ ]?$/);
    fc.assert(
      fc.property(
        params,
        secret,
        host,
        token,
        nonce,
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        (query, accessKeySecret, h, securityToken, n, date) => {
          const wire = {
            operation: op,
            origin: `http://${h}`,
            host: h,
            path: "/",
            query: refQuery(query),
            headers: {},
          };
          const credentials = { accessKeyId: "LTAI-ID", accessKeySecret, securityToken };
          const fast = signatureV3.sign(wire, { credentials, date, nonce: n });
          // `user-agent` is neither x-acs-* nor content-type: not signed, but it forces the general path.
          const general = signatureV3.sign(
            { ...wire, headers: { "user-agent": "t" } },
            { credentials, date, nonce: n },
          );
          expect(fast.headers.authorization).toBe(general.headers.authorization);
          expect(fast.url).toBe(general.url);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("validation on random inputs", budget, () => {
  const names = Object.keys(operations.DescribeHpcClusters.params);
  const anyValue = fc.oneof(
    fc.anything(),
    fc.integer(),
    fc.string(),
    fc.array(fc.string(), { maxLength: 120 }),
    fc.constant(undefined),
  );
  const input = fc.dictionary(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 8 })), anyValue, {
    maxKeys: 6,
  });

  it("never crashes, never reaches the network when invalid, and always names the parameter", async () => {
    const capture = scriptedFetch(json(pageBody()));
    const ecs = createEcsClient({ regionId: "cn-hangzhou", credentials: creds, fetch: capture.fetch, retry: false });
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const before = capture.requests.length;
        try {
          await ecs.describeHpcClusters(value as never);
          expect(capture.requests.length).toBe(before + 1);
        } catch (error) {
          expect(isEcsError(error, "validation")).toBe(true);
          const v = error as { param: string; message: string };
          expect(v.message).toContain(v.param);
          expect(capture.requests.length).toBe(before);
        }
      }),
      { numRuns: 400 },
    );
  });
});
