// Marks an override handler leaves on a request for the main handler to act on (msw hands every
// handler the same Request object). Kept on a global symbol so that two copies of this package
// (source and built) still see each other's marks.
export type RequestMark = "dropAfterCommit";

const REGISTRY = Symbol.for("@ecs-hpc/msw/request-marks");
const registry: WeakMap<Request, Set<RequestMark>> = ((globalThis as Record<symbol, unknown>)[REGISTRY] ??=
  new WeakMap()) as WeakMap<Request, Set<RequestMark>>;

export function markRequest(request: Request, mark: RequestMark): void {
  let marks = registry.get(request);
  if (!marks) registry.set(request, (marks = new Set()));
  marks.add(mark);
}

export function hasMark(request: Request, mark: RequestMark): boolean {
  return registry.get(request)?.has(mark) ?? false;
}
