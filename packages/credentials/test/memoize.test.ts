import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeCredentials, memoize, type Credentials } from "../src/index.ts";

function counting(make: (n: number) => Credentials | Promise<Credentials>) {
  let calls = 0;
  const provider = vi.fn(async () => make(++calls));
  return { provider, calls: () => calls };
}

const at = (ms: number) => new Date(ms);

describe("memoize", () => {
  let t = 1_000_000;
  const now = () => t;
  beforeEach(() => {
    t = 1_000_000;
  });
  afterEach(() => vi.useRealTimers());

  it("keeps long-term credentials (no expiration) for good", async () => {
    const { provider } = counting((n) => makeCredentials({ accessKeyId: `AK${n}`, accessKeySecret: "s" }));
    const cached = memoize(provider, { now });
    expect((await cached()).accessKeyId).toBe("AK1");
    t += 10 * 365 * 86_400_000;
    expect((await cached()).accessKeyId).toBe("AK1");
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it("50 concurrent calls share one fetch, and later ones one refresh", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { provider } = counting(async (n) => {
      await gate;
      return makeCredentials({
        accessKeyId: `STS.${n}`,
        accessKeySecret: "s",
        securityToken: "t",
        expiration: at(t + 3_600_000),
      });
    });
    const cached = memoize(provider, { now, refreshBeforeMs: 300_000 });
    const first = Array.from({ length: 50 }, () => cached());
    release();
    const results = await Promise.all(first);
    expect(provider).toHaveBeenCalledTimes(1);
    expect(new Set(results.map((c) => c.accessKeyId))).toEqual(new Set(["STS.1"]));

    t += 3_600_000 - 200_000; // inside the refresh margin, still valid
    const second = await Promise.all(Array.from({ length: 50 }, () => cached()));
    expect(provider).toHaveBeenCalledTimes(2);
    expect(new Set(second.map((c) => c.accessKeyId))).toEqual(new Set(["STS.2"]));
  });

  it("refreshes before expiration, not after, and never hands out expired credentials", async () => {
    const { provider } = counting((n) =>
      makeCredentials({
        accessKeyId: `STS.${n}`,
        accessKeySecret: "s",
        securityToken: "t",
        expiration: at(t + 1_000_000),
      }),
    );
    const cached = memoize(provider, { now, refreshBeforeMs: 100_000 });
    expect((await cached()).accessKeyId).toBe("STS.1");
    t += 899_999;
    expect((await cached()).accessKeyId).toBe("STS.1");
    t += 1; // exactly refreshBeforeMs before expiry
    expect((await cached()).accessKeyId).toBe("STS.2");
    t += 5_000_000; // long past STS.2's expiry
    const c = await cached();
    expect(c.accessKeyId).toBe("STS.3");
    expect(c.expiration!.getTime()).toBeGreaterThan(t);
  });

  it("a failed refresh keeps valid old credentials; once they expire the failure is thrown", async () => {
    let fail = false;
    const provider = vi.fn(async () => {
      if (fail) throw new Error("sts down");
      return makeCredentials({
        accessKeyId: "STS.old",
        accessKeySecret: "s",
        securityToken: "t",
        expiration: at(t + 1_000_000),
      });
    });
    const cached = memoize(provider, { now, refreshBeforeMs: 300_000 });
    await cached();
    fail = true;
    t += 800_000; // in the margin: refresh fails, old ones still valid for 200 s
    expect((await cached()).accessKeyId).toBe("STS.old");
    expect(provider).toHaveBeenCalledTimes(2);
    t += 9_999; // within retryAfterFailureMs: no new attempt
    expect((await cached()).accessKeyId).toBe("STS.old");
    expect(provider).toHaveBeenCalledTimes(2);
    t += 1; // then it tries again
    expect((await cached()).accessKeyId).toBe("STS.old");
    expect(provider).toHaveBeenCalledTimes(3);
    t += 190_000; // now expired
    await expect(cached()).rejects.toThrow("sts down");
    fail = false;
    t += 1;
    expect((await cached()).accessKeyId).toBe("STS.old");
  });

  it("refuses credentials that arrive already expired", async () => {
    const cached = memoize(
      async () =>
        makeCredentials({ accessKeyId: "STS.x", accessKeySecret: "s", securityToken: "t", expiration: at(t - 1) }),
      { now },
    );
    await expect(cached()).rejects.toMatchObject({
      name: "CredentialsError",
      message: expect.stringContaining("expired"),
    });
  });

  it("works with fake timers and the default clock", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-01T00:00:00Z"));
    const { provider } = counting((n) =>
      makeCredentials({
        accessKeyId: `STS.${n}`,
        accessKeySecret: "s",
        securityToken: "t",
        expiration: new Date(Date.now() + 3_600_000),
      }),
    );
    const cached = memoize(provider);
    await cached();
    vi.setSystemTime(new Date("2026-06-01T00:50:00Z"));
    expect((await cached()).accessKeyId).toBe("STS.1");
    vi.setSystemTime(new Date("2026-06-01T00:58:00Z")); // 2 min left < 3 min default margin
    expect((await cached()).accessKeyId).toBe("STS.2");
  });

  it("checks refreshBeforeMs", () => {
    expect(() =>
      memoize(async () => makeCredentials({ accessKeyId: "a", accessKeySecret: "b" }), { refreshBeforeMs: -1 }),
    ).toThrow(TypeError);
  });
});
