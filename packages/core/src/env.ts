// Reading environment variables on any runtime: none (browsers, workers) is "unset", and so is
// a variable the runtime refuses to show (Deno without --allow-env throws `NotCapable`, older
// Deno `PermissionDenied`), reported through `onRefused` for those who must say why.

export type Env = Readonly<Record<string, string | undefined>>;

export const processEnv = (): Env => (globalThis as { process?: { env?: Env } }).process?.env ?? {};

/** The variable's value; `undefined` when unset, empty or unreadable. */
export function readEnv(
  name: string,
  env: Env | (() => Env) = processEnv,
  onRefused?: (name: string, error: unknown) => void,
): string | undefined {
  try {
    const vars = typeof env === "function" ? env() : env;
    const value = vars[name];
    return typeof value === "string" && value !== "" ? value : undefined;
  } catch (error) {
    onRefused?.(name, error);
    return undefined;
  }
}
