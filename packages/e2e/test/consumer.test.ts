// The packages as a consumer gets them: pack the public packages, install the tarballs into a
// temporary project outside the workspace, type-check a small program against them with a
// TypeScript 5.x compiler (node16 and bundler resolution), and run it against the mock server.
// Catches missing files, wrong `exports`, and dependencies that only resolve in the workspace.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");
const work = mkdtempSync(join(tmpdir(), "ecs-hpc-consumer-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 240_000 });

const program = `
import { Agent } from "node:http";
import { createEcsClient, fetchHandler, isEcsServiceError, nodeHttpHandler, type EcsClient, type HttpHandler } from "@ecs-hpc/core";
import { signV3 } from "@ecs-hpc/core/signer";
import { iterateHpcClusters, type HpcCluster } from "@ecs-hpc/paginate";
import { startMockServer } from "@ecs-hpc/msw/server";
import { mockCredentials } from "@ecs-hpc/msw";

const server = await startMockServer({ store: { clusters: 321, seed: 5 } });
try {
  const ecs: EcsClient = createEcsClient({ regionId: "cn-hangzhou", endpoint: server.url, credentials: mockCredentials });
  const first = await ecs.describeHpcClusters({ PageSize: 5 });
  const total: number = first.TotalCount;
  const all: HpcCluster[] = [];
  for await (const c of iterateHpcClusters(ecs, { RegionId: "cn-hangzhou" }, { concurrency: 4 })) all.push(c);
  let refused = "";
  try {
    await ecs.describeHpcClusters({ RegionId: "xx-nowhere-1" });
  } catch (error) {
    if (isEcsServiceError(error)) refused = error.code;
  }
  const signed = typeof signV3 === "function";
  const agent = new Agent({ keepAlive: true, maxSockets: 2 });
  const handlers: HttpHandler[] = [nodeHttpHandler({ httpAgent: agent }), fetchHandler(fetch)];
  const viaHandlers: number[] = [];
  for (const requestHandler of handlers) {
    const client = createEcsClient({ regionId: "cn-hangzhou", endpoint: server.url, credentials: mockCredentials, requestHandler, timeoutMs: 5_000 });
    viaHandlers.push((await client.describeHpcClusters({ PageSize: 1 })).TotalCount);
  }
  agent.destroy();
  console.log(JSON.stringify({ total, listed: all.length, refused, signed, viaHandlers }));
} finally {
  await server.close();
}
`;

describe("packed packages in a project outside the workspace", () => {
  it("install, type-check under node16 and bundler resolution, and run", { timeout: 300_000 }, () => {
    const tarballs = ["core", "paginate", "msw"].map((name) => {
      run("pnpm", ["pack", "--pack-destination", work], join(root, "packages", name));
      return readdirSync(work).find((f) => f.startsWith(`ecs-hpc-${name}-`) && f.endsWith(".tgz"))!;
    });
    expect(tarballs.every(Boolean)).toBe(true);
    writeFileSync(join(work, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...tarballs.map((t) => `./${t}`), "msw@3.0.5", "typescript@5.9.3", "@types/node@24.19.4"], work);
    writeFileSync(join(work, "consumer.ts"), program);
    for (const resolution of ["node16", "bundler"] as const) {
      const module = resolution === "bundler" ? "esnext" : "node16";
      writeFileSync(join(work, `tsconfig.${resolution}.json`), JSON.stringify({ compilerOptions: { target: "es2022", module, moduleResolution: resolution, strict: true, outDir: `out-${resolution}`, types: ["node"], skipLibCheck: false, lib: ["es2023", "dom"] }, files: ["consumer.ts"] }));
      run(join(work, "node_modules/.bin/tsc"), ["-p", `tsconfig.${resolution}.json`], work);
    }
    const output = JSON.parse(run(process.execPath, [join(work, "out-node16/consumer.js")], work)) as Record<string, unknown>;
    expect(output).toEqual({ total: 321, listed: 321, refused: "InvalidRegionId.NotFound", signed: true, viaHandlers: [321, 321] });
  });
});
