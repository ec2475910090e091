// What the client needs from the runtime, checked once when the first client is built, so an
// old runtime is told what it lacks instead of failing every call with a retried "network error".

const NEEDS = "@ecs-hpc/core needs Node >= 22.12, or a current Bun, Deno, browser or worker runtime";

let checked = false;

function missingFeatures(): string[] {
  const g = globalThis as {
    crypto?: { getRandomValues?: unknown };
    AbortSignal?: { timeout?: unknown };
    TextEncoder?: unknown;
    URL?: unknown;
  };
  const missing: string[] = [];
  if (typeof g.AbortSignal?.timeout !== "function") missing.push("AbortSignal.timeout");
  if (typeof (Object as { hasOwn?: unknown }).hasOwn !== "function") missing.push("Object.hasOwn");
  if (typeof g.crypto?.getRandomValues !== "function") missing.push("crypto.getRandomValues");
  if (typeof g.TextEncoder !== "function") missing.push("TextEncoder");
  if (typeof g.URL !== "function") missing.push("URL");
  return missing;
}

function runtimeName(): string {
  const g = globalThis as {
    process?: { versions?: { node?: string; bun?: string } };
    Deno?: { version?: { deno?: string } };
  };
  if (g.Deno?.version?.deno) return `Deno ${g.Deno.version.deno}`;
  if (g.process?.versions?.bun) return `Bun ${g.process.versions.bun}`;
  if (g.process?.versions?.node) return `Node ${g.process.versions.node}`;
  return "this runtime";
}

/** Throws a `TypeError` naming what the runtime lacks; does the work once per process. */
export function checkRuntime(): void {
  if (checked) return;
  const missing = missingFeatures();
  if (missing.length > 0) throw new TypeError(`${NEEDS}; ${runtimeName()} lacks ${missing.join(", ")}`);
  checked = true;
}
