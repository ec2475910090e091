// Resume tokens: what a PaginationError hands out so that a new listing continues at the failed
// page with the same page size. A token is a short string (`v1.<operation>.<page>.<pageSize>`);
// treat it as opaque, it may change between major versions.

export interface ResumePoint {
  readonly operation: string;
  readonly page: number;
  readonly pageSize: number;
}

const PATTERN = /^v1\.([A-Za-z][A-Za-z0-9]*)\.([1-9][0-9]{0,15})\.([1-9][0-9]{0,15})$/;

export function encodeResumeToken(point: ResumePoint): string {
  return `v1.${point.operation}.${point.page}.${point.pageSize}`;
}

/** The point a token names, or `undefined` if it is not a token this version wrote. */
export function decodeResumeToken(token: unknown): ResumePoint | undefined {
  if (typeof token !== "string") return undefined;
  const match = PATTERN.exec(token);
  if (!match) return undefined;
  const page = Number(match[2]);
  const pageSize = Number(match[3]);
  if (!Number.isSafeInteger(page) || !Number.isSafeInteger(pageSize)) return undefined;
  return { operation: match[1]!, page, pageSize };
}
