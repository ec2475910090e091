// Input and output types of each operation, derived from the generated openapi-typescript types.
import type { operations as SchemaOperations } from "./generated/schema.ts";
import type { OperationName } from "./generated/operations.ts";

export type { CallOptions } from "./call-types.ts";
import type { ResponseMetadata } from "./pipeline.ts";

type QueryOf<Op extends OperationName> = SchemaOperations[Op] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/**
 * What a method takes: the operation's parameters as typed values (lists as arrays). `RegionId`
 * may be left out; the client fills in its own region.
 */
export type OperationInput<Op extends OperationName> = QueryOf<Op> extends { RegionId: string }
  ? Omit<QueryOf<Op>, "RegionId"> & { RegionId?: string }
  : QueryOf<Op>;

/**
 * What a method returns: the body of the operation's 200 response. A result from the client also
 * has a non-enumerable `$metadata` (request id, attempts, status, headers, retry delay), which
 * JSON, spreading and `Object.keys` do not see; it is optional in the type only so that bodies
 * built by hand (mocks, fixtures) type-check.
 */
export type OperationOutput<Op extends OperationName> = SchemaOperations[Op] extends {
  responses: { 200: { content: { "application/json": infer Body } } };
}
  ? Body & { readonly $metadata?: ResponseMetadata }
  : never;

