// Input and output types of each operation by name, from the generated operation modules.
import type { ClientOperations, OperationName } from "./generated/operations.ts";
import type { InputOf, OutputOf } from "./generated/operation-spec.ts";

export type { CallOptions } from "./call-types.ts";

/**
 * What a method takes: the operation's parameters as typed values (lists as arrays). `RegionId`
 * may be left out; the client fills in its own region. The same as `DescribeHpcClustersInput`.
 */
export type OperationInput<Op extends OperationName> = InputOf<ClientOperations[Op]>;

/**
 * What a method returns: the body of the operation's 200 response (`DescribeHpcClustersOutput`).
 * A result from the client also has a non-enumerable `$metadata` (request id, attempts, status,
 * headers, retry delay), which JSON, spreading and `Object.keys` do not see; it is optional in
 * the type only so that bodies built by hand (mocks, fixtures) type-check.
 */
export type OperationOutput<Op extends OperationName> = OutputOf<ClientOperations[Op]>;
