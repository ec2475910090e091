import { describe, expect, it } from "vitest";
import { createHash, createHmac } from "node:crypto";
import {
  canonicalQuery,
  formatAcsDate,
  parseV3Authorization,
  percentEncode,
  signV1,
  signV3,
  hashBackend,
} from "./index.ts";
import { nobleBackend } from "./noble.ts";

describe("percentEncode", () => {
  it.each([
    ["a b", "a%20b"],
    ["*", "%2A"],
    ["~", "~"],
    ["/", "%2F"],
    ["'()!", "%27%28%29%21"],
    ["+&=", "%2B%26%3D"],
    ["-_.", "-_."],
    ["杭州", "%E6%9D%AD%E5%B7%9E"],
    ["é", "%C3%A9"],
    ["😀", "%F0%9F%98%80"],
    ['["hpc-a","hpc-b"]', "%5B%22hpc-a%22%2C%22hpc-b%22%5D"],
  ])("encodes %j as %s", (input, expected) => {
    expect(percentEncode(input)).toBe(expected);
  });

  it("sorts by encoded name and encodes values", () => {
    expect(
      canonicalQuery([
        ["b", "x y"],
        ["A", "1"],
        ["a", "*"],
      ]),
    ).toBe("A=1&a=%2A&b=x%20y");
  });
});

describe("signature V3 (ACS3-HMAC-SHA256), published vector", () => {
  const input = {
    method: "POST",
    query: { ImageId: "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd", RegionId: "cn-shanghai" },
    headers: {
      host: "ecs.cn-shanghai.aliyuncs.com",
      "x-acs-action": "RunInstances",
      "x-acs-version": "2014-05-26",
      "x-acs-date": "2023-10-26T10:22:32Z",
      "x-acs-signature-nonce": "3156853299f313e23d1673dc12e1703d",
      "x-acs-content-sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    },
    accessKeyId: "YourAccessKeyId",
    accessKeySecret: "YourAccessKeySecret",
  };

  it("hashes the canonical request and signs as published", () => {
    const signed = signV3(input);
    expect(signed.signedHeaders).toBe(
      "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version",
    );
    expect(createHash("sha256").update(signed.canonicalRequest).digest("hex")).toBe(
      "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259",
    );
    expect(signed.signature).toBe("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
    expect(signed.authorization).toBe(
      "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
    );
  });

  it("ignores header-name case and unsigned headers, and round-trips through parseV3Authorization", () => {
    const upper = Object.fromEntries(Object.entries(input.headers).map(([k, v]) => [k.toUpperCase(), v]));
    const signed = signV3({ ...input, headers: { ...upper, "user-agent": "x", accept: "application/json" } });
    expect(signed.signature).toBe("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
    const parsed = parseV3Authorization(signed.authorization);
    expect(parsed).toEqual({
      accessKeyId: "YourAccessKeyId",
      signedHeaders: signed.signedHeaders.split(";"),
      signature: signed.signature,
    });
    expect(signV3({ ...input, signedHeaders: parsed!.signedHeaders }).signature).toBe(signed.signature);
  });

  it("changes when any signed part changes", () => {
    const base = signV3(input).signature;
    expect(signV3({ ...input, accessKeySecret: "other" }).signature).not.toBe(base);
    expect(signV3({ ...input, method: "GET" }).signature).not.toBe(base);
    expect(signV3({ ...input, query: { ...input.query, RegionId: "cn-hangzhou" } }).signature).not.toBe(base);
    expect(
      signV3({ ...input, headers: { ...input.headers, "x-acs-date": "2023-10-26T10:22:33Z" } }).signature,
    ).not.toBe(base);
    expect(signV3({ ...input, headers: { ...input.headers, "x-acs-security-token": "sts" } }).signature).not.toBe(base);
  });

  it("rejects malformed Authorization headers", () => {
    expect(parseV3Authorization("ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host")).toBeUndefined();
    expect(parseV3Authorization("Bearer x")).toBeUndefined();
  });
});

describe("signature V1 (HMAC-SHA1), published vector", () => {
  const params = {
    Timestamp: "2016-02-23T12:46:24Z",
    Format: "XML",
    AccessKeyId: "testid",
    Action: "DescribeRegions",
    SignatureMethod: "HMAC-SHA1",
    SignatureNonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
    Version: "2014-05-26",
    SignatureVersion: "1.0",
  };

  it("builds the published string to sign and signature", () => {
    const signed = signV1({ method: "GET", params, accessKeySecret: "testsecret" });
    expect(signed.stringToSign).toBe(
      "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26",
    );
    expect(signed.signature).toBe("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
  });

  it("leaves a received Signature parameter out of the computation", () => {
    expect(
      signV1({ method: "GET", params: { ...params, Signature: "whatever" }, accessKeySecret: "testsecret" }).signature,
    ).toBe("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
  });

  it("encodes special characters in values before signing", () => {
    const a = signV1({ method: "POST", params: { ...params, Name: "a b*~" }, accessKeySecret: "testsecret" });
    expect(a.canonicalQuery).toContain("Name=a%20b%2A~");
  });
});

describe("hash backends", () => {
  it("the runtime uses node:crypto under Node", () => {
    expect(hashBackend.name).toBe("node:crypto");
  });

  it("the pure-JS fallback agrees with node:crypto", () => {
    for (const text of ["", "abc", "杭州 * ~", "x".repeat(1000)]) {
      expect(nobleBackend.sha256Hex(text)).toBe(createHash("sha256").update(text).digest("hex"));
      expect(nobleBackend.hmacSha256Hex("key", text)).toBe(createHmac("sha256", "key").update(text).digest("hex"));
      expect(nobleBackend.hmacSha1Base64("key&", text)).toBe(createHmac("sha1", "key&").update(text).digest("base64"));
    }
  });

  it("node:crypto's one-shot HMAC-SHA256 equals createHmac for every key and message, keys switching", async () => {
    const { nodeBackend } = await import("./hash.ts");
    const backend = nodeBackend(process.getBuiltinModule("node:crypto"));
    // Short, exactly one block, longer than a block (hashed first), non-ASCII; messages past the scratch buffer.
    const keys = ["key", "k".repeat(64), "K".repeat(65), "秘密-ключ-🔑", "key"];
    const texts = ["", "abc", "杭州 * ~", "x".repeat(1000), "ACS3-HMAC-SHA256\n" + "0".repeat(64), "abc"];
    for (const key of keys) {
      for (const text of texts) {
        expect(backend.hmacSha256Hex(key, text)).toBe(createHmac("sha256", key).update(text).digest("hex"));
      }
    }
  });

  it("formats dates without milliseconds, in UTC", () => {
    expect(formatAcsDate(new Date(Date.UTC(2023, 9, 26, 10, 22, 32, 999)))).toBe("2023-10-26T10:22:32Z");
  });
});

describe("the universal entry's backend", () => {
  it("signs the published vectors with @noble/hashes installed, then hands back to node:crypto", async () => {
    const { useHashBackend, nodeBackend } = await import("./hash.ts");
    useHashBackend(nobleBackend);
    try {
      expect(hashBackend.name).toBe("@noble/hashes");
      const v1 = signV1({
        method: "GET",
        params: {
          Timestamp: "2016-02-23T12:46:24Z",
          Format: "XML",
          AccessKeyId: "testid",
          Action: "DescribeRegions",
          SignatureMethod: "HMAC-SHA1",
          SignatureNonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
          Version: "2014-05-26",
          SignatureVersion: "1.0",
        },
        accessKeySecret: "testsecret",
      });
      expect(v1.signature).toBe("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    } finally {
      useHashBackend(nodeBackend(process.getBuiltinModule("node:crypto")));
    }
    expect(hashBackend.name).toBe("node:crypto");
  });

  it("the universal entry exports the same API plus the noble backend", async () => {
    const universal = await import("../index.universal.ts");
    const node = await import("../index.ts");
    expect(Object.keys(universal).sort()).toEqual([...Object.keys(node), "nobleBackend"].sort());
  });
});
