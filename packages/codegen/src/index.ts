import { emitClientOperations, emitMethods, emitOperations, emitSchemaTypes } from "./emit.ts";
import { parseSpec } from "./load-spec.ts";
import { buildOperationTable } from "./operation-table.ts";

export { buildOperationTable, type OperationTable } from "./operation-table.ts";
export { parseSpec } from "./load-spec.ts";

/** Generates every file of `core/src/generated` from the spec's text: file name -> contents. */
export async function generate(specText: string): Promise<Record<string, string>> {
  const spec = parseSpec(specText);
  const table = buildOperationTable(spec);
  return {
    "schema.ts": await emitSchemaTypes(spec),
    "client-operations.ts": emitClientOperations(table),
    "operations.ts": emitOperations(table),
    "methods.ts": emitMethods(table, spec),
  };
}
