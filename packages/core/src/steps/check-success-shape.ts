// The success shape of an operation (generated from the spec's 200 schema: the fields it marks
// required, with their types) against the body of a 2xx answer. A body that lacks them is not
// a result: if it carries `Code` and `Message` it is an error body sent with a 2xx status (some
// gateways do this), otherwise it is unreadable. Either way it never becomes a silent empty page.
import type { ClientOperationSpec, ShapeSpec } from "../operation-spec.ts";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The first place where `value` breaks `shape` (`HpcClusters.HpcCluster[3].Name is missing`), or `undefined`. */
export function shapeProblem(shape: ShapeSpec, value: unknown): string | undefined {
  const found = breach(shape, value);
  if (!found) return undefined;
  const [problem, ...innermostFirst] = found;
  const path = innermostFirst.reverse().join("").replace(/^\./, "");
  return `${path || "the body"} ${problem}`;
}

/**
 * What is wrong and where (`["is missing", ".Name", "[3]", ".HpcCluster", ".HpcClusters"]`,
 * innermost first), or `undefined`. Builds no string on the way when the body fits: on every
 * success it walks each item of a page.
 */
function breach(shape: ShapeSpec, value: unknown): string[] | undefined {
  if (value === undefined) return ["is missing"];
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return ["is not an array"];
    for (let i = 0; i < value.length; i++) {
      const found = breach(shape[0] as ShapeSpec, value[i]);
      if (found) {
        found.push(`[${i}]`);
        return found;
      }
    }
    return undefined;
  }
  if (typeof shape === "object") {
    if (!isRecord(value)) return ["is not an object"];
    for (const name in shape) {
      const found = breach((shape as Record<string, ShapeSpec>)[name]!, value[name]);
      if (found) {
        found.push(`.${name}`);
        return found;
      }
    }
    return undefined;
  }
  const ok =
    shape === "object"
      ? isRecord(value)
      : shape === "array"
        ? Array.isArray(value)
        : shape === "integer"
          ? Number.isInteger(value)
          : shape === "number"
            ? typeof value === "number"
            : typeof value === shape;
  return ok
    ? undefined
    : [`is not ${shape === "integer" || shape === "array" || shape === "object" ? "an" : "a"} ${shape}`];
}

/** A 2xx body's error code and request id, when it is an error body rather than the operation's success shape. */
export function errorInSuccess(
  op: ClientOperationSpec,
  body: string,
): { code: string; requestId: string | undefined } | undefined {
  // Cheap first: an error body has the key "Code", so a body without that text is not one (one
  // with it, perhaps inside a string value, is decided by the parse).
  if (!body.includes('"Code"')) return undefined;
  let record: unknown;
  try {
    record = JSON.parse(body);
  } catch {
    return undefined;
  }
  return disguisedError(op, record);
}

/** The error code of a parsed 2xx body that carries `Code` and `Message` and not the success shape. */
export function disguisedError(
  op: ClientOperationSpec,
  record: unknown,
): { code: string; requestId: string | undefined } | undefined {
  if (!isRecord(record) || typeof record.Code !== "string" || !record.Code || typeof record.Message !== "string")
    return undefined;
  if (op.successShape && !shapeProblem(op.successShape, record)) return undefined;
  return { code: record.Code, requestId: typeof record.RequestId === "string" ? record.RequestId : undefined };
}
