// What older or restricted runtimes lack, simulated: no `process.getBuiltinModule` (Bun < 1.2.6,
// Deno < 2.1), no `crypto.randomUUID` (a browser page over plain HTTP), an environment that
// refuses to be read (Deno without --allow-env), missing language features (Node < 22).
import { execFile } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createEcsClient, fromEnv, isEcsError } from "../src/index.ts";
import { creds, json, pageBody, referenceV1Signature, referenceV3Authorization, scriptedFetch } from "./helpers.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("the Bun/Deno entry without process.getBuiltinModule", () => {
  it("signs with node:crypto imported asynchronously: V3 and V1 signatures verify", async () => {
    const script = join(import.meta.dirname, "fixtures/sign-without-builtin-module.ts");
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, [script], { timeout: 60_000 }, (error, out, err) =>
        error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out),
      );
    });
    const lines = stdout
      .trim()
      .split("\n")
      .map(
        (line) =>
          JSON.parse(line) as {
            signatureVersion: string;
            backend: string;
            url: string;
            headers: Record<string, string>;
          },
      );
    expect(lines.map((l) => l.signatureVersion)).toEqual(["v3", "v1"]);
    for (const line of lines) expect(line.backend).toBe("node:crypto");
    const [v3, v1] = lines.map((l) => new Request(l.url, { method: "POST", headers: l.headers }));
    expect(v3!.headers.get("authorization")).toBe(referenceV3Authorization(v3!, "old-runtime-secret", "LTAIold"));
    expect(new URL(v1!.url).searchParams.get("Signature")).toBe(referenceV1Signature(v1!, "old-runtime-secret"));
  }, 60_000);
});

describe("no crypto.randomUUID (insecure browser context)", () => {
  it("nonces and idempotency tokens come from getRandomValues", async () => {
    const webCrypto = globalThis.crypto;
    vi.stubGlobal("crypto", { getRandomValues: webCrypto.getRandomValues.bind(webCrypto) });
    expect((globalThis.crypto as { randomUUID?: unknown }).randomUUID).toBeUndefined();
    const { fetch, requests } = scriptedFetch(json(pageBody()), json({ RequestId: "R", HpcClusterId: "hpc-new" }));
    const ecs = createEcsClient({ regionId: "cn-hangzhou", credentials: creds, fetch });
    await ecs.describeHpcClusters({});
    await ecs.createHpcCluster({ Name: "alpha" });
    const nonces = requests.map((r) => r.headers.get("x-acs-signature-nonce"));
    for (const nonce of nonces) expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(new URL(requests[1]!.url).searchParams.get("ClientToken")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe("an environment the runtime refuses to read (Deno without --allow-env)", () => {
  class NotCapable extends Error {
    override name = "NotCapable";
  }
  const refusing = (allowed: Record<string, string>) =>
    new Proxy({} as Record<string, string | undefined>, {
      get(_, name) {
        if (typeof name === "string" && Object.hasOwn(allowed, name)) return allowed[name];
        throw new NotCapable(`Requires env access to "${String(name)}", run again with the --allow-env flag`);
      },
    });

  it("an unreadable ALIBABA_CLOUD_SECURITY_TOKEN is absent, not an error", () => {
    const env = refusing({ ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIdeno", ALIBABA_CLOUD_ACCESS_KEY_SECRET: "deno-secret" });
    expect(fromEnv(env)()).toEqual({
      accessKeyId: "LTAIdeno",
      accessKeySecret: "deno-secret",
      securityToken: undefined,
    });
  });

  it("an unreadable key pair is an EcsCredentialsError naming the permission, never a raw NotCapable", async () => {
    const env = refusing({});
    const { fetch, requests } = scriptedFetch(json(pageBody()));
    const ecs = createEcsClient({ regionId: "cn-hangzhou", credentials: fromEnv(env), fetch });
    const error: unknown = await ecs.describeHpcClusters({}).catch((e: unknown) => e);
    expect(isEcsError(error, "credentials")).toBe(true);
    expect((error as Error).message).toMatch(
      /refused to read ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.*--allow-env=/,
    );
    expect(requests).toHaveLength(0);
  });

  it("an unreadable ALIBABA_CLOUD_REGION_ID is unset when the client is built", () => {
    const real = globalThis.process;
    vi.stubGlobal("process", { ...real, env: refusing({}) });
    let thrown: unknown;
    try {
      createEcsClient({ credentials: creds });
    } catch (error) {
      thrown = error;
    } finally {
      vi.unstubAllGlobals();
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(/pass regionId \(or set ALIBABA_CLOUD_REGION_ID\)/);
  });
});

describe("a runtime older than the engines range", () => {
  it("building a client says what is needed and what is missing, before any request", async () => {
    const saved = Object.getOwnPropertyDescriptor(AbortSignal, "timeout")!;
    // A fresh module graph, so that the once-per-process check runs again.
    vi.resetModules();
    const fresh = await import("../src/index.ts");
    delete (AbortSignal as { timeout?: unknown }).timeout;
    try {
      const { fetch, requests } = scriptedFetch(json(pageBody()));
      expect(() => fresh.createEcsClient({ regionId: "cn-hangzhou", credentials: creds, fetch })).toThrow(
        /needs Node >= 22\.12.*lacks AbortSignal\.timeout/,
      );
      expect(requests).toHaveLength(0);
    } finally {
      Object.defineProperty(AbortSignal, "timeout", saved);
    }
  });
});

describe("a hash backend that loads asynchronously", () => {
  async function freshHashModule() {
    const real = globalThis.process;
    vi.stubGlobal("process", { ...real, getBuiltinModule: undefined });
    vi.resetModules();
    try {
      const hash = await import("../src/signer/hash.ts");
      const { loadHashBackend } = await import("../src/signer/load-hash-backend.ts");
      return { ...hash, hashBackend: hash.hashBackend, loadHashBackend };
    } finally {
      vi.unstubAllGlobals();
    }
  }

  it("signing before it is ready says to await hashBackendReady(); after, it hashes", async () => {
    const hash = await freshHashModule();
    expect(hash.hasNodeCrypto).toBe(false);
    expect(hash.hashBackendReady()).toBeUndefined();
    const { nodeBackend } = hash;
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    hash.loadHashBackend(async () => {
      await gate;
      return nodeBackend(process.getBuiltinModule("node:crypto"));
    });
    expect(() => hash.hashBackend.sha256Hex("abc")).toThrow(/still loading; await hashBackendReady\(\)/);
    const ready = hash.hashBackendReady();
    expect(ready).toBeInstanceOf(Promise);
    finish();
    await ready;
    expect(hash.hashBackendReady()).toBeUndefined();
    expect(hash.hashBackend.sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("a load that fails leaves a clear error with the failure as its cause", async () => {
    const hash = await freshHashModule();
    const failure = new Error("no node:crypto here");
    hash.loadHashBackend(() => Promise.reject(failure));
    await hash.hashBackendReady();
    let thrown: unknown;
    try {
      hash.hashBackend.sha256Hex("abc");
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toMatch(
      /no node:crypto and no hash backend is installed; install one with useHashBackend\(\)/,
    );
    expect((thrown as Error).cause).toBe(failure);
  });
});
