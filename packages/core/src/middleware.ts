// User middleware: named functions attached to a named step of the pipeline (see pipeline.ts).
// A middleware runs right before its step; `next()` runs that step and every later one, and
// resolves with what they resolve with, so a middleware can change the context first, look at
// the result after, or answer without calling `next` at all.
import type { Credentials } from "./credentials.ts";
import type { HttpResponse } from "./http/types.ts";
import type { ClientOperationSpec } from "./operation-spec.ts";
import type { WireRequest } from "./steps/serialize.ts";
import type { SignedRequest } from "./steps/sign.ts";

/** The steps of a call, in execution order; `credentials`, `sign`, `send` and `classify` run once per attempt. */
export const STEPS = [
  "initialize",
  "validate",
  "serialize",
  "credentials",
  "sign",
  "send",
  "classify",
  "deserialize",
] as const;
export type StepName = (typeof STEPS)[number];

/** Steps that run once per call: their middleware's `next()` resolves with the call's output. */
export type CallStep = "initialize" | "validate" | "serialize" | "deserialize";
/** Steps that run on every attempt: their middleware's `next()` resolves with the attempt's HTTP answer. */
export type AttemptStep = "credentials" | "sign" | "send";

/** What a call knows, as the steps fill it in. Middleware may change the fields marked so. */
export interface RequestContext {
  /** The operation's spec (for `rpc()`, a spec without parameters, `unmodelled: true`). */
  readonly operation: ClientOperationSpec;
  /** The step now running. */
  readonly step: StepName;
  /** The parameters: the caller's until `initialize`, then with the client's defaults. Replaceable. */
  input: Record<string, unknown>;
  /** The wire request, from `serialize` on. Headers added before `sign` are sent (and `x-acs-*` ones signed). */
  readonly request: WireRequest | undefined;
  /** The attempt now running, counting from 1 (0 before the first). */
  readonly attempt: number;
  /** This attempt's credentials, from `sign` on. Never log them. */
  readonly credentials: Credentials | undefined;
  /** This attempt's signed URL and headers, from `send` on. */
  readonly signed: SignedRequest | undefined;
  /** The final HTTP answer, in `deserialize`. */
  readonly response: HttpResponse | undefined;
  readonly signal: AbortSignal | undefined;
}

interface MiddlewareBase {
  /** Unique in a client's list; appears in errors. */
  readonly name: string;
  /**
   * Order among the middleware of one step: `high` first, then `normal` (default), then `low`;
   * ties in the order given, the client's before the call's.
   */
  readonly priority?: "high" | "normal" | "low";
}

export interface CallMiddleware extends MiddlewareBase {
  readonly step: CallStep;
  run(ctx: RequestContext, next: () => Promise<unknown>): unknown;
}

export interface AttemptMiddleware extends MiddlewareBase {
  readonly step: AttemptStep;
  run(ctx: RequestContext, next: () => Promise<HttpResponse>): HttpResponse | Promise<HttpResponse>;
}

export type Middleware = CallMiddleware | AttemptMiddleware;

/**
 * The middleware of a client (or of one call), sorted per step. Empty lists are shared, so a call
 * without middleware pays one length check per step.
 */
export type MiddlewareStack = Readonly<Record<Exclude<StepName, "classify">, readonly Middleware[]>>;

const RANK = { high: 0, normal: 1, low: 2 } as const;
const NONE: readonly Middleware[] = [];
export const EMPTY_STACK: MiddlewareStack = {
  initialize: NONE,
  validate: NONE,
  serialize: NONE,
  credentials: NONE,
  sign: NONE,
  send: NONE,
  deserialize: NONE,
};

/** Checks and sorts a list of middleware (`where` names the caller in errors). */
export function middlewareStack(
  where: string,
  list: readonly Middleware[] | undefined,
  base: MiddlewareStack = EMPTY_STACK,
): MiddlewareStack {
  if (list === undefined || list.length === 0) return base;
  const steps = Object.keys(base);
  if (!Array.isArray(list)) throw new TypeError(`${where}: middleware must be an array of { name, step, run }`);
  const names = new Set<string>();
  for (const step of steps) for (const m of base[step as keyof MiddlewareStack]) names.add(m.name);
  const stack: Record<string, Middleware[]> = {};
  for (const step of steps) stack[step] = [...base[step as keyof MiddlewareStack]];
  for (const m of list) {
    const name = JSON.stringify(m?.name);
    let problem: string | undefined;
    if (typeof m?.name !== "string" || !m.name || typeof m.run !== "function")
      problem = "needs a name and a run function";
    else if (names.has(m.name)) problem = "is the name of two middleware";
    // `classify` is a step too, but it takes a RetryStrategy (the `retry` option), not middleware.
    else if (!(m.step in stack))
      problem = `has unknown step ${JSON.stringify(m.step)} (one of ${steps.join(", ")}; retry decisions take the \`retry\` option)`;
    else if (m.priority !== undefined && !(m.priority in RANK)) problem = `needs priority "high", "normal" or "low"`;
    if (problem) throw new TypeError(`${where}: middleware${name ? ` ${name}` : ""} ${problem}`);
    names.add(m.name);
    stack[m.step]!.push(m);
  }
  for (const step of steps) stack[step]!.sort((a, b) => RANK[a.priority ?? "normal"] - RANK[b.priority ?? "normal"]);
  return stack as unknown as MiddlewareStack;
}

/** Runs `list` around `last`: the first middleware runs first, and each `next` runs the rest. */
export function runMiddleware<T>(
  list: readonly Middleware[],
  ctx: RequestContext,
  last: () => T | Promise<T>,
): Promise<T> {
  const at = async (i: number): Promise<T> => {
    if (i === list.length) return last();
    const m = list[i] as { run(ctx: RequestContext, next: () => Promise<T>): T | Promise<T> };
    return m.run(ctx, () => at(i + 1));
  };
  return at(0);
}
