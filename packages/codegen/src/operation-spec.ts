/**
 * The shape of the generated operation modules (`core/src/generated/operations/<operation>.ts`)
 * and tables: what the runtime (client, validation, paginator, mock) knows about each operation,
 * derived from the spec. The generator owns this shape: it builds values of it and writes this
 * file, as is, to `core/src/generated/operation-spec.ts` (decisions/0011-operation-spec-owner.md).
 * Types only: it has no run-time code.
 */

/** JSON-schema constraints of one parameter (or of the items of an array parameter). */
export interface ParamConstraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly enum?: readonly (string | number)[];
}

/** A rule a parameter can break; the key of `ParamSpec.errors`. */
export type ParamRule = keyof ParamConstraints | "required" | "malformed" | "any";

export interface ParamSpec {
  readonly name: string;
  readonly required: boolean;
  /** `integer`, `string`, `boolean`, or `array` (an array is always of `items`). */
  readonly type: "string" | "integer" | "number" | "boolean" | "array";
  /** `json`: the value is sent as one string holding JSON (ECS's list parameters). */
  readonly encoding: "plain" | "json";
  readonly constraints: ParamConstraints;
  readonly items?: {
    readonly type: "string" | "integer" | "number" | "boolean";
    readonly constraints: ParamConstraints;
  };
  readonly default?: string | number | boolean;
  /** The service error code for each broken rule; `any` covers rules not listed. */
  readonly errors: Partial<Record<ParamRule, string>>;
  /** Accepted by the service but not in Alibaba's published metadata (sent by the official SDK). */
  readonly sdkOnly: boolean;
}

/**
 * What a response must hold, compactly: a scalar's or an unchecked list's type name; for an
 * object, a record of the properties the spec marks required, each with its own shape; for a
 * list whose items require something, a one-element array holding the items' shape.
 */
export type ShapeSpec =
  | "string"
  | "integer"
  | "number"
  | "boolean"
  | "array"
  | "object"
  | { readonly [property: string]: ShapeSpec }
  | readonly [ShapeSpec];

export interface PaginationSpec {
  readonly style: "PageNumber";
  readonly pageNumber: string;
  readonly pageSize: string;
  readonly totalCount: string;
  /** Dotted path of the item list in the response, for example `HpcClusters.HpcCluster`. */
  readonly items: string;
  /** The field of an item that identifies it. */
  readonly itemId: string;
  readonly maxPageSize: number;
  readonly defaultPageSize: number;
}

export interface ErrorSpec {
  readonly status: number;
  readonly message: string;
  readonly summary: string;
}

/**
 * What the client reads of an operation at run time: naming, parameters and their rules,
 * idempotency, pagination. The generated `clientOperations` table holds just this, so a program
 * that only calls the API bundles no documentation (error catalogue, examples).
 */
export interface ClientOperationSpec {
  /** The operation ID, which is also the RPC action name. */
  readonly name: string;
  /** The client method name (`describeHpcClusters`). */
  readonly method: string;
  readonly action: string;
  readonly version: string;
  /** The pseudo-path the operation sits on in the spec (`/DescribeHpcClusters`). */
  readonly path: string;
  /** Alibaba's operation type: get, create, update or delete. */
  readonly operationType: string;
  readonly params: Readonly<Record<string, ParamSpec>>;
  /** The parameter that makes a call idempotent (`ClientToken`), if the operation has one. */
  readonly idempotencyToken: string | null;
  readonly pagination: PaginationSpec | null;
  /** At least one of these parameters must be given, else the service answers `error`. */
  readonly requireOneOf: { readonly params: readonly string[]; readonly error: string } | null;
  /** The 200 body's required fields and their types, from the spec; a 2xx body without them is refused. */
  readonly successShape?: ShapeSpec;
}

/** The documentation of an operation: what a mock or a catalogue reads, and a calling program never bundles. */
export interface OperationDocs<ErrorCode extends string = string> {
  /** HTTP methods the service accepts for this action. */
  readonly httpMethods: readonly ("POST" | "GET")[];
  readonly summary: string;
  /** The documented example of the 200 response (what a mock answers for an operation it has no behaviour for). */
  readonly successExample: unknown;
  /** Every documented error code of the operation, with its HTTP status and message. */
  readonly errors: Readonly<Record<ErrorCode, ErrorSpec>>;
}

/** The whole generated entry of an operation (`operations`): the client's part plus its documentation. */
export interface OperationSpec extends ClientOperationSpec, OperationDocs {}

/**
 * The types an operation carries at the type level only (the `~types` property is never set at
 * run time): its input, its output and its documented error codes.
 */
export interface OperationTypes<Input, Output, ErrorCode extends string> {
  readonly input: Input;
  readonly output: Output;
  readonly errorCode: ErrorCode;
}

/**
 * One operation as its generated module exports it (`DescribeHpcClusters`): the run-time spec,
 * typed with the operation's own name, method, input, output, error codes and pagination, so that
 * `send(DescribeHpcClusters, input)` and the mock's behaviours are checked against them.
 */
export interface Operation<
  Name extends string = string,
  Method extends string = string,
  Input = unknown,
  Output = unknown,
  ErrorCode extends string = string,
  Pagination extends PaginationSpec | null = PaginationSpec | null,
  IdempotencyToken extends string | null = string | null,
> extends ClientOperationSpec {
  readonly name: Name;
  readonly method: Method;
  readonly pagination: Pagination;
  readonly idempotencyToken: IdempotencyToken;
  /** Type-level only: never present at run time. */
  readonly "~types"?: OperationTypes<Input, Output, ErrorCode>;
}

/** Any generated operation. */
// biome-ignore lint/suspicious/noExplicitAny: input and output must be bivariant so that every generated operation fits the bound
export type AnyOperation = Operation<string, string, any, any, string, PaginationSpec | null>;
/** A generated operation that paginates. */
// biome-ignore lint/suspicious/noExplicitAny: as for AnyOperation
export type PaginatedOperation = Operation<string, string, any, any, string, PaginationSpec>;

/** What `send(op, input)` takes for an operation (`RegionId` optional: the client fills in its region). */
export type InputOf<Op extends AnyOperation> = NonNullable<Op["~types"]>["input"];
/** What `send(op, input)` resolves to: the body of the operation's 200 response. */
export type OutputOf<Op extends AnyOperation> = NonNullable<Op["~types"]>["output"];
/** The documented error codes of an operation, as a string-literal union. */
export type ErrorCodesOf<Op extends AnyOperation> = NonNullable<Op["~types"]>["errorCode"];

/** How a region maps to its endpoint host. */
export interface EndpointRule {
  /** Host pattern with `{regionId}`. */
  readonly pattern: string;
  readonly overrides: Readonly<Record<string, string>>;
}

export interface EndpointSpec extends EndpointRule {
  /** Regions the service is known to serve. */
  readonly regions: readonly string[];
}
