// Builds the runtime operation table from the spec: for each operation its action, version,
// parameters with constraints and error codes, idempotency token, pagination and documented
// errors. Everything here is read from the spec; nothing is specific to one operation.
import type {
  EndpointSpec,
  ErrorSpec,
  OperationSpec,
  PaginationSpec,
  ParamConstraints,
  ParamSpec,
  ShapeSpec,
} from "./operation-spec.ts";
import { deref, isObject, type Json, type JsonObject } from "./load-spec.ts";

const CONSTRAINT_KEYS = [
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
  "minItems",
  "maxItems",
  "enum",
] as const;
const PARAM_TYPES = new Set(["string", "integer", "number", "boolean", "array"]);
const HTTP_METHODS = new Set(["post", "get"]);

export interface OperationTable {
  apiVersion: string;
  endpoints: EndpointSpec;
  operations: Record<string, OperationSpec>;
}

export function buildOperationTable(spec: JsonObject): OperationTable {
  const info = object(spec.info, "info");
  const apiVersion = string(info["x-acs-api-version"], "info.x-acs-api-version");
  const operations: Record<string, OperationSpec> = {};
  for (const [path, rawItem] of Object.entries(object(spec.paths, "paths"))) {
    const item = object(deref(spec, rawItem), `paths.${path}`);
    for (const [verb, rawOp] of Object.entries(item)) {
      if (!HTTP_METHODS.has(verb)) continue;
      const op = object(rawOp, `${path}.${verb}`);
      const built = buildOperation(spec, path, op, apiVersion);
      if (operations[built.name]) throw new Error(`spec: operation ${built.name} is defined twice`);
      operations[built.name] = built;
    }
  }
  return { apiVersion, endpoints: buildEndpoints(info), operations };
}

function buildEndpoints(info: JsonObject): EndpointSpec {
  const raw = object(info["x-acs-endpoints"], "info.x-acs-endpoints");
  const overrides: Record<string, string> = {};
  for (const [region, host] of Object.entries(object(raw.overrides ?? {}, "overrides")))
    overrides[region] = string(host, `overrides.${region}`);
  const regions = array(raw.regions, "x-acs-endpoints.regions").map((r, i) => string(r, `regions[${i}]`));
  return { pattern: string(raw.pattern, "x-acs-endpoints.pattern"), overrides, regions };
}

function buildOperation(spec: JsonObject, path: string, op: JsonObject, apiVersion: string): OperationSpec {
  const where = `operation at ${path}`;
  const name = string(op.operationId, `${where}: operationId`);
  const rpc = object(op["x-acs-rpc"], `${name}: x-acs-rpc`);
  const action = string(rpc.action, `${name}: x-acs-rpc.action`);
  if (path !== `/${action}`) throw new Error(`spec: ${name} must sit on the pseudo-path /${action}, not ${path}`);
  if (action !== name) throw new Error(`spec: ${name}: operationId and x-acs-rpc.action differ (${action})`);
  const version = rpc.version === undefined ? apiVersion : string(rpc.version, `${name}: x-acs-rpc.version`);

  const params: Record<string, ParamSpec> = {};
  let idempotencyToken: string | null = null;
  for (const [index, rawParam] of array(op.parameters ?? [], `${name}: parameters`).entries()) {
    const param = buildParam(spec, object(deref(spec, rawParam), `${name}: parameters[${index}]`), name);
    if (params[param.spec.name]) throw new Error(`spec: ${name}: parameter ${param.spec.name} is listed twice`);
    params[param.spec.name] = param.spec;
    if (param.idempotencyToken) idempotencyToken = param.spec.name;
  }

  const errors = buildErrors(spec, op, name);
  for (const param of Object.values(params)) {
    for (const [rule, code] of Object.entries(param.errors)) {
      if (!errors[code])
        throw new Error(
          `spec: ${name}.${param.name}: x-acs-errors.${rule} names ${code}, which the operation does not document`,
        );
    }
  }

  return {
    name,
    method: name.charAt(0).toLowerCase() + name.slice(1),
    action,
    version,
    path,
    httpMethods: array(rpc.methods ?? ["POST"], `${name}: x-acs-rpc.methods`).map((m) => {
      const method = string(m, `${name}: method`).toUpperCase();
      if (method !== "POST" && method !== "GET") throw new Error(`spec: ${name}: unsupported method ${method}`);
      return method;
    }),
    operationType: rpc.operationType === undefined ? "get" : string(rpc.operationType, `${name}: operationType`),
    summary: string(op.summary, `${name}: summary`),
    params,
    idempotencyToken,
    pagination: buildPagination(op, params, name),
    requireOneOf: buildRequireOneOf(op, params, errors, name),
    successShape: successShape(spec, op, name),
    successExample: successExample(spec, op, name),
    errors,
  };
}

function buildParam(
  spec: JsonObject,
  param: JsonObject,
  opName: string,
): { spec: ParamSpec; idempotencyToken: boolean } {
  const name = string(param.name, `${opName}: parameter name`);
  const where = `${opName}.${name}`;
  if (param.in !== "query") throw new Error(`spec: ${where}: RPC parameters must be "in: query"`);
  const schema = object(deref(spec, param.schema), `${where}: schema`);
  const type = string(schema.type, `${where}: schema.type`);
  if (!PARAM_TYPES.has(type)) throw new Error(`spec: ${where}: unsupported type ${type}`);
  const encoding =
    param["x-acs-encoding"] === undefined ? "plain" : string(param["x-acs-encoding"], `${where}: x-acs-encoding`);
  if (encoding !== "plain" && encoding !== "json")
    throw new Error(`spec: ${where}: x-acs-encoding must be plain or json`);
  if (type === "array" && encoding !== "json")
    throw new Error(`spec: ${where}: array parameters must declare x-acs-encoding: json`);

  const errors: Record<string, string> = {};
  for (const [rule, code] of Object.entries(object(param["x-acs-errors"] ?? {}, `${where}: x-acs-errors`)))
    errors[rule] = string(code, `${where}: x-acs-errors.${rule}`);

  const built: { -readonly [K in keyof ParamSpec]: ParamSpec[K] } = {
    name,
    required: param.required === true,
    type: type as ParamSpec["type"],
    encoding,
    constraints: constraints(schema, where),
    errors,
    sdkOnly: param["x-acs-sdk-only"] === true,
  };
  if (type === "array") {
    const items = object(deref(spec, schema.items), `${where}: items`);
    const itemType = string(items.type, `${where}: items.type`);
    if (itemType === "array" || !PARAM_TYPES.has(itemType))
      throw new Error(`spec: ${where}: unsupported item type ${itemType}`);
    built.items = { type: itemType as "string", constraints: constraints(items, `${where}.items`) };
  }
  if (schema.default !== undefined) {
    const value = schema.default;
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean")
      throw new Error(`spec: ${where}: default must be a scalar`);
    built.default = value;
  }
  return { spec: built, idempotencyToken: param["x-acs-idempotency-token"] === true };
}

function constraints(schema: JsonObject, where: string): ParamConstraints {
  const out: Record<string, Json> = {};
  for (const key of CONSTRAINT_KEYS) {
    const value = schema[key];
    if (value === undefined) continue;
    if (key === "pattern") out[key] = string(value, `${where}: pattern`);
    else if (key === "enum") out[key] = array(value, `${where}: enum`);
    else if (typeof value !== "number") throw new Error(`spec: ${where}: ${key} must be a number`);
    else out[key] = value;
  }
  return out as ParamConstraints;
}

function buildPagination(op: JsonObject, params: Record<string, ParamSpec>, name: string): PaginationSpec | null {
  const raw = op["x-acs-pagination"];
  if (raw === undefined) return null;
  const p = object(raw, `${name}: x-acs-pagination`);
  if (p.style !== "PageNumber") throw new Error(`spec: ${name}: only PageNumber pagination is supported`);
  const pageNumber = string(p.pageNumber, `${name}: pagination.pageNumber`);
  const pageSize = string(p.pageSize, `${name}: pagination.pageSize`);
  const sizeParam = params[pageSize];
  if (!params[pageNumber] || !sizeParam)
    throw new Error(`spec: ${name}: pagination names parameters the operation lacks`);
  const maxPageSize = sizeParam.constraints.maximum;
  const defaultPageSize = sizeParam.default;
  if (typeof maxPageSize !== "number" || typeof defaultPageSize !== "number")
    throw new Error(`spec: ${name}: ${pageSize} needs a maximum and a default`);
  return {
    style: "PageNumber",
    pageNumber,
    pageSize,
    totalCount: string(p.totalCount, `${name}: pagination.totalCount`),
    items: string(p.items, `${name}: pagination.items`),
    itemId: string(p.itemId, `${name}: pagination.itemId`),
    maxPageSize,
    defaultPageSize,
  };
}

const SHAPE_TYPES = new Set(["object", "array", "string", "integer", "number", "boolean"]);

/** The 200 schema reduced to what a body must hold: types, and the properties marked required. */
function successShape(spec: JsonObject, op: JsonObject, name: string): ShapeSpec {
  const response = object(deref(spec, object(op.responses, `${name}: responses`)["200"]), `${name}: responses.200`);
  const content = object(response.content, `${name}: 200 content`);
  const media = object(content["application/json"], `${name}: 200 application/json`);
  const shape = shapeOf(spec, media.schema, `${name}: 200 schema`, 0);
  if (shape !== "object" && (typeof shape !== "object" || Array.isArray(shape))) {
    throw new Error(`spec: ${name}: the 200 schema must be an object`);
  }
  return shape;
}

/** See ShapeSpec: a type name, a record of required properties, or `[items]`. */
function shapeOf(spec: JsonObject, rawSchema: Json | undefined, where: string, depth: number): ShapeSpec {
  if (depth > 16) throw new Error(`spec: ${where}: the response schema nests too deep (recursive?)`);
  const schema = object(deref(spec, rawSchema), where);
  const type = string(schema.type, `${where}: type`);
  if (!SHAPE_TYPES.has(type)) throw new Error(`spec: ${where}: unsupported type ${type}`);
  if (type === "object" && schema.required !== undefined) {
    const properties = object(schema.properties ?? {}, `${where}: properties`);
    const required: Record<string, ShapeSpec> = {};
    for (const [index, rawName] of array(schema.required, `${where}: required`).entries()) {
      const property = string(rawName, `${where}: required[${index}]`);
      if (properties[property] === undefined) {
        throw new Error(`spec: ${where}: required property ${property} is not defined`);
      }
      required[property] = shapeOf(spec, properties[property], `${where}.${property}`, depth + 1);
    }
    if (Object.keys(required).length > 0) return required;
  }
  if (type === "array" && schema.items !== undefined) {
    const items = shapeOf(spec, schema.items, `${where}[]`, depth + 1);
    // Items are checked only for what they require; a list of bare scalars needs no entry.
    if (typeof items === "object") return [items];
  }
  return type as ShapeSpec;
}

function successExample(spec: JsonObject, op: JsonObject, name: string): Json {
  const response = object(deref(spec, object(op.responses, `${name}: responses`)["200"]), `${name}: responses.200`);
  const media = object(
    object(response.content, `${name}: 200 content`)["application/json"],
    `${name}: 200 application/json`,
  );
  if (media.example === undefined) throw new Error(`spec: ${name}: the 200 response needs an example`);
  return media.example;
}

function buildRequireOneOf(
  op: JsonObject,
  params: Record<string, ParamSpec>,
  errors: Record<string, ErrorSpec>,
  name: string,
): OperationSpec["requireOneOf"] {
  const raw = op["x-acs-require-one-of"];
  if (raw === undefined) return null;
  const rule = object(raw, `${name}: x-acs-require-one-of`);
  const names = array(rule.params, `${name}: x-acs-require-one-of.params`).map((p, i) =>
    string(p, `${name}: x-acs-require-one-of.params[${i}]`),
  );
  for (const param of names)
    if (!params[param])
      throw new Error(`spec: ${name}: x-acs-require-one-of names ${param}, which the operation lacks`);
  const error = string(rule.error, `${name}: x-acs-require-one-of.error`);
  if (!errors[error])
    throw new Error(`spec: ${name}: x-acs-require-one-of names ${error}, which the operation does not document`);
  return { params: names, error };
}

/** Every documented error: each named example of each 4xx/5xx response is one error code. */
function buildErrors(spec: JsonObject, op: JsonObject, name: string): Record<string, ErrorSpec> {
  const errors: Record<string, ErrorSpec> = {};
  for (const [status, rawResponse] of Object.entries(object(op.responses, `${name}: responses`))) {
    const code = Number(status);
    if (!(code >= 400 && code <= 599)) continue;
    const response = object(deref(spec, rawResponse), `${name}: responses.${status}`);
    const media = object(
      object(response.content, `${name}: ${status} content`)["application/json"],
      `${name}: ${status} application/json`,
    );
    for (const [key, rawExample] of Object.entries(object(media.examples ?? {}, `${name}: ${status} examples`))) {
      const example = object(deref(spec, rawExample), `${name}: example ${key}`);
      const value = object(example.value, `${name}: example ${key} value`);
      const errorCode = string(value.Code, `${name}: example ${key} Code`);
      if (errorCode !== key) throw new Error(`spec: ${name}: error example ${key} has Code ${errorCode}`);
      if (errors[errorCode]) throw new Error(`spec: ${name}: error ${errorCode} is documented twice`);
      errors[errorCode] = {
        status: code,
        message: string(value.Message, `${name}: ${key} Message`),
        summary: typeof example.summary === "string" ? example.summary : "",
      };
    }
  }
  return errors;
}

function object(value: Json | undefined, where: string): JsonObject {
  if (!isObject(value)) throw new Error(`spec: ${where} must be an object`);
  return value;
}

function array(value: Json | undefined, where: string): Json[] {
  if (!Array.isArray(value)) throw new Error(`spec: ${where} must be an array`);
  return value;
}

function string(value: Json | undefined, where: string): string {
  if (typeof value !== "string") throw new Error(`spec: ${where} must be a string`);
  return value;
}
