// The packages as a consumer gets them: pack the public packages, install the tarballs into a
// temporary project outside the workspace, type-check a small program against them with a
// TypeScript 5.x compiler (node16 and bundler resolution), and run it against the mock server.
// Catches missing files, wrong `exports`, and dependencies that only resolve in the workspace.
//
// Runs as its own turbo task (`consumer`, after build), not in the unit test run. The install is
// offline: pnpm with the workspace's store and a lockfile cut out of the workspace's lockfile, under
// an empty HOME, so it needs neither the registry nor a warm npm/pnpm cache.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { consumerInstall, tarballIntegrity, type PackedManifest, type PackedPackage } from "./lockfile.ts";

const root = join(import.meta.dirname, "../../..");
const work = mkdtempSync(join(tmpdir(), "ecs-hpc-consumer-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The consumer's registry dependencies: exact versions the workspace has locked. */
const registry = { msw: "3.0.5", typescript: "5.9.3", "@types/node": "24.19.4" };
const publicPackages = ["core", "credentials", "paginate", "msw"];
const workspaceSettings = parse(readFileSync(join(root, "pnpm-workspace.yaml"), "utf8")) as {
  allowBuilds?: Record<string, boolean>;
};

// Child processes see an empty HOME and none of the npm/pnpm settings of the pnpm that started
// vitest: nothing may come from a cache an earlier run warmed.
const isolatedEnv = (home: string): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_|xdg_)/i.test(key)) env[key] = value;
  }
  return { ...env, HOME: home, npm_config_cache: join(home, ".npm") };
};
const run = (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) =>
  execFileSync(command, args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 600_000 });
const failureOf = (action: () => unknown): string => {
  try {
    action();
  } catch (error) {
    const { stderr, stdout, message } = error as { stderr?: string; stdout?: string; message: string };
    return `${message}\n${stdout ?? ""}\n${stderr ?? ""}`;
  }
  throw new Error("expected the command to fail");
};

/** The store the workspace install filled (whatever HOME or npm_config_* it ran with). */
function workspaceStore(): string {
  const modules = parse(readFileSync(join(root, "node_modules/.modules.yaml"), "utf8")) as { storeDir?: string };
  return modules.storeDir ?? run("pnpm", ["store", "path"], root).trim();
}

let store = "";
let packed: PackedPackage[] = [];
beforeAll(() => {
  store = workspaceStore();
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  packed = publicPackages.map((name) => {
    run("pnpm", ["pack", "--pack-destination", tarballs], join(root, "packages", name));
    const file = readdirSync(tarballs).find((f) => f.startsWith(`ecs-hpc-${name}-`) && f.endsWith(".tgz"));
    if (file === undefined) throw new Error(`pnpm pack wrote no tarball for ${name}`);
    const manifest = JSON.parse(
      run("tar", ["-xzOf", join(tarballs, file), "package/package.json"], work),
    ) as PackedManifest;
    return { file, manifest, integrity: tarballIntegrity(join(tarballs, file)), workspaceDir: `packages/${name}` };
  });
});

/** A fresh project outside the workspace with `packages` installed offline from the workspace store. */
function installConsumer(name: string, packages: PackedPackage[], tarballDir: string): string {
  const dir = join(work, name);
  const home = join(work, `${name}-home`);
  mkdirSync(dir);
  mkdirSync(home);
  for (const pkg of packages) copyFileSync(join(tarballDir, pkg.file), join(dir, pkg.file));
  const install = consumerInstall(readFileSync(join(root, "pnpm-lock.yaml"), "utf8"), packages, registry);
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: install.dependencies }),
  );
  // hoist: false, so a package reaches only what it declares (and the consumer's own dependencies);
  // the build scripts the workspace allows (esbuild's, reached through msw's optional vite peer).
  const settings = { hoist: false, overrides: install.overrides, allowBuilds: workspaceSettings.allowBuilds ?? {} };
  writeFileSync(join(dir, "pnpm-workspace.yaml"), stringify(settings));
  writeFileSync(join(dir, "pnpm-lock.yaml"), install.lockfile);
  // --trust-lockfile: the lockfile is a cut of the workspace's, which the workspace install verified
  // against pnpm's supply-chain policies; verifying again would need the registry's metadata.
  const args = [
    "install",
    "--frozen-lockfile",
    "--offline",
    "--trust-lockfile",
    "--store-dir",
    store,
    "--reporter=append-only",
  ];
  run("pnpm", args, dir, isolatedEnv(home));
  return dir;
}

describe("packed packages in a project outside the workspace", () => {
  it("install offline, type-check under node16 and bundler resolution, and run", { timeout: 1_200_000 }, () => {
    const dir = installConsumer("consumer", packed, join(work, "tarballs"));
    copyFileSync(join(import.meta.dirname, "fixture/consumer.ts"), join(dir, "consumer.ts"));
    for (const resolution of ["node16", "bundler"] as const) {
      const module = resolution === "bundler" ? "esnext" : "node16";
      const compilerOptions = {
        target: "es2022",
        module,
        moduleResolution: resolution,
        strict: true,
        outDir: `out-${resolution}`,
        types: ["node"],
        skipLibCheck: false,
        lib: ["es2023", "dom"],
      };
      writeFileSync(
        join(dir, `tsconfig.${resolution}.json`),
        JSON.stringify({ compilerOptions, files: ["consumer.ts"] }),
      );
      run(join(dir, "node_modules/.bin/tsc"), ["-p", `tsconfig.${resolution}.json`], dir);
    }
    expect(run(join(dir, "node_modules/.bin/tsc"), ["--version"], dir)).toContain(`Version ${registry.typescript}`);
    const output = JSON.parse(run(process.execPath, [join(dir, "out-node16/consumer.js")], dir)) as Record<
      string,
      unknown
    >;
    expect(output).toEqual({
      total: 321,
      listed: 321,
      refused: "InvalidRegionId.NotFound",
      signed: true,
      viaHandlers: [321, 321],
      viaProfile: 321,
      chained: true,
    });
  });

  it("fails when a packed package misses a file its exports map names", { timeout: 900_000 }, () => {
    // The same msw tarball without dist/server.js, as a wrong `files` list would pack it.
    const broken = join(work, "broken-tarballs");
    const unpacked = join(work, "broken-unpacked");
    mkdirSync(broken);
    mkdirSync(unpacked);
    const msw = packed.find((p) => p.manifest.name === "@ecs-hpc/msw")!;
    run("tar", ["-xzf", join(work, "tarballs", msw.file), "-C", unpacked], work);
    rmSync(join(unpacked, "package/dist/server.js"));
    run("tar", ["-czf", join(broken, msw.file), "-C", unpacked, "package"], work);
    for (const pkg of packed) if (pkg !== msw) copyFileSync(join(work, "tarballs", pkg.file), join(broken, pkg.file));
    const packages = packed.map((p) => (p === msw ? { ...p, integrity: tarballIntegrity(join(broken, p.file)) } : p));
    const dir = installConsumer("broken", packages, broken);
    writeFileSync(
      join(dir, "uses-server.mjs"),
      `import { startMockServer } from "@ecs-hpc/msw/server";\nconsole.log(typeof startMockServer);\n`,
    );
    const failure = failureOf(() => run(process.execPath, [join(dir, "uses-server.mjs")], dir));
    expect(failure).toContain("ERR_MODULE_NOT_FOUND");
    expect(failure).toMatch(/server\.js/);
  });
});
