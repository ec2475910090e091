// Parameter values between their typed form (what a caller passes, what the mock reasons about)
// and their wire form (the strings of an RPC query). Driven by the operation table: an array
// parameter with `encoding: json` travels as one string holding a JSON array.
import type { ClientOperationSpec, ParamConstraints, ParamRule, ParamSpec } from "./operation-spec.ts";

export type ParamValue = string | number | boolean | readonly (string | number | boolean)[];

/** One broken rule: which parameter, which rule, the service's error code for it, and why. */
export interface Violation {
  readonly param: string;
  readonly rule: ParamRule | "unknown";
  /** The error code the service answers with for this violation (from the spec). */
  readonly code: string;
  readonly message: string;
}

const MAX_SHOWN = 40;
function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length} chars)` : text;
}

const compiled = new Map<string, RegExp>();
/** Spec patterns compiled once (Unicode mode, as JSON Schema's ECMA-262 patterns). */
function patternOf(source: string): RegExp {
  let regex = compiled.get(source);
  if (!regex) compiled.set(source, (regex = new RegExp(source, "u")));
  return regex;
}

function violation(param: ParamSpec, rule: ParamRule, message: string): Violation {
  const code = param.errors[rule] ?? param.errors.any ?? "Invalid.Parameter";
  return { param: param.name, rule, code, message: `${param.name} ${message}` };
}

/** Length in Unicode code points (JSON Schema's string length), not UTF-16 units. */
function codePoints(value: string): number {
  let length = value.length;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

/** A UTF-16 surrogate without its pair: not a character, and not encodable as UTF-8 for the wire. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Checks a scalar against constraints; `undefined` when it satisfies them. */
function checkScalar(
  param: ParamSpec,
  type: string,
  constraints: ParamConstraints,
  value: unknown,
  label: string,
): Violation | undefined {
  if (type === "string") {
    if (typeof value !== "string")
      return violation(param, "malformed", `${label}must be a string (got ${show(value)})`);
    if (LONE_SURROGATE.test(value)) {
      return violation(param, "malformed", `${label}must be well-formed Unicode text (it holds a lone surrogate)`);
    }
    const length = constraints.minLength === undefined && constraints.maxLength === undefined ? 0 : codePoints(value);
    if (constraints.minLength !== undefined && length < constraints.minLength)
      return violation(
        param,
        "minLength",
        `${label}must be at least ${constraints.minLength} characters long (got ${length})`,
      );
    if (constraints.maxLength !== undefined && length > constraints.maxLength)
      return violation(
        param,
        "maxLength",
        `${label}must be at most ${constraints.maxLength} characters long (got ${length})`,
      );
    if (constraints.pattern !== undefined && !patternOf(constraints.pattern).test(value))
      return violation(param, "pattern", `${label}must match /${constraints.pattern}/ (got ${show(value)})`);
  } else if (type === "integer" || type === "number") {
    if (typeof value !== "number" || !Number.isFinite(value) || (type === "integer" && !Number.isInteger(value)))
      return violation(
        param,
        "malformed",
        `${label}must be ${type === "integer" ? "an integer" : "a number"} (got ${show(value)})`,
      );
    if (constraints.minimum !== undefined && value < constraints.minimum)
      return violation(param, "minimum", `${label}must be at least ${constraints.minimum} (got ${value})`);
    if (constraints.maximum !== undefined && value > constraints.maximum)
      return violation(param, "maximum", `${label}must be at most ${constraints.maximum} (got ${value})`);
  } else if (type === "boolean") {
    if (typeof value !== "boolean")
      return violation(param, "malformed", `${label}must be a boolean (got ${show(value)})`);
  }
  if (constraints.enum !== undefined && !constraints.enum.includes(value as string | number))
    return violation(
      param,
      "enum",
      `${label}must be one of ${constraints.enum.map((v) => show(v)).join(", ")} (got ${show(value)})`,
    );
  return undefined;
}

/** Checks one typed value against its parameter's spec. */
export function checkParam(param: ParamSpec, value: unknown): Violation | undefined {
  if (param.type !== "array") return checkScalar(param, param.type, param.constraints, value, "");
  if (!Array.isArray(value)) return violation(param, "malformed", `must be an array (got ${show(value)})`);
  const c = param.constraints;
  if (c.minItems !== undefined && value.length < c.minItems)
    return violation(
      param,
      "minItems",
      `must hold at least ${c.minItems} item${c.minItems === 1 ? "" : "s"} (got ${value.length})`,
    );
  if (c.maxItems !== undefined && value.length > c.maxItems)
    return violation(param, "maxItems", `must hold at most ${c.maxItems} items (got ${value.length})`);
  const items = param.items;
  if (items) {
    for (const [index, item] of value.entries()) {
      const bad = checkScalar(param, items.type, items.constraints, item, `[${index}] `);
      if (bad) return bad.rule === "malformed" ? bad : { ...bad, code: param.errors.malformed ?? bad.code };
    }
  }
  return undefined;
}

/**
 * Validates a typed input object against an operation: required parameters, every constraint,
 * and no parameter the operation does not have. Returns every violation (empty when valid).
 */
export function validateParams(op: ClientOperationSpec, input: Readonly<Record<string, unknown>>): Violation[] {
  const violations: Violation[] = [];
  for (const param of Object.values(op.params)) {
    const value = Object.hasOwn(input, param.name) ? input[param.name] : undefined;
    if (value === undefined || value === null) {
      if (param.required) violations.push(violation(param, "required", `is required`));
      continue;
    }
    const bad = checkParam(param, value);
    if (bad) violations.push(bad);
  }
  const oneOf = missingOneOf(op, input, false);
  if (oneOf) violations.push(oneOf);
  for (const name of Object.keys(input)) {
    // Own keys only: `constructor`, `toString` or `__proto__` are not parameters of anything.
    if (!Object.hasOwn(op.params, name) && input[name] !== undefined)
      violations.push({
        param: name,
        rule: "unknown",
        code: "Invalid.Parameter",
        message: `${name} is not a parameter of ${op.name} (expected one of ${Object.keys(op.params).join(", ")})`,
      });
  }
  return violations;
}

/** The operation's "at least one of" rule, when none of its parameters is given. */
function missingOneOf(
  op: ClientOperationSpec,
  values: Readonly<Record<string, unknown>>,
  emptyIsAbsent: boolean,
): Violation | undefined {
  const rule = op.requireOneOf;
  const given = (value: unknown) => value !== undefined && value !== null && !(emptyIsAbsent && value === "");
  if (!rule || rule.params.some((name) => given(values[name]))) return undefined;
  return {
    param: rule.params.join("|"),
    rule: "required",
    code: rule.error,
    message: `${op.name} needs at least one of ${rule.params.join(", ")}`,
  };
}

/** Typed input -> wire strings (undefined parameters dropped, JSON-encoded lists). */
export function encodeParams(
  op: ClientOperationSpec,
  input: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const wire: Record<string, string> = {};
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    const param = Object.hasOwn(op.params, name) ? op.params[name] : undefined;
    wire[name] =
      param?.encoding === "json" || (typeof value === "object" && !param) ? JSON.stringify(value) : String(value);
  }
  return wire;
}

export interface DecodedParams {
  readonly values: Record<string, ParamValue>;
  readonly violations: Violation[];
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Wire strings -> typed values, the way the service reads a request: unknown parameters are
 * ignored, a value that cannot be read as its type is a `malformed` violation, and every
 * constraint is checked. Defaults are not applied.
 */
export function decodeParams(op: ClientOperationSpec, wire: Readonly<Record<string, string>>): DecodedParams {
  const values: Record<string, ParamValue> = {};
  const violations: Violation[] = [];
  for (const param of Object.values(op.params)) {
    const raw = Object.hasOwn(wire, param.name) ? wire[param.name] : undefined;
    if (raw === undefined || raw === "") {
      if (param.required) violations.push(violation(param, "required", "is required"));
      continue;
    }
    const value = decodeOne(param, raw);
    if (value === undefined) {
      violations.push(
        violation(
          param,
          "malformed",
          `cannot be read as ${param.type === "array" ? "a JSON array" : `a${param.type === "integer" ? "n" : ""} ${param.type}`} (got ${show(raw)})`,
        ),
      );
      continue;
    }
    const bad = checkParam(param, value);
    if (bad) violations.push(bad);
    else values[param.name] = value;
  }
  const oneOf = missingOneOf(op, wire, true);
  if (oneOf) violations.push(oneOf);
  return { values, violations };
}

function decodeOne(param: ParamSpec, raw: string): ParamValue | undefined {
  switch (param.type) {
    case "string":
      return raw;
    case "integer":
      return INTEGER.test(raw) ? Number(raw) : undefined;
    case "number":
      return NUMBER.test(raw) ? Number(raw) : undefined;
    case "boolean":
      return raw === "true" ? true : raw === "false" ? false : undefined;
    case "array": {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return undefined;
      }
      if (!Array.isArray(parsed)) return undefined;
      const itemType = param.items?.type ?? "string";
      const ok = parsed.every((item) =>
        itemType === "integer" || itemType === "number" ? typeof item === "number" : typeof item === itemType,
      );
      return ok ? (parsed as ParamValue) : undefined;
    }
  }
}
