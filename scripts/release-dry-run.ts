// The release, rehearsed offline: which packages the pending changesets bump, then what each
// public package would publish (pnpm pack --dry-run: the files and the rewritten manifest),
// without contacting any registry. The real release is `pnpm version-packages && pnpm release`.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const run = (args: string[], cwd = root) =>
  execFileSync("pnpm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

process.stdout.write(run(["exec", "changeset", "status", "--verbose"]));
for (const name of readdirSync(join(root, "packages"))) {
  const dir = join(root, "packages", name);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; private?: boolean };
  if (manifest.private) continue;
  const packed = JSON.parse(run(["pack", "--dry-run", "--json"], dir)) as {
    name: string;
    version: string;
    files: { path: string }[];
  };
  const files = packed.files.map((f) => f.path);
  const missing = ["package.json", "README.md", "dist/index.js", "dist/index.d.ts"].filter((f) => !files.includes(f));
  console.log(
    `${packed.name}@${packed.version}: ${files.length} files${missing.length ? `, MISSING ${missing.join(", ")}` : ""}`,
  );
  if (missing.length) process.exitCode = 1;
}
