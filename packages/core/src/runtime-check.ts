// What the client needs from the runtime, checked once when the first client is built, so an
// old runtime is told what it lacks instead of failing every call with a retried "network error".

let checked = false;

/** Throws a `TypeError` naming what the runtime lacks; does the work once per process. */
export function checkRuntime(): void {
  if (checked) return;
  const g = globalThis as {
    crypto?: { getRandomValues?: unknown };
    AbortSignal?: { timeout?: unknown };
    process?: { versions?: { node?: string } };
  };
  const needed: Record<string, unknown> = {
    "AbortSignal.timeout": g.AbortSignal?.timeout,
    "Object.hasOwn": (Object as { hasOwn?: unknown }).hasOwn,
    "crypto.getRandomValues": g.crypto?.getRandomValues,
    TextEncoder: globalThis.TextEncoder,
    URL: globalThis.URL,
  };
  const missing = Object.keys(needed).filter((name) => typeof needed[name] !== "function");
  if (missing.length > 0) {
    const node = g.process?.versions?.node;
    throw new TypeError(
      `@ecs-hpc/core needs Node >= 22.12, or a current Bun, Deno, browser or worker runtime; ${node ? `Node ${node}` : "this runtime"} lacks ${missing.join(", ")}`,
    );
  }
  checked = true;
}
