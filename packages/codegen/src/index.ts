import {
  emitClientOperations,
  emitEndpoints,
  emitMethods,
  emitOperationIndex,
  emitOperationModule,
  emitOperations,
  emitOperationSpec,
  emitSchemaTypes,
  moduleNameOf,
  SchemaSlices,
} from "./emit.ts";
import { parseSpec } from "./load-spec.ts";
import { buildOperationTable } from "./operation-table.ts";

export { buildOperationTable, type OperationTable } from "./operation-table.ts";
export { parseSpec } from "./load-spec.ts";
export { moduleNameOf } from "./emit.ts";

/** Generates every file of `core/src/generated` from the spec's text: relative path -> contents. */
export async function generate(specText: string): Promise<Record<string, string>> {
  const spec = parseSpec(specText);
  const table = buildOperationTable(spec);
  const slices = await SchemaSlices.of(spec);
  const files: Record<string, string> = {
    "operation-spec.ts": emitOperationSpec(),
    "endpoints.ts": emitEndpoints(table),
    "schema.ts": emitSchemaTypes(slices),
    "client-operations.ts": emitClientOperations(table),
    "operations.ts": emitOperations(table),
    "methods.ts": emitMethods(table, spec),
    "operations/index.ts": emitOperationIndex(table),
  };
  for (const op of Object.values(table.operations))
    files[`operations/${moduleNameOf(op.name)}.ts`] = emitOperationModule(op, spec, slices);
  return files;
}
