// Generated from spec/ecs-hpc.openapi.yaml by @ecs-hpc/codegen. Do not edit: change the spec and run `pnpm generate`.

import type { CallOptions, OperationSender } from "../../call-types.ts";
import type { ResponseMetadata } from "../../pipeline.ts";
import type { Operation, OperationDocs } from "../operation-spec.ts";

/** The input of CreateHpcCluster: its parameters as typed values (lists as arrays). */
export interface CreateHpcClusterInput extends Omit<Query, "RegionId"> {
  /** The region; the client's own when left out. */
  RegionId?: string;
}

/** The output of CreateHpcCluster: the body of its 200 response. */
export interface CreateHpcClusterOutput extends Body {
  /** Request id, attempts, status, headers (non-enumerable: JSON, spreading and `Object.keys` do not see it). */
  readonly $metadata?: ResponseMetadata;
}

/** The documented error codes of CreateHpcCluster. */
export type CreateHpcClusterErrorCode =
  | "MissingParameter"
  | "InvalidHpcClusterName.Malformed"
  | "InvalidHpcClusterDescription.Malformed"
  | "Invalid.Parameter"
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

/** CreateHpcCluster as a value of the `Operation` type: its name, method, input, output, error codes and pagination. */
export type CreateHpcClusterOperation = Operation<"CreateHpcCluster", "createHpcCluster", CreateHpcClusterInput, CreateHpcClusterOutput, CreateHpcClusterErrorCode, null, "ClientToken">;

/**
 * The run-time spec of CreateHpcCluster: pass it to `client.send`, `paginate` or the mock.
 *
 * Creates an HPC cluster.
 *
 * Creates an HPC cluster in a region and returns its ID. Idempotent with `ClientToken`: the
 * same token with the same parameters returns the first call's cluster and creates nothing;
 * the same token with other parameters is refused with `IdempotentParameterMismatch`.
 *
 * Action `CreateHpcCluster`, API version 2014-05-26.
 */
export const CreateHpcCluster: CreateHpcClusterOperation = {
  "name": "CreateHpcCluster",
  "method": "createHpcCluster",
  "action": "CreateHpcCluster",
  "version": "2014-05-26",
  "path": "/CreateHpcCluster",
  "operationType": "create",
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
        "required": "MissingParameter",
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
    "Name": {
      "name": "Name",
      "required": true,
      "type": "string",
      "encoding": "plain",
      "constraints": {
        "minLength": 2,
        "maxLength": 128,
        "pattern": "^[A-Za-z\\u4e00-\\u9fa5][A-Za-z0-9\\u4e00-\\u9fa5._-]*$"
      },
      "errors": {
        "any": "InvalidHpcClusterName.Malformed"
      },
      "sdkOnly": false
    },
    "Description": {
      "name": "Description",
      "required": false,
      "type": "string",
      "encoding": "plain",
      "constraints": {
        "minLength": 2,
        "maxLength": 256,
        "pattern": "^(?!https?://)"
      },
      "errors": {
        "any": "InvalidHpcClusterDescription.Malformed"
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
    "HpcClusterId": "string",
    "RequestId": "string"
  }
};

/** The documentation of CreateHpcCluster: accepted HTTP methods, summary, success example, error catalogue. */
export const CreateHpcClusterDocs: OperationDocs<CreateHpcClusterErrorCode> = {
  "httpMethods": [
    "POST",
    "GET"
  ],
  "summary": "Creates an HPC cluster.",
  "successExample": {
    "HpcClusterId": "hpc-pnlg1ds9rky4****",
    "RequestId": "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"
  },
  "errors": {
    "MissingParameter": {
      "status": 400,
      "message": "The input parameter RegionId that is mandatory for processing this request is not supplied.",
      "summary": "The required RegionId parameter is missing (Create and Modify name it this way)."
    },
    "InvalidHpcClusterName.Malformed": {
      "status": 400,
      "message": "Specified hpc cluster name is not valid.",
      "summary": "The name breaks the naming rules."
    },
    "InvalidHpcClusterDescription.Malformed": {
      "status": 400,
      "message": "The specified parameter Description is not valid.",
      "summary": "The description breaks the description rules."
    },
    "Invalid.Parameter": {
      "status": 400,
      "message": "Invalid parameters",
      "summary": "A parameter is malformed (ClientToken)."
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
      "message": "Failed to create hpc cluster",
      "summary": "The HPC cluster cannot be created (documented upstream under HTTP 404; see spec/README.md)."
    },
    "ServiceUnavailable": {
      "status": 503,
      "message": "The request has failed due to a temporary failure of the server.",
      "summary": "The request has failed due to a temporary failure of the server."
    }
  }
};

/**
 * Creates an HPC cluster.
 *
 * Creates an HPC cluster in a region and returns its ID. Idempotent with `ClientToken`: the
 * same token with the same parameters returns the first call's cluster and creates nothing;
 * the same token with other parameters is refused with `IdempotentParameterMismatch`.
 *
 * Action `CreateHpcCluster`, API version 2014-05-26.
 *
 * ```ts
 * const out = await createHpcCluster(client, { ... });
 * ```
 */
export function createHpcCluster(client: OperationSender, input: CreateHpcClusterInput, options?: CallOptions): Promise<CreateHpcClusterOutput> {
  return client.send(CreateHpcCluster, input, options);
}

// openapi-typescript's types of this operation, local to the module: the named types above are its surface.
type Query = NonNullable<operations["CreateHpcCluster"]["parameters"]["query"]>;
type Body = operations["CreateHpcCluster"]["responses"][200]["content"]["application/json"];
interface operations {
    CreateHpcCluster: {
        parameters: {
            query: {
                /**
                 * @description The region ID, for example `cn-hangzhou`. For Create and Modify, Alibaba documents the
                 *     plain `MissingParameter` code when it is absent (Describe and Delete use
                 *     `MissingParameter.RegionId`); this parameter carries that difference.
                 */
                RegionId: components["parameters"]["RegionIdMissingParameter"];
                /**
                 * @description Makes the request idempotent: a value generated by the client, unique per logical request,
                 *     at most 64 printable ASCII characters, case-sensitive. The client fills one in when none
                 *     is given and reuses it on every retry.
                 */
                ClientToken?: components["parameters"]["ClientToken"];
                /**
                 * @description The name of the HPC cluster: 2 to 128 characters, starting with a letter or a Chinese
                 *     character, then letters, Chinese characters, digits, periods (.), underscores (_) and
                 *     hyphens (-). (So it cannot start with `http://` or `https://`.)
                 */
                Name: components["parameters"]["Name"];
                /**
                 * @description The description of the HPC cluster: 2 to 256 characters, not starting with `http://` or
                 *     `https://`. Empty by default.
                 */
                Description?: components["parameters"]["Description"];
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
            /** @description The cluster was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "HpcClusterId": "hpc-pnlg1ds9rky4****",
                     *       "RequestId": "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"
                     *     }
                     */
                    "application/json": components["schemas"]["CreateHpcClusterResponse"];
                };
            };
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
            /** @description The cluster could not be created; retrying with the same ClientToken is safe. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
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
        /**
         * @description The name of an HPC cluster.
         * @example hpc-Cluster-01
         */
        HpcClusterName: string;
        /**
         * @description The description of an HPC cluster.
         * @example testHPCDescription
         */
        HpcClusterDescription: string;
        /** @description The ID of the new cluster. */
        CreateHpcClusterResponse: {
            HpcClusterId: components["schemas"]["HpcClusterId"];
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
        /** @description The ClientToken was used with other parameters, or the STS token does not match. */
        Forbidden: {
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
        /**
         * @description The region ID, for example `cn-hangzhou`. For Create and Modify, Alibaba documents the
         *     plain `MissingParameter` code when it is absent (Describe and Delete use
         *     `MissingParameter.RegionId`); this parameter carries that difference.
         */
        RegionIdMissingParameter: string;
        /**
         * @description The name of the HPC cluster: 2 to 128 characters, starting with a letter or a Chinese
         *     character, then letters, Chinese characters, digits, periods (.), underscores (_) and
         *     hyphens (-). (So it cannot start with `http://` or `https://`.)
         */
        Name: components["schemas"]["HpcClusterName"];
        /**
         * @description The description of the HPC cluster: 2 to 256 characters, not starting with `http://` or
         *     `https://`. Empty by default.
         */
        Description: components["schemas"]["HpcClusterDescription"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
