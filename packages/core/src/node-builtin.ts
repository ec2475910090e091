// A Node builtin module through `process.getBuiltinModule`: no static import, so importing the
// package loads nothing it does not use and bundlers for other platforms never follow it.
// `undefined` where the runtime has no such function or no such module.

export function nodeBuiltin<T>(id: `node:${string}`): T | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return proc?.getBuiltinModule?.(id) as T | undefined;
  } catch {
    return undefined;
  }
}
