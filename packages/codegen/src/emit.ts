// Turns the operation table and the spec into the TypeScript files under core/src/generated:
//   operation-spec.ts            the shape of what is generated (this package's own file, copied)
//   endpoints.ts                 API version, endpoint pattern and regions
//   operations/<operation>.ts    one module per operation: named types, run-time spec, docs, function
//   operations/index.ts          every operation module, re-exported
//   client-operations.ts         the run-time specs keyed by name (the convenience client's table)
//   operations.ts                specs + docs keyed by name (the mock's table), name-keyed types
//   methods.ts                   the convenience client's method per operation
//   schema.ts                    openapi-typescript's types of the whole spec (for `raw`)
// Every exported value carries an explicit, named type: declaration emit never has to serialize
// an inferred literal type, whatever the number of operations (no TS7056).
import { readFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import type { ClientOperationSpec, OperationDocs, OperationSpec } from "./operation-spec.ts";
import type { OperationTable } from "./operation-table.ts";
import { isObject, type Json, type JsonObject } from "./load-spec.ts";

const HEADER =
  "// Generated from spec/ecs-hpc.openapi.yaml by @ecs-hpc/codegen. Do not edit: change the spec and run `pnpm generate`.\n";

/** `DescribeHpcClusters` -> `describe-hpc-clusters` (the operation module's file name and subpath). */
export function moduleNameOf(operation: string): string {
  return operation
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}

/** `schema.ts`: openapi-typescript's types of the whole spec (what `raw` is typed with). */
export function emitSchemaTypes(schema: SchemaSlices): string {
  return `${HEADER}/* eslint-disable */\n${astToString(schema.nodes)}`;
}

/** `operation-spec.ts`: this package's shape of the generated code, for core to import. */
export function emitOperationSpec(): string {
  return HEADER + readFileSync(new URL("./operation-spec.ts", import.meta.url), "utf8");
}

export function emitEndpoints(table: OperationTable): string {
  // Emitted twice, so that a program resolving a region does not bundle the list of regions.
  const { pattern, overrides } = table.endpoints;
  return [
    HEADER,
    `import type { EndpointRule, EndpointSpec } from "./operation-spec.ts";`,
    "",
    `/** The ECS API version every operation here belongs to. */`,
    `export const apiVersion = ${JSON.stringify(table.apiVersion)};`,
    "",
    `/** How a region maps to its endpoint host, and which regions the service serves. */`,
    `export const endpoints = ${JSON.stringify(table.endpoints, null, 2)} as const satisfies EndpointSpec;`,
    "",
    `/** The mapping alone (what a client resolves a region with), without the list of regions. */`,
    `export const endpointRule = ${JSON.stringify({ pattern, overrides }, null, 2)} as const satisfies EndpointRule;`,
    "",
  ].join("\n");
}

/** An operation split into what the client reads at run time and its documentation. */
function splitOperation(op: OperationSpec): { client: ClientOperationSpec; docs: OperationDocs } {
  const { httpMethods, summary, successExample, errors, ...client } = op;
  return { client, docs: { httpMethods, summary, successExample, errors } };
}

/** Whether an operation can be called with no input at all (nothing required but the region). */
function inputIsOptional(op: ClientOperationSpec): boolean {
  return Object.values(op.params).every((param) => !param.required || param.name === "RegionId");
}

function docComment(lines: readonly string[], indent = ""): string[] {
  return [
    `${indent}/**`,
    ...lines.map((l) => (l ? `${indent} * ${l.replace(/\*\//g, "*\\/")}` : `${indent} *`)),
    `${indent} */`,
  ];
}

/** The operation's description from the spec, as comment lines. */
function describe(op: OperationSpec, spec: JsonObject): string[] {
  const item = (spec.paths as Record<string, Record<string, { description?: string }>>)[op.path];
  const description = item?.post?.description ?? item?.get?.description ?? "";
  const lines = [
    op.summary,
    "",
    ...description.trim().split("\n"),
    "",
    `Action \`${op.action}\`, API version ${op.version}.`,
  ];
  if (op.pagination) lines.push("Paginated: see `@ecs-hpc/paginate` for page and item iteration.");
  return lines;
}

/** Every `$ref` reachable from `value`, following references into the components. */
function reachableRefs(spec: JsonObject, value: Json | undefined, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) reachableRefs(spec, item, found);
  else if (isObject(value)) {
    const ref = value.$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/") && !found.has(ref)) {
      found.add(ref);
      const [, , kind, name] = ref.split("/");
      const components = spec.components as Record<string, Record<string, Json>> | undefined;
      reachableRefs(spec, components?.[kind!]?.[name!], found);
    }
    for (const child of Object.values(value)) reachableRefs(spec, child, found);
  }
  return found;
}

/**
 * openapi-typescript's types of the whole spec, cut per operation: one run over the spec, then
 * each operation module gets its own member of `operations` and the components it references,
 * as declarations local to the module (so importing one operation never loads another's types).
 */
export class SchemaSlices {
  readonly #operations = new Map<string, ts.TypeElement>();
  readonly #components = new Map<string, Map<string, ts.TypeElement>>();
  readonly #spec: JsonObject;
  /** openapi-typescript's output for the whole spec. */
  readonly nodes: ts.Node[];

  private constructor(spec: JsonObject, nodes: ts.Node[]) {
    this.#spec = spec;
    this.nodes = nodes;
    for (const node of nodes) {
      if (!ts.isInterfaceDeclaration(node)) continue;
      if (node.name.text === "operations")
        for (const member of node.members) this.#operations.set(nameOf(member), member);
      if (node.name.text === "components") {
        for (const kind of node.members) {
          const members = new Map<string, ts.TypeElement>();
          if (ts.isPropertySignature(kind) && kind.type && ts.isTypeLiteralNode(kind.type))
            for (const member of kind.type.members) members.set(nameOf(member), member);
          this.#components.set(nameOf(kind), members);
        }
      }
    }
  }

  static async of(spec: JsonObject): Promise<SchemaSlices> {
    return new SchemaSlices(
      spec,
      await openapiTS(spec as never, {
        alphabetize: false,
        immutable: false,
        rootTypes: false,
        propertiesRequiredByDefault: false,
      }),
    );
  }

  /** `interface operations` (this operation only) and `interface components` (what it references). */
  declarationsOf(op: OperationSpec): string {
    const member = this.#operations.get(op.name);
    if (!member) throw new Error(`codegen: openapi-typescript produced no type for ${op.name}`);
    const f = ts.factory;
    const wanted = new Map<string, Set<string>>();
    for (const ref of reachableRefs(this.#spec, (this.#spec.paths as JsonObject)[op.path])) {
      const [, , kind, name] = ref.split("/") as [string, string, string, string];
      if (!wanted.has(kind)) wanted.set(kind, new Set());
      wanted.get(kind)!.add(name.replace(/~1/g, "/").replace(/~0/g, "~"));
    }
    const kinds = [...this.#components].map(([kind, members]) => {
      const picked = [...members].filter(([name]) => wanted.get(kind)?.has(name)).map(([, node]) => node);
      return f.createPropertySignature(
        undefined,
        f.createIdentifier(kind),
        undefined,
        picked.length > 0 ? f.createTypeLiteralNode(picked) : f.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword),
      );
    });
    return astToString([
      f.createInterfaceDeclaration(undefined, "operations", undefined, undefined, [member]),
      f.createInterfaceDeclaration(undefined, "components", undefined, undefined, kinds),
    ]);
  }
}

function nameOf(member: ts.TypeElement): string {
  const name = member.name;
  if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) return name.text;
  throw new Error("codegen: unexpected member in openapi-typescript's output");
}

/** `operations/<operation>.ts`: everything about one operation, and nothing about any other. */
export function emitOperationModule(op: OperationSpec, spec: JsonObject, schema: SchemaSlices): string {
  const { client, docs } = splitOperation(op);
  const n = op.name;
  const codes = Object.keys(op.errors);
  const hasParams = Object.keys(op.params).length > 0;
  const regionRequired = op.params.RegionId?.required === true;
  const pagination = op.pagination ? JSON.stringify(op.pagination) : "null";
  const optional = inputIsOptional(op);
  const input = !hasParams
    ? [`export interface ${n}Input {}`]
    : regionRequired
      ? [
          `export interface ${n}Input extends Omit<Query, "RegionId"> {`,
          `  /** The region; the client's own when left out. */`,
          `  RegionId?: string;`,
          `}`,
        ]
      : [`export interface ${n}Input extends Query {}`];
  return [
    HEADER,
    `import type { CallOptions, OperationSender } from "../../call-types.ts";`,
    `import type { ResponseMetadata } from "../../pipeline.ts";`,
    `import type { Operation, OperationDocs } from "../operation-spec.ts";`,
    "",
    `/** The input of ${n}: its parameters as typed values (lists as arrays). */`,
    ...input,
    "",
    `/** The output of ${n}: the body of its 200 response. */`,
    `export interface ${n}Output extends Body {`,
    `  /** Request id, attempts, status, headers (non-enumerable: JSON, spreading and \`Object.keys\` do not see it). */`,
    `  readonly $metadata?: ResponseMetadata;`,
    `}`,
    "",
    `/** The documented error codes of ${n}. */`,
    `export type ${n}ErrorCode =${codes.length === 0 ? " never" : codes.map((code) => `\n  | ${JSON.stringify(code)}`).join("")};`,
    "",
    `/** ${n} as a value of the \`Operation\` type: its name, method, input, output, error codes and pagination. */`,
    `export type ${n}Operation = Operation<${JSON.stringify(n)}, ${JSON.stringify(op.method)}, ${n}Input, ${n}Output, ${n}ErrorCode, ${pagination}, ${JSON.stringify(op.idempotencyToken ?? null)}>;`,
    "",
    ...docComment([
      `The run-time spec of ${n}: pass it to \`client.send\`, \`paginate\` or the mock.`,
      "",
      ...describe(op, spec),
    ]),
    `export const ${n}: ${n}Operation = ${JSON.stringify(client, null, 2)};`,
    "",
    `/** The documentation of ${n}: accepted HTTP methods, summary, success example, error catalogue. */`,
    `export const ${n}Docs: OperationDocs<${n}ErrorCode> = ${JSON.stringify(docs, null, 2)};`,
    "",
    ...docComment([
      ...describe(op, spec),
      "",
      "```ts",
      `const out = await ${op.method}(client, ${optional ? "{}" : "{ ... }"});`,
      "```",
    ]),
    `export function ${op.method}(client: OperationSender, input: ${n}Input${optional ? " = {}" : ""}, options?: CallOptions): Promise<${n}Output> {`,
    `  return client.send(${n}, input, options);`,
    `}`,
    "",
    `// openapi-typescript's types of this operation, local to the module: the named types above are its surface.`,
    `type Query = NonNullable<operations[${JSON.stringify(n)}]["parameters"]["query"]>;`,
    `type Body = operations[${JSON.stringify(n)}]["responses"][200]["content"]["application/json"];`,
    schema.declarationsOf(op),
  ].join("\n");
}

function imports(table: OperationTable, names: (name: string) => string[], typeOnly: boolean): string[] {
  return Object.keys(table.operations).map(
    (name) =>
      `import ${typeOnly ? "type " : ""}{ ${names(name).join(", ")} } from "./operations/${moduleNameOf(name)}.ts";`,
  );
}

/** `operations/index.ts`: every operation module, re-exported (what the convenience entry exports). */
export function emitOperationIndex(table: OperationTable): string {
  return [
    HEADER,
    ...Object.keys(table.operations).map((name) => `export * from "./${moduleNameOf(name)}.ts";`),
    "",
  ].join("\n");
}

/** `client-operations.ts`: the run-time spec of every operation, keyed by name. */
export function emitClientOperations(table: OperationTable): string {
  const names = Object.keys(table.operations);
  return [
    HEADER,
    ...imports(table, (n) => [n, `type ${n}Operation`], false),
    "",
    `export { apiVersion, endpoints } from "./endpoints.ts";`,
    "",
    `/** The run-time spec of every operation, keyed by name. */`,
    `export type ClientOperations = {`,
    ...names.map((n) => `  readonly ${n}: ${n}Operation;`),
    `};`,
    "",
    `/** What the convenience client reads of each operation (one method per entry). A program that calls one operation imports that operation's module instead. */`,
    `export const clientOperations: ClientOperations = {`,
    ...names.map((n) => `  ${n},`),
    `};`,
    "",
  ].join("\n");
}

/** `operations.ts`: every operation whole (spec and docs), keyed by name, and the name-keyed types. */
export function emitOperations(table: OperationTable): string {
  const names = Object.keys(table.operations);
  return [
    HEADER,
    `import type { AnyOperation, ErrorCodesOf, OperationDocs } from "./operation-spec.ts";`,
    `import type { ClientOperations } from "./client-operations.ts";`,
    ...imports(table, (n) => [n, `${n}Docs`, `type ${n}Operation`, `type ${n}ErrorCode`], false),
    "",
    `export { apiVersion, clientOperations, endpoints, type ClientOperations } from "./client-operations.ts";`,
    "",
    `/** Every operation of the spec, keyed by name: its run-time spec plus its documentation. */`,
    `export type Operations = {`,
    ...names.map((n) => `  readonly ${n}: ${n}Operation & OperationDocs<${n}ErrorCode>;`),
    `};`,
    "",
    `/** Every operation of the spec, keyed by name: the client's part plus its documentation (accepted HTTP methods, summary, success example, error catalogue). */`,
    `export const operations: Operations = {`,
    ...names.map((n) => `  ${n}: { ...${n}, ...${n}Docs },`),
    `};`,
    "",
    `/** The name (action) of an operation of the spec. */`,
    `export type OperationName = keyof ClientOperations;`,
    `/** The documented error codes of an operation (by name or generated spec), as a string-literal union. */`,
    `export type ErrorCodeOf<Op extends OperationName | AnyOperation> = ErrorCodesOf<Op extends OperationName ? ClientOperations[Op] : Op extends AnyOperation ? Op : never>;`,
    `/** The operations that paginate. */`,
    `export type PaginatedOperationName = { [K in OperationName]: ClientOperations[K]["pagination"] extends null ? never : K }[OperationName];`,
    "",
  ].join("\n");
}

export function emitMethods(table: OperationTable, spec: JsonObject): string {
  const lines = [
    HEADER,
    `import type { CallOptions } from "../call-types.ts";`,
    ...imports(table, (n) => [`${n}Input`, `${n}Output`], true),
    "",
    `/** One method per operation of the spec; each validates, signs, sends, and returns the response body or throws a typed error. */`,
    `export interface EcsOperationMethods {`,
  ];
  for (const op of Object.values(table.operations)) {
    lines.push(...docComment(describe(op, spec), "  "));
    lines.push(
      `  ${op.method}(input${inputIsOptional(op) ? "?" : ""}: ${op.name}Input, options?: CallOptions): Promise<${op.name}Output>;`,
    );
  }
  lines.push("}", "");
  return lines.join("\n");
}
