// Export snapshots: for every public package (packages/* not marked private), the names and kinds
// each entry of its package.json `exports` map exports, read from the built .d.ts files with the
// TypeScript compiler, plus any disagreement between those types and the JavaScript each runtime
// condition loads. Committed as packages/<name>/exports.snapshot.txt, so that the public surface
// changes only on purpose and shows up in review.
//
//   pnpm exports:update    build, then rewrite every snapshot (commit the result)
//   pnpm exports:check     build, then compare; prints a diff and exits 1 when a surface changed
//
// The test run checks them too (packages/e2e/test/exports-snapshot.test.ts).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

const root = join(import.meta.dirname, "..");
const SNAPSHOT_FILE = "exports.snapshot.txt";

interface Manifest {
  name: string;
  private?: boolean;
  exports?: string | Record<string, unknown>;
}

export interface PublicPackage {
  name: string;
  dir: string;
  manifest: Manifest;
}

/** Every package under packages/ that is published (not `private`). */
export function publicPackages(): PublicPackage[] {
  const packagesDir = join(root, "packages");
  return readdirSync(packagesDir)
    .sort()
    .map((entry) => join(packagesDir, entry))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir, manifest }));
}

/** The conditions of one `exports` entry, flattened: condition path ("node", "import.types") -> file. */
function conditions(target: unknown, prefix = ""): Array<[string, string]> {
  if (typeof target === "string") return [[prefix || "default", target]];
  if (target === null || typeof target !== "object") return [];
  return Object.entries(target as Record<string, unknown>).flatMap(([condition, value]) =>
    conditions(value, prefix ? `${prefix}.${condition}` : condition),
  );
}

const isTypes = (condition: string) => condition === "types" || condition.endsWith(".types");
const isScript = (file: string) => /\.[cm]?js$/.test(file);

function kindOf(symbol: ts.Symbol): string {
  const kinds: string[] = [];
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Class) kinds.push("class");
  else if (f & ts.SymbolFlags.Function) kinds.push("function");
  else if (f & ts.SymbolFlags.Enum) kinds.push("enum");
  else if (f & ts.SymbolFlags.Variable) kinds.push("const");
  if (f & ts.SymbolFlags.Interface && !(f & ts.SymbolFlags.Class)) kinds.push("interface");
  if (f & ts.SymbolFlags.TypeAlias) kinds.push("type");
  if (f & (ts.SymbolFlags.ValueModule | ts.SymbolFlags.NamespaceModule)) kinds.push("namespace");
  return kinds.length > 0 ? kinds.join("+") : "unknown";
}

/** Whether an export reaches a value at run time (`export type { X }` does not, whatever X is). */
function isValueExport(checker: ts.TypeChecker, symbol: ts.Symbol): boolean {
  if (symbol.flags & ts.SymbolFlags.Alias) {
    const typeOnly = symbol.declarations?.some((d) => ts.isTypeOnlyImportOrExportDeclaration(d)) ?? false;
    if (typeOnly) return false;
    return isValueExport(checker, checker.getAliasedSymbol(symbol));
  }
  return (symbol.flags & ts.SymbolFlags.Value) !== 0;
}

interface EntryExports {
  /** name -> kind, from the .d.ts */
  types: Map<string, string>;
  values: Set<string>;
}

function readDeclarations(files: string[]): Map<string, EntryExports> {
  const program = ts.createProgram(files, {
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: [],
  });
  const checker = program.getTypeChecker();
  const result = new Map<string, EntryExports>();
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (source === undefined) throw new Error(`${relative(root, file)}: not found (run the build first: pnpm build)`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    const types = new Map<string, string>();
    const values = new Set<string>();
    for (const symbol of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
      const resolved = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const value = isValueExport(checker, symbol);
      const kind = kindOf(resolved);
      types.set(symbol.name, value ? kind : kind.replace(/^(class|function|enum|const)\+?/, "") || `type-only ${kind}`);
      if (value) values.add(symbol.name);
    }
    result.set(file, { types, values });
  }
  return result;
}

/** The snapshot texts of `packages` (one TypeScript program for all): built files must exist. */
export async function exportsSnapshots(packages: PublicPackage[]): Promise<Map<string, string>> {
  const plans = packages.map((pkg) => ({ pkg, ...entriesOf(pkg) }));
  const declarations = readDeclarations(plans.flatMap((plan) => plan.declarationFiles));
  const snapshots = new Map<string, string>();
  for (const plan of plans)
    snapshots.set(plan.pkg.name, await render(plan.pkg, plan.scriptEntries, plan.declarationFiles, declarations));
  return snapshots;
}

type Entries = ReadonlyArray<readonly [string, Array<[string, string]>]>;

function entriesOf(pkg: PublicPackage): { scriptEntries: Entries; declarationFiles: string[] } {
  const exportsMap = pkg.manifest.exports;
  if (exportsMap === undefined) throw new Error(`${pkg.name}: no "exports" map in package.json`);
  const listed: Array<[string, unknown]> =
    typeof exportsMap === "string" || !Object.keys(exportsMap).every((key) => key.startsWith("."))
      ? [[".", exportsMap]]
      : Object.entries(exportsMap);
  const entries = listed.flatMap(([subpath, target]) => expandPattern(pkg, subpath, target));
  const scriptEntries = entries
    .map(([subpath, target]) => [subpath, conditions(target)] as const)
    .filter(([, list]) => list.some(([, file]) => isScript(file) || file.endsWith(".d.ts")));
  const declarationFiles = scriptEntries.flatMap(([subpath, list]) => {
    const types = list.find(([condition]) => isTypes(condition));
    if (types === undefined) throw new Error(`${pkg.name}: exports["${subpath}"] has no "types" condition`);
    return [join(pkg.dir, types[1])];
  });
  return { scriptEntries, declarationFiles };
}

/**
 * A subpath pattern (`./operations/*`) stands for every file its `types` target matches in the
 * built package: one entry per match (`./operations/describe-hpc-clusters`), in name order.
 */
function expandPattern(pkg: PublicPackage, subpath: string, target: unknown): Array<[string, unknown]> {
  if (!subpath.includes("*")) return [[subpath, target]];
  const types = conditions(target).find(([condition]) => isTypes(condition))?.[1];
  if (types === undefined || !types.includes("*"))
    throw new Error(`${pkg.name}: exports["${subpath}"] needs a "types" pattern`);
  const [before, after] = types.split("*") as [string, string];
  const dir = join(pkg.dir, before.slice(0, before.lastIndexOf("/") + 1));
  const head = before.slice(before.lastIndexOf("/") + 1);
  if (!existsSync(dir)) throw new Error(`${relative(root, dir)}: not found (run the build first: pnpm build)`);
  const stems = readdirSync(dir)
    .filter((file) => file.startsWith(head) && file.endsWith(after) && file.length > head.length + after.length)
    .map((file) => file.slice(head.length, file.length - after.length))
    .filter((stem) => stem !== "index")
    .sort();
  const substitute = (value: unknown): unknown =>
    typeof value === "string"
      ? value.replace("*", () => stem)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v)]))
        : value;
  let stem = "";
  return stems.map((each) => {
    stem = each;
    return [subpath.replace("*", each), substitute(target)] as [string, unknown];
  });
}

async function render(
  pkg: PublicPackage,
  scriptEntries: Entries,
  declarationFiles: string[],
  declarations: Map<string, EntryExports>,
): Promise<string> {
  const lines = [
    `# The public surface of ${pkg.name}: what each entry of its package.json "exports" map exports,`,
    "# read from the built .d.ts files (and checked against the JavaScript of every runtime condition).",
    "# Generated; do not edit. After an intended change: `pnpm exports:update`, then commit this file.",
  ];
  for (const [index, [subpath, list]] of scriptEntries.entries()) {
    const { types, values } = declarations.get(declarationFiles[index]!)!;
    lines.push("", `## ${subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`}`, "");
    const names = [...types.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const width = Math.max(0, ...names.map((name) => types.get(name)!.length));
    for (const name of names) lines.push(`${types.get(name)!.padEnd(width)} ${name}`);
    const scripts = new Map<string, string[]>();
    for (const [condition, file] of list)
      if (!isTypes(condition) && isScript(file)) scripts.set(file, [...(scripts.get(file) ?? []), condition]);
    for (const [file, conditionNames] of scripts) {
      const path = join(pkg.dir, file);
      if (!existsSync(path)) {
        lines.push(`! ${file} (${conditionNames.join(", ")}) does not exist`);
        continue;
      }
      const runtime = new Set(Object.keys((await import(pathToFileURL(path).href)) as object));
      const missing = [...values].filter((name) => !runtime.has(name)).sort();
      const untyped = [...runtime].filter((name) => !values.has(name)).sort();
      const where = `${file} (${conditionNames.join(", ")})`;
      if (missing.length > 0) lines.push(`! ${where} lacks what the types export: ${missing.join(", ")}`);
      if (untyped.length > 0) lines.push(`! ${where} exports what the types do not: ${untyped.join(", ")}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export const snapshotPath = (pkg: PublicPackage): string => join(pkg.dir, SNAPSHOT_FILE);

/** A plain line diff (`-` committed, `+` now), enough to read a changed export list. */
function lineDiff(before: string, after: string): string {
  const a = before.split("\n");
  const b = after.split("\n");
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      if (a[i]!.startsWith("## ")) out.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! > lcs[i + 1]![j]!)) out.push(`+ ${b[j++]}`);
    else out.push(`- ${a[i++]}`);
  }
  return out.join("\n");
}

async function main(mode: string | undefined): Promise<void> {
  if (mode !== "--update" && mode !== "--check") {
    console.error("usage: node scripts/exports-snapshot.ts --update | --check");
    process.exitCode = 2;
    return;
  }
  let changed = 0;
  const packages = publicPackages();
  const snapshots = await exportsSnapshots(packages);
  for (const pkg of packages) {
    const path = snapshotPath(pkg);
    const now = snapshots.get(pkg.name)!;
    const committed = existsSync(path) ? readFileSync(path, "utf8") : "";
    if (now === committed) continue;
    changed += 1;
    if (mode === "--update") {
      writeFileSync(path, now);
      console.log(`updated ${relative(root, path)}`);
    } else {
      console.error(
        `${relative(root, path)} ${committed === "" ? "is missing" : "differs from the built package"}:\n${lineDiff(committed, now)}\n`,
      );
    }
  }
  if (mode === "--check" && changed > 0) {
    console.error("The public exports changed. If that is intended: pnpm exports:update, and commit the snapshots.");
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.filename === resolve(process.argv[1])) await main(process.argv[2]);
