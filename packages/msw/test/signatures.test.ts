import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { mockCredentials } from "../src/index.ts";
import { useMockService } from "./support/mock-server.ts";
import { call, codeOf, newNonce, v1, v3, type WireRequest } from "./support/wire.ts";
import { signV3 } from "@ecs-hpc/core/signer";
import { operations } from "@ecs-hpc/core";

/** The documented status of a code (every status comes from the spec's table). */
const statusOf = (code: keyof typeof operations.DescribeHpcClusters.errors): number =>
  operations.DescribeHpcClusters.errors[code].status;

// A fixed clock, so dates and nonce expiry are under the test's control.
let clock = new Date("2026-06-01T08:00:00Z");
const { withOptions, store } = useMockService({ clusters: 5 }, { now: () => clock });
const at = (iso: string) => new Date(iso);

/** Signs at the mock's current time. */
const v3Now = (input: Parameters<typeof v3>[0] = {}) => v3({ date: clock, ...input });
const v1Now = (input: Parameters<typeof v1>[0] = {}) => v1({ date: clock, ...input });

describe("valid signatures", () => {
  it("accepts V3 and V1 requests signed with the configured key", async () => {
    expect((await call(v3Now())).status).toBe(200);
    expect((await call(v1Now())).status).toBe(200);
  });

  it("accepts V3 requests signing extra x-acs-* headers and content-type", async () => {
    expect(
      (await call(v3Now({ headers: { "x-acs-credentials-provider": "static_ak", "x-acs-trace": "abc" } }))).status,
    ).toBe(200);
    expect((await call(v3Now({ placement: "form" }))).status).toBe(200);
  });

  it("accepts any of several configured keys, and verifySignatures: false accepts anything", async () => {
    const other = { accessKeyId: "LTAI5tOtherKey0000000001", accessKeySecret: "OtherSecret" };
    withOptions({ now: () => clock, credentials: [mockCredentials, other] });
    expect((await call(v3Now({ credential: other }))).status).toBe(200);
    withOptions({ verifySignatures: false });
    expect((await call(v3Now({ credential: { accessKeyId: "nobody", accessKeySecret: "nothing" } }))).status).toBe(200);
    const unsigned = await call({
      url: new URL(
        "https://ecs.cn-hangzhou.aliyuncs.com/?Action=DescribeHpcClusters&Version=2014-05-26&RegionId=cn-hangzhou&Format=JSON",
      ),
      method: "GET",
      headers: {},
      body: "",
    });
    expect(unsigned.status).toBe(200);
  });

  it("accepts dates up to 15 minutes off either way", async () => {
    expect((await call(v3({ date: new Date(clock.getTime() - 15 * 60_000) }))).status).toBe(200);
    expect((await call(v1({ date: new Date(clock.getTime() + 15 * 60_000) }))).status).toBe(200);
  });
});

describe("tampered requests are rejected with SignatureDoesNotMatch", () => {
  const tamperings: readonly [string, () => WireRequest][] = [
    [
      "V3: a query parameter changed",
      () => {
        const wire = v3Now({ params: { RegionId: "cn-hangzhou", PageSize: "10" } });
        wire.url.searchParams.set("PageSize", "100");
        return wire;
      },
    ],
    [
      "V3: a query parameter added",
      () => {
        const wire = v3Now();
        wire.url.searchParams.set("PageNumber", "2");
        return wire;
      },
    ],
    [
      "V3: a signed header changed (nonce)",
      () => {
        const wire = v3Now();
        wire.headers["x-acs-signature-nonce"] = newNonce();
        return wire;
      },
    ],
    [
      "V3: a signed header changed (date, still in the window)",
      () => {
        const wire = v3Now();
        wire.headers["x-acs-date"] = new Date(clock.getTime() + 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
        return wire;
      },
    ],
    [
      "V3: an extra signed x-acs-* header changed",
      () => {
        const wire = v3Now({ headers: { "x-acs-trace": "abc" } });
        wire.headers["x-acs-trace"] = "abd";
        return wire;
      },
    ],
    [
      "V3: the wrong secret",
      () => v3Now({ credential: { ...mockCredentials, accessKeySecret: `${mockCredentials.accessKeySecret}x` } }),
    ],
    [
      "V3: the body changed, x-acs-content-sha256 no longer matches",
      () => {
        const wire = v3Now({ placement: "form" });
        wire.body = wire.body.replace("cn-hangzhou", "cn-shanghai");
        return wire;
      },
    ],
    [
      "V3: the body and its hash changed together",
      () => {
        const wire = v3Now({ placement: "form" });
        wire.body = "RegionId=cn-shanghai";
        wire.headers["x-acs-content-sha256"] = createHash("sha256").update(wire.body).digest("hex");
        return wire;
      },
    ],
    ["V3: the method changed", () => ({ ...v3Now(), method: "GET" })],
    [
      "V1: a parameter changed",
      () => {
        const wire = v1Now({ params: { RegionId: "cn-hangzhou", PageSize: "10" } });
        wire.url.searchParams.set("PageSize", "50");
        return wire;
      },
    ],
    [
      "V1: a parameter added",
      () => {
        const wire = v1Now();
        wire.url.searchParams.set("HpcClusterIds", '["hpc-x"]');
        return wire;
      },
    ],
    ["V1: the wrong secret", () => v1Now({ credential: { ...mockCredentials, accessKeySecret: "wrong" } })],
    ["V1: the method changed", () => ({ ...v1Now(), method: "POST" })],
    [
      "V1: a form parameter changed",
      () => {
        const wire = v1Now({ method: "POST", placement: "form" });
        wire.body = wire.body.replace("RegionId=cn-hangzhou", "RegionId=cn-shanghai");
        return wire;
      },
    ],
  ];

  it.each(tamperings)("%s", async (_name, make) => {
    const answer = await call(make());
    expect(codeOf(answer), answer.headers.get("x-ecs-hpc-mock-reason") ?? "").toBe("SignatureDoesNotMatch");
    expect(answer.status).toBe(statusOf("SignatureDoesNotMatch"));
  });
});

describe("incomplete signatures are rejected with IncompleteSignature", () => {
  const cases: readonly [string, () => WireRequest][] = [
    [
      "no Authorization",
      () => {
        const w = v3Now();
        delete w.headers.authorization;
        return w;
      },
    ],
    [
      "an Authorization of another scheme",
      () => {
        const w = v3Now();
        w.headers.authorization = "Bearer abc";
        return w;
      },
    ],
    [
      "an Authorization without SignedHeaders",
      () => {
        const w = v3Now();
        w.headers.authorization = (w.headers.authorization as string).replace(/SignedHeaders=[^,]*,/, "");
        return w;
      },
    ],
    ["no x-acs-signature-nonce", () => unsignedWithout("x-acs-signature-nonce")],
    ["no x-acs-date", () => unsignedWithout("x-acs-date")],
    ["no x-acs-content-sha256", () => unsignedWithout("x-acs-content-sha256")],
    ["a malformed x-acs-date", () => v3Now({ headers: { "x-acs-date": "2026-06-01 08:00:00" } })],
    [
      "SignedHeaders without host",
      () =>
        signedOnly(["x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version"]),
    ],
    [
      "SignedHeaders without an x-acs-* header",
      () => signedOnly(["host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-version"]),
    ],
    [
      "V1 without Signature",
      () => {
        const w = v1Now();
        w.url.searchParams.delete("Signature");
        return w;
      },
    ],
    [
      "V1 without SignatureNonce",
      () => {
        const w = v1Now();
        w.url.searchParams.delete("SignatureNonce");
        return w;
      },
    ],
    [
      "V1 without Timestamp",
      () => {
        const w = v1Now();
        w.url.searchParams.delete("Timestamp");
        return w;
      },
    ],
    [
      "V1 with another SignatureMethod",
      () => {
        const w = v1Now();
        w.url.searchParams.set("SignatureMethod", "HMAC-SHA256");
        return w;
      },
    ],
    [
      "no signature at all",
      () => ({
        url: new URL(
          "https://ecs.cn-hangzhou.aliyuncs.com/?Action=DescribeHpcClusters&Version=2014-05-26&RegionId=cn-hangzhou&Format=JSON",
        ),
        method: "GET",
        headers: {},
        body: "",
      }),
    ],
  ];

  /** A V3 request without one header, re-signed so only the missing header is wrong. */
  function unsignedWithout(name: string): WireRequest {
    const wire = v3Now();
    delete wire.headers[name];
    delete wire.headers.authorization;
    wire.headers.authorization = signV3({
      method: wire.method,
      query: [...wire.url.searchParams],
      headers: wire.headers,
      accessKeyId: mockCredentials.accessKeyId,
      accessKeySecret: mockCredentials.accessKeySecret,
    }).authorization;
    return wire;
  }

  /** A V3 request signed over only some of its headers. */
  function signedOnly(names: readonly string[]): WireRequest {
    const wire = v3Now();
    delete wire.headers.authorization;
    wire.headers.authorization = signV3({
      method: wire.method,
      query: [...wire.url.searchParams],
      headers: wire.headers,
      accessKeyId: mockCredentials.accessKeyId,
      accessKeySecret: mockCredentials.accessKeySecret,
      signedHeaders: names,
    }).authorization;
    return wire;
  }

  it.each(cases)("%s", async (_name, make) => {
    const answer = await call(make());
    expect(codeOf(answer), answer.headers.get("x-ecs-hpc-mock-reason") ?? "").toBe("IncompleteSignature");
    expect(answer.status).toBe(statusOf("IncompleteSignature"));
  });
});

describe("keys, clocks, nonces and tokens", () => {
  it("an unknown key id is InvalidAccessKeyId.NotFound, V3 and V1", async () => {
    const unknown = { accessKeyId: "LTAI5tNoSuchKey000000000", accessKeySecret: mockCredentials.accessKeySecret };
    for (const answer of [await call(v3Now({ credential: unknown })), await call(v1Now({ credential: unknown }))]) {
      expect(codeOf(answer)).toBe("InvalidAccessKeyId.NotFound");
      expect(answer.status).toBe(statusOf("InvalidAccessKeyId.NotFound"));
    }
  });

  it("a date more than 15 minutes off is InvalidTimeStamp.Expired, by the injected clock", async () => {
    const signedAt = clock;
    const wire = v3({ date: signedAt });
    clock = new Date(signedAt.getTime() + 15 * 60_000 + 1000);
    try {
      const answer = await call(wire);
      expect(codeOf(answer)).toBe("InvalidTimeStamp.Expired");
      expect(answer.status).toBe(statusOf("InvalidTimeStamp.Expired"));
      expect(codeOf(await call(v1({ date: at("2026-06-01T07:44:00Z") })))).toBe("InvalidTimeStamp.Expired");
    } finally {
      clock = signedAt;
    }
  });

  it("a nonce is single-use for 15 minutes, then free again", async () => {
    const nonce = newNonce();
    expect((await call(v3Now({ nonce }))).status).toBe(200);
    const replay = await call(v3Now({ nonce }));
    expect(codeOf(replay)).toBe("SignatureNonceUsed");
    expect(replay.status).toBe(statusOf("SignatureNonceUsed"));
    expect(codeOf(await call(v1Now({ nonce })))).toBe("SignatureNonceUsed");
    const start = clock;
    clock = new Date(start.getTime() + 15 * 60_000 + 1000);
    try {
      expect((await call(v3Now({ nonce }))).status).toBe(200);
    } finally {
      clock = start;
    }
  });

  it("a rejected request does not use up its nonce", async () => {
    const nonce = newNonce();
    expect(codeOf(await call(v3Now({ nonce, credential: { ...mockCredentials, accessKeySecret: "wrong" } })))).toBe(
      "SignatureDoesNotMatch",
    );
    expect((await call(v3Now({ nonce }))).status).toBe(200);
  });

  it("store.reset() forgets used nonces", async ({ onTestFinished }) => {
    const wire = v3Now();
    expect((await call(wire)).status).toBe(200);
    store.reset();
    onTestFinished(() => store.reset());
    expect((await call(wire)).status).toBe(200);
  });

  it("an STS credential needs its own token; a plain key must not send one", async () => {
    const sts = {
      accessKeyId: "STS.MockTemporaryKey0001",
      accessKeySecret: "MockStsSecret",
      securityToken: "CAIS-token-1",
    };
    withOptions({ now: () => clock, credentials: [sts, mockCredentials] });
    expect((await call(v3Now({ credential: sts }))).status).toBe(200);
    expect((await call(v1Now({ credential: sts }))).status).toBe(200);
    const cases = [
      v3Now({ credential: { ...sts, securityToken: "CAIS-token-2" } }),
      v3Now({ credential: { accessKeyId: sts.accessKeyId, accessKeySecret: sts.accessKeySecret } }),
      v1Now({ credential: { accessKeyId: sts.accessKeyId, accessKeySecret: sts.accessKeySecret } }),
      v3Now({ credential: { ...mockCredentials, securityToken: "CAIS-token-1" } }),
    ];
    for (const wire of cases) {
      const answer = await call(wire);
      expect(codeOf(answer)).toBe("InvalidSecurityToken.Mismatch");
      expect(answer.status).toBe(statusOf("InvalidSecurityToken.Mismatch"));
    }
  });

  it("never echoes the secret", async () => {
    const answer = await call(v3Now({ credential: { ...mockCredentials, accessKeySecret: "wrong" } }));
    const text = JSON.stringify(answer.body) + JSON.stringify([...answer.headers]);
    expect(text).not.toContain(mockCredentials.accessKeySecret);
  });
});
