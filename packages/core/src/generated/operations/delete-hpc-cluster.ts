// Generated from spec/ecs-hpc.openapi.yaml by @ecs-hpc/codegen. Do not edit: change the spec and run `pnpm generate`.

import type { CallOptions, OperationSender } from "../../call-types.ts";
import type { ResponseMetadata } from "../../pipeline.ts";
import type { Operation, OperationDocs } from "../operation-spec.ts";

/** The input of DeleteHpcCluster: its parameters as typed values (lists as arrays). */
export interface DeleteHpcClusterInput extends Omit<Query, "RegionId"> {
  /** The region; the client's own when left out. */
  RegionId?: string;
}

/** The output of DeleteHpcCluster: the body of its 200 response. */
export interface DeleteHpcClusterOutput extends Body {
  /** Request id, attempts, status, headers (non-enumerable: JSON, spreading and `Object.keys` do not see it). */
  readonly $metadata?: ResponseMetadata;
}

/** The documented error codes of DeleteHpcCluster. */
export type DeleteHpcClusterErrorCode =
  | "MissingParameter.RegionId"
  | "MissingParameter.HpcClusterId"
  | "Invalid.Parameter"
  | "NotExists.HpcCluster"
  | "NotEmpty.HpcCluster"
  | "Throttling.User"
  | "SignatureDoesNotMatch"
  | "IncompleteSignature"
  | "SignatureNonceUsed"
  | "InvalidTimeStamp.Expired"
  | "IdempotentParameterMismatch"
  | "InvalidSecurityToken.Mismatch"
  | "InvalidRegionId.NotFound"
  | "InvalidAccessKeyId.NotFound"
  | "InvalidAction.NotFound"
  | "InvalidVersion"
  | "InternalError"
  | "ServiceUnavailable";

/** DeleteHpcCluster as a value of the `Operation` type: its name, method, input, output, error codes and pagination. */
export type DeleteHpcClusterOperation = Operation<"DeleteHpcCluster", "deleteHpcCluster", DeleteHpcClusterInput, DeleteHpcClusterOutput, DeleteHpcClusterErrorCode, null, "ClientToken">;

/**
 * The run-time spec of DeleteHpcCluster: pass it to `client.send`, `paginate` or the mock.
 *
 * Deletes an HPC cluster.
 *
 * Deletes an HPC cluster that holds no instances (`NotEmpty.HpcCluster` otherwise: release
 * its instances first).
 *
 * Action `DeleteHpcCluster`, API version 2014-05-26.
 */
export const DeleteHpcCluster: DeleteHpcClusterOperation = {
  "name": "DeleteHpcCluster",
  "method": "deleteHpcCluster",
  "action": "DeleteHpcCluster",
  "version": "2014-05-26",
  "path": "/DeleteHpcCluster",
  "operationType": "delete",
  "params": {
    "RegionId": {
      "name": "RegionId",
      "required": true,
      "type": "string",
      "encoding": "plain",
      "constraints": {
        "minLength": 1,
        "maxLength": 64,
        "pattern": "^[a-z0-9][a-z0-9-]*$"
      },
      "errors": {
        "required": "MissingParameter.RegionId",
        "any": "InvalidRegionId.NotFound"
      },
      "sdkOnly": false
    },
    "ClientToken": {
      "name": "ClientToken",
      "required": false,
      "type": "string",
      "encoding": "plain",
      "constraints": {
        "minLength": 1,
        "maxLength": 64,
        "pattern": "^[\\x20-\\x7E]+$"
      },
      "errors": {
        "any": "Invalid.Parameter"
      },
      "sdkOnly": false
    },
    "HpcClusterId": {
      "name": "HpcClusterId",
      "required": true,
      "type": "string",
      "encoding": "plain",
      "constraints": {
        "minLength": 1,
        "maxLength": 64
      },
      "errors": {
        "required": "MissingParameter.HpcClusterId",
        "any": "NotExists.HpcCluster"
      },
      "sdkOnly": false
    },
    "OwnerId": {
      "name": "OwnerId",
      "required": false,
      "type": "integer",
      "encoding": "plain",
      "constraints": {
        "minimum": 0
      },
      "errors": {},
      "sdkOnly": true
    },
    "OwnerAccount": {
      "name": "OwnerAccount",
      "required": false,
      "type": "string",
      "encoding": "plain",
      "constraints": {
        "maxLength": 256
      },
      "errors": {},
      "sdkOnly": true
    },
    "ResourceOwnerId": {
      "name": "ResourceOwnerId",
      "required": false,
      "type": "integer",
      "encoding": "plain",
      "constraints": {
        "minimum": 0
      },
      "errors": {},
      "sdkOnly": true
    },
    "ResourceOwnerAccount": {
      "name": "ResourceOwnerAccount",
      "required": false,
      "type": "string",
      "encoding": "plain",
      "constraints": {
        "maxLength": 256
      },
      "errors": {},
      "sdkOnly": true
    }
  },
  "idempotencyToken": "ClientToken",
  "pagination": null,
  "requireOneOf": null,
  "successShape": {
    "RequestId": "string"
  }
};

/** The documentation of DeleteHpcCluster: accepted HTTP methods, summary, success example, error catalogue. */
export const DeleteHpcClusterDocs: OperationDocs<DeleteHpcClusterErrorCode> = {
  "httpMethods": [
    "POST",
    "GET"
  ],
  "summary": "Deletes an HPC cluster.",
  "successExample": {
    "RequestId": "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"
  },
  "errors": {
    "MissingParameter.RegionId": {
      "status": 400,
      "message": "The input parameter RegionId that is mandatory for processing this request is not supplied.",
      "summary": "The required RegionId parameter is missing."
    },
    "MissingParameter.HpcClusterId": {
      "status": 400,
      "message": "The input parameter HpcClusterId that is mandatory for processing this request is not supplied.",
      "summary": "The required HpcClusterId parameter is missing."
    },
    "Invalid.Parameter": {
      "status": 400,
      "message": "Invalid parameters.",
      "summary": "A parameter is out of range or malformed."
    },
    "NotExists.HpcCluster": {
      "status": 400,
      "message": "The specified hpc cluster does not exist.",
      "summary": "No HPC cluster has this ID in the region."
    },
    "NotEmpty.HpcCluster": {
      "status": 400,
      "message": "The specified hpc cluster is not empty, still contains instances.",
      "summary": "The cluster still contains instances; release them and try again."
    },
    "Throttling.User": {
      "status": 400,
      "message": "Request was denied due to user flow control.",
      "summary": "Too many requests from this user; retry after a delay."
    },
    "SignatureDoesNotMatch": {
      "status": 400,
      "message": "Specified signature is not matched with our calculation.",
      "summary": "The signature does not match the request (wrong secret or tampered request)."
    },
    "IncompleteSignature": {
      "status": 400,
      "message": "The request signature does not conform to Aliyun standards.",
      "summary": "A part of the signature is missing or malformed."
    },
    "SignatureNonceUsed": {
      "status": 400,
      "message": "Specified signature nonce was used already.",
      "summary": "The signature nonce was already used within 15 minutes."
    },
    "InvalidTimeStamp.Expired": {
      "status": 400,
      "message": "Specified time stamp or date value is expired.",
      "summary": "The request date is more than 15 minutes off."
    },
    "IdempotentParameterMismatch": {
      "status": 403,
      "message": "The specified parameter has changed while using an already used clientToken.",
      "summary": "The ClientToken was used before with other parameters."
    },
    "InvalidSecurityToken.Mismatch": {
      "status": 403,
      "message": "Specified SecurityToken mismatch with the AccessKey.",
      "summary": "The STS security token does not belong to the access key."
    },
    "InvalidRegionId.NotFound": {
      "status": 404,
      "message": "The specified parameter \"RegionId\" is not valid.",
      "summary": "The RegionId does not exist, or the region does not offer HPC clusters."
    },
    "InvalidAccessKeyId.NotFound": {
      "status": 404,
      "message": "Specified access key is not found.",
      "summary": "The access key ID does not exist."
    },
    "InvalidAction.NotFound": {
      "status": 404,
      "message": "Specified api is not found, please check your url and method.",
      "summary": "The action does not exist in this API version."
    },
    "InvalidVersion": {
      "status": 404,
      "message": "Specified parameter Version is not valid.",
      "summary": "The API version is not supported."
    },
    "InternalError": {
      "status": 500,
      "message": "The request processing has failed due to some unknown error.",
      "summary": "The request processing has failed due to some unknown error."
    },
    "ServiceUnavailable": {
      "status": 503,
      "message": "The request has failed due to a temporary failure of the server.",
      "summary": "The request has failed due to a temporary failure of the server."
    }
  }
};

/**
 * Deletes an HPC cluster.
 *
 * Deletes an HPC cluster that holds no instances (`NotEmpty.HpcCluster` otherwise: release
 * its instances first).
 *
 * Action `DeleteHpcCluster`, API version 2014-05-26.
 *
 * ```ts
 * const out = await deleteHpcCluster(client, { ... });
 * ```
 */
export function deleteHpcCluster(client: OperationSender, input: DeleteHpcClusterInput, options?: CallOptions): Promise<DeleteHpcClusterOutput> {
  return client.send(DeleteHpcCluster, input, options);
}

// openapi-typescript's types of this operation, local to the module: the named types above are its surface.
type Query = NonNullable<operations["DeleteHpcCluster"]["parameters"]["query"]>;
type Body = operations["DeleteHpcCluster"]["responses"][200]["content"]["application/json"];
interface operations {
    DeleteHpcCluster: {
        parameters: {
            query: {
                /**
                 * @description The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list. The
                 *     parameter is listed twice in Alibaba's metadata; it is one parameter here.
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description Makes the request idempotent: a value generated by the client, unique per logical request,
                 *     at most 64 printable ASCII characters, case-sensitive. The client fills one in when none
                 *     is given and reuses it on every retry.
                 */
                ClientToken?: components["parameters"]["ClientToken"];
                /** @description The ID of the HPC cluster to delete. */
                HpcClusterId: components["schemas"]["HpcClusterId"];
                /** @description Sent by the official SDK; absent from Alibaba's published metadata. Accepted and ignored. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Sent by the official SDK; absent from Alibaba's published metadata. Accepted and ignored. */
                OwnerAccount?: components["parameters"]["OwnerAccount"];
                /** @description Sent by the official SDK; absent from Alibaba's published metadata. Accepted and ignored. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description Sent by the official SDK; absent from Alibaba's published metadata. Accepted and ignored. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RequestIdOnly"];
            /** @description The request was refused; `Code` says why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: components["responses"]["Forbidden"];
            /** @description The region or the access key does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
interface components {
    schemas: {
        /**
         * @description The ID of an HPC cluster.
         * @example hpc-bp1a5zr3u7nq9cx****
         */
        HpcClusterId: string;
        /** @description The answer of an operation that returns nothing but its request ID. */
        RequestIdResponse: {
            RequestId: components["schemas"]["RequestId"];
        };
        /**
         * @description The ID of the request; quote it to Alibaba Cloud support.
         * @example 473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E
         */
        RequestId: string;
        /** @description The error body of every ECS operation. */
        Error: {
            /** @description The error code, for example `InvalidRegionId.NotFound`. */
            Code: string;
            /** @description A human-readable message. */
            Message: string;
            RequestId: components["schemas"]["RequestId"];
            /** @description The endpoint that answered. */
            HostId?: string;
            /** @description A link to Alibaba's diagnosis page for this request. */
            Recommend?: string;
        };
    };
    responses: {
        /** @description Done. */
        RequestIdOnly: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "RequestId": "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"
                 *     }
                 */
                "application/json": components["schemas"]["RequestIdResponse"];
            };
        };
        /** @description The ClientToken was used with other parameters, or the STS token does not match. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The service failed; retrying may succeed. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The service is temporarily unavailable; retry later. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description The region ID, for example `cn-hangzhou`. Call DescribeRegions for the current list. The
         *     parameter is listed twice in Alibaba's metadata; it is one parameter here.
         */
        RegionId: string;
        /**
         * @description Makes the request idempotent: a value generated by the client, unique per logical request,
         *     at most 64 printable ASCII characters, case-sensitive. The client fills one in when none
         *     is given and reuses it on every retry.
         */
        ClientToken: string;
        /** @description Sent by the official SDK; absent from Alibaba's published metadata. Accepted and ignored. */
        OwnerId: number;
        /** @description Sent by the official SDK; absent from Alibaba's published metadata. Accepted and ignored. */
        OwnerAccount: string;
        /** @description Sent by the official SDK; absent from Alibaba's published metadata. Accepted and ignored. */
        ResourceOwnerId: number;
        /** @description Sent by the official SDK; absent from Alibaba's published metadata. Accepted and ignored. */
        ResourceOwnerAccount: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
