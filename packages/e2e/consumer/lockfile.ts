// The lockfile of the consumer project, cut out of the workspace's own lockfile: the packed
// tarballs plus the exact registry packages the workspace already installed. With it,
// `pnpm install --frozen-lockfile --offline --store-dir <workspace store>` needs neither the
// registry nor a metadata cache: every package is already in the store the workspace install filled.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse, stringify } from "yaml";

interface ImporterEntry {
  specifier: string;
  version: string;
}
type Importer = Partial<
  Record<"dependencies" | "devDependencies" | "optionalDependencies", Record<string, ImporterEntry>>
>;
interface Snapshot {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  transitivePeerDependencies?: string[];
}
interface Lockfile {
  lockfileVersion: string;
  settings?: Record<string, unknown>;
  overrides?: Record<string, string>;
  importers: Record<string, Importer>;
  packages: Record<string, Record<string, unknown>>;
  snapshots: Record<string, Snapshot>;
}

/** The part of a packed package.json the lockfile needs. */
export interface PackedManifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  engines?: Record<string, string>;
  bin?: string | Record<string, string>;
}

/** One `pnpm pack` tarball, as it sits in the consumer directory. */
export interface PackedPackage {
  /** The tarball's file name, relative to the consumer directory. */
  file: string;
  /** Its manifest as packed (workspace: ranges already replaced). */
  manifest: PackedManifest;
  /** `sha512-...` of the tarball. */
  integrity: string;
  /** Its importer in the workspace lockfile, e.g. `packages/core`. */
  workspaceDir: string;
}

export interface ConsumerInstall {
  /** The consumer's package.json `dependencies`. */
  dependencies: Record<string, string>;
  /** `overrides` for the consumer's pnpm-workspace.yaml: workspace siblings point at their tarballs. */
  overrides: Record<string, string>;
  /** The text of the consumer's pnpm-lock.yaml. */
  lockfile: string;
}

export function tarballIntegrity(path: string): string {
  return `sha512-${createHash("sha512").update(readFileSync(path)).digest("base64")}`;
}

const withoutPeers = (key: string): string => {
  const open = key.indexOf("(", 1);
  return open === -1 ? key : key.slice(0, open);
};

/** A snapshot dependency value (`1.2.3(peer@1)` or an alias `other-name@1.2.3`) as a snapshot key. */
const snapshotKey = (name: string, value: string): string => (/^[0-9]/.test(value) ? `${name}@${value}` : value);

/**
 * Builds the consumer's install from the workspace lockfile.
 * @param registry the consumer's own registry dependencies, each at an exact version the workspace has locked
 */
export function consumerInstall(
  workspaceLockfile: string,
  packed: PackedPackage[],
  registry: Record<string, string>,
): ConsumerInstall {
  const workspace = parse(workspaceLockfile) as Lockfile;
  const byName = new Map(packed.map((p) => [p.manifest.name, p]));

  // The workspace's locked version (with its peer suffix) of `name@exact`, from any importer.
  const locked = (name: string, exact: string): string => {
    for (const importer of Object.keys(workspace.importers).sort()) {
      for (const group of Object.values(workspace.importers[importer]!)) {
        const version = group?.[name]?.version;
        if (version !== undefined && (version === exact || version.startsWith(`${exact}(`))) return version;
      }
    }
    throw new Error(`${name}@${exact} is not in the workspace lockfile: add it to a workspace package first`);
  };
  // What a packed package's dependency resolves to in the workspace install of that package.
  const lockedFor = (pkg: PackedPackage, name: string): string => {
    const importer = workspace.importers[pkg.workspaceDir];
    if (importer === undefined) throw new Error(`no importer ${pkg.workspaceDir} in the workspace lockfile`);
    for (const group of Object.values(importer)) {
      const version = group?.[name]?.version;
      if (version !== undefined && !version.startsWith("link:")) return version;
    }
    throw new Error(
      `${pkg.manifest.name} depends on ${name}, which ${pkg.workspaceDir} does not have in the workspace lockfile`,
    );
  };

  const direct: Record<string, string> = {};
  for (const [name, exact] of Object.entries(registry)) direct[name] = locked(name, exact);

  const refs = new Map<string, string>();
  const ref = (pkg: PackedPackage): string => {
    const known = refs.get(pkg.manifest.name);
    if (known !== undefined) return known;
    const peers = Object.keys(pkg.manifest.peerDependencies ?? {})
      .sort()
      .map((peer) => `(${peer}@${peerVersion(pkg, peer)})`);
    const value = `file:${pkg.file}${peers.join("")}`;
    refs.set(pkg.manifest.name, value);
    return value;
  };
  const peerVersion = (pkg: PackedPackage, peer: string): string => {
    const sibling = byName.get(peer);
    if (sibling !== undefined) return ref(sibling);
    return direct[peer] ?? lockedFor(pkg, peer);
  };

  const packages: Lockfile["packages"] = {};
  const snapshots: Lockfile["snapshots"] = {};
  const pending: string[] = [];
  for (const [name, version] of Object.entries(direct)) pending.push(snapshotKey(name, version));
  for (const pkg of packed) {
    const { manifest } = pkg;
    const entry: Record<string, unknown> = {
      resolution: { integrity: pkg.integrity, tarball: `file:${pkg.file}` },
      version: manifest.version,
    };
    if (manifest.engines) entry.engines = manifest.engines;
    if (manifest.bin) entry.hasBin = true;
    if (manifest.peerDependencies) entry.peerDependencies = manifest.peerDependencies;
    if (manifest.peerDependenciesMeta) entry.peerDependenciesMeta = manifest.peerDependenciesMeta;
    packages[`${manifest.name}@file:${pkg.file}`] = entry;
    const dependencies: Record<string, string> = {};
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).sort()) {
      const sibling = byName.get(name);
      const version =
        sibling !== undefined
          ? ref(sibling)
          : manifest.peerDependencies?.[name] !== undefined
            ? peerVersion(pkg, name)
            : lockedFor(pkg, name);
      dependencies[name] = version;
      if (sibling === undefined) pending.push(snapshotKey(name, version));
    }
    snapshots[`${manifest.name}@${ref(pkg)}`] = Object.keys(dependencies).length > 0 ? { dependencies } : {};
  }

  // Everything reachable from the registry roots, copied from the workspace lockfile as it is.
  while (pending.length > 0) {
    const key = pending.pop()!;
    if (snapshots[key] !== undefined) continue;
    const snapshot = workspace.snapshots[key];
    const pkg = workspace.packages[withoutPeers(key)];
    if (snapshot === undefined || pkg === undefined) throw new Error(`${key} is not in the workspace lockfile`);
    snapshots[key] = snapshot;
    packages[withoutPeers(key)] = pkg;
    for (const group of [snapshot.dependencies, snapshot.optionalDependencies]) {
      for (const [name, value] of Object.entries(group ?? {})) pending.push(snapshotKey(name, value));
    }
  }

  const dependencies: Record<string, string> = {};
  const importer: Record<string, ImporterEntry> = {};
  for (const pkg of packed) {
    dependencies[pkg.manifest.name] = `file:${pkg.file}`;
    importer[pkg.manifest.name] = { specifier: `file:${pkg.file}`, version: ref(pkg) };
  }
  for (const [name, exact] of Object.entries(registry)) {
    dependencies[name] = exact;
    importer[name] = { specifier: exact, version: direct[name]! };
  }
  const overrides = Object.fromEntries(packed.map((p) => [p.manifest.name, `file:./${p.file}`]));
  const sorted = <T>(record: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const lockfile: Lockfile = {
    lockfileVersion: workspace.lockfileVersion,
    ...(workspace.settings ? { settings: workspace.settings } : {}),
    overrides,
    importers: { ".": { dependencies: sorted(importer) } },
    packages: sorted(packages),
    snapshots: sorted(snapshots),
  };
  return { dependencies: sorted(dependencies), overrides, lockfile: stringify(lockfile, { lineWidth: 0 }) };
}
