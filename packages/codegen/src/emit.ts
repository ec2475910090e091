// Turns the operation table and the spec into the TypeScript files under core/src/generated.
import openapiTS, { astToString } from "openapi-typescript";
import type { ClientOperationSpec, OperationSpec } from "../../core/src/operation-spec.ts";
import type { OperationTable } from "./operation-table.ts";
import type { JsonObject } from "./load-spec.ts";

const HEADER = "// Generated from spec/ecs-hpc.openapi.yaml by @ecs-hpc/codegen. Do not edit: change the spec and run `pnpm generate`.\n";

export async function emitSchemaTypes(spec: JsonObject): Promise<string> {
  const ast = await openapiTS(spec as never, { alphabetize: false, immutable: false, rootTypes: false, propertiesRequiredByDefault: false });
  return HEADER + "/* eslint-disable */\n" + astToString(ast);
}

/** An operation split into what the client reads at run time and its documentation. */
function splitOperation(op: OperationSpec): { client: ClientOperationSpec; docs: Omit<OperationSpec, keyof ClientOperationSpec> } {
  const { httpMethods, summary, successExample, errors, ...client } = op;
  return { client, docs: { httpMethods, summary, successExample, errors } };
}

/** `client-operations.ts`: the endpoints and the run-time part of every operation (all a calling program bundles). */
export function emitClientOperations(table: OperationTable): string {
  const client = Object.fromEntries(Object.entries(table.operations).map(([name, op]) => [name, splitOperation(op).client]));
  return [
    HEADER,
    `import type { ClientOperationSpec, EndpointSpec } from "../operation-spec.ts";`,
    "",
    `/** The ECS API version every operation here belongs to. */`,
    `export const apiVersion = ${JSON.stringify(table.apiVersion)};`,
    "",
    `/** How a region maps to its endpoint host, and which regions the service serves. */`,
    `export const endpoints = ${JSON.stringify(table.endpoints, null, 2)} as const satisfies EndpointSpec;`,
    "",
    `/** What the client reads of each operation at run time: parameters and their rules, idempotency, pagination. The documentation (error catalogue, examples) is in \`operations\`. */`,
    `export const clientOperations = ${JSON.stringify(client, null, 2)} as const satisfies Record<string, ClientOperationSpec>;`,
    "",
  ].join("\n");
}

/** `operations.ts`: every operation whole, the run-time part spread from `clientOperations`. */
export function emitOperations(table: OperationTable): string {
  const names = Object.keys(table.operations);
  const entries = names.map((name) => {
    const docs = JSON.stringify(splitOperation(table.operations[name]!).docs, null, 2).split("\n").slice(1, -1);
    return [`  ${JSON.stringify(name)}: {`, `    ...clientOperations[${JSON.stringify(name)}],`, ...docs.map((line) => `  ${line}`), "  },"].join("\n");
  });
  const lines = [
    HEADER,
    `import type { OperationSpec } from "../operation-spec.ts";`,
    `import { clientOperations } from "./client-operations.ts";`,
    "",
    `export { apiVersion, clientOperations, endpoints } from "./client-operations.ts";`,
    "",
    `/** Every operation of the spec, keyed by name: the client's part plus its documentation (accepted HTTP methods, summary, success example, error catalogue). */`,
    `export const operations = {`,
    ...entries,
    `} as const satisfies Record<string, OperationSpec>;`,
    "",
    `export type Operations = typeof operations;`,
    `/** The name (action) of an operation: ${names.map((n) => `\`${n}\``).join(", ")}. */`,
    `export type OperationName = keyof Operations;`,
    `/** The documented error codes of an operation, as a string-literal union. */`,
    `export type ErrorCodeOf<Op extends OperationName> = keyof Operations[Op]["errors"] & string;`,
    `/** The operations that paginate. */`,
    `export type PaginatedOperationName = { [K in OperationName]: Operations[K]["pagination"] extends null ? never : K }[OperationName];`,
    "",
  ];
  for (const name of names) lines.push(`/** The documented error codes of ${name}. */`, `export type ${name}ErrorCode = ErrorCodeOf<${JSON.stringify(name)}>;`);
  return lines.join("\n") + "\n";
}

export function emitMethods(table: OperationTable, spec: JsonObject): string {
  const paths = spec.paths as Record<string, Record<string, { description?: string }>>;
  const lines = [
    HEADER,
    `import type { CallOptions, OperationInput, OperationOutput } from "../operation-types.ts";`,
    "",
    `/** One method per operation of the spec; each validates, signs, sends, and returns the response body or throws a typed error. */`,
    `export interface EcsOperationMethods {`,
  ];
  for (const op of Object.values(table.operations)) {
    const description = paths[op.path]?.post?.description ?? paths[op.path]?.get?.description ?? "";
    const doc = [op.summary, "", ...description.trim().split("\n"), "", `Action \`${op.action}\`, API version ${op.version}.`];
    if (op.pagination) doc.push("Paginated: see `@ecs-hpc/paginate` for page and item iteration.");
    lines.push("  /**", ...doc.map((l) => (l ? `   * ${l.replace(/\*\//g, "*\\/")}` : "   *")), "   */");
    lines.push(`  ${op.method}(input: OperationInput<${JSON.stringify(op.name)}>, options?: CallOptions): Promise<OperationOutput<${JSON.stringify(op.name)}>>;`);
  }
  lines.push("}", "");
  return lines.join("\n");
}
