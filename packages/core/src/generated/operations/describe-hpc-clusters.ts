// Generated from spec/ecs-hpc.openapi.yaml by @ecs-hpc/codegen. Do not edit: change the spec and run `pnpm generate`.

import type { CallOptions, OperationSender } from "../../call-types.ts";
import type { ResponseMetadata } from "../../pipeline.ts";
import type { Operation, OperationDocs } from "../operation-spec.ts";

/** The input of DescribeHpcClusters: its parameters as typed values (lists as arrays). */
export interface DescribeHpcClustersInput extends Omit<Query, "RegionId"> {
  /** The region; the client's own when left out. */
  RegionId?: string;
}

/** The output of DescribeHpcClusters: the body of its 200 response. */
export interface DescribeHpcClustersOutput extends Body {
  /** Request id, attempts, status, headers (non-enumerable: JSON, spreading and `Object.keys` do not see it). */
  readonly $metadata?: ResponseMetadata;
}

/** The documented error codes of DescribeHpcClusters. */
export type DescribeHpcClustersErrorCode =
  | "InvalidRegionId.NotFound"
  | "MissingParameter.HpcClusterId"
  | "InvalidHpcClusterIds.ExceedLimit"
  | "InvalidHpcClusterIds.Malformed"
  | "Invalid.Parameter"
  | "MissingParameter.RegionId"
  | "Throttling.User"
  | "SignatureDoesNotMatch"
  | "IncompleteSignature"
  | "SignatureNonceUsed"
  | "InvalidTimeStamp.Expired"
  | "IdempotentParameterMismatch"
  | "InvalidSecurityToken.Mismatch"
  | "InvalidAccessKeyId.NotFound"
  | "InvalidAction.NotFound"
  | "InvalidVersion"
  | "InternalError"
  | "ServiceUnavailable";

/** DescribeHpcClusters as a value of the `Operation` type: its name, method, input, output, error codes and pagination. */
export type DescribeHpcClustersOperation = Operation<"DescribeHpcClusters", "describeHpcClusters", DescribeHpcClustersInput, DescribeHpcClustersOutput, DescribeHpcClustersErrorCode, {"style":"PageNumber","pageNumber":"PageNumber","pageSize":"PageSize","totalCount":"TotalCount","items":"HpcClusters.HpcCluster","itemId":"HpcClusterId","maxPageSize":100,"defaultPageSize":10}, "ClientToken">;

/**
 * The run-time spec of DescribeHpcClusters: pass it to `client.send`, `paginate` or the mock.
 *
 * Lists the HPC clusters of a region.
 *
 * Queries available HPC clusters. Every request parameter is a filter; filters combine with
 * a logical AND and are independent of each other. Results are paged with `PageNumber` and
 * `PageSize`; `TotalCount` counts every cluster that matches the filters.
 *
 * Action `DescribeHpcClusters`, API version 2014-05-26.
 * Paginated: see `@ecs-hpc/paginate` for page and item iteration.
 */
export const DescribeHpcClusters: DescribeHpcClustersOperation = {
  "name": "DescribeHpcClusters",
  "method": "describeHpcClusters",
  "action": "DescribeHpcClusters",
  "version": "2014-05-26",
  "path": "/DescribeHpcClusters",
  "operationType": "get",
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
    "HpcClusterIds": {
      "name": "HpcClusterIds",
      "required": false,
      "type": "array",
      "encoding": "json",
      "constraints": {
        "minItems": 1,
        "maxItems": 100
      },
      "errors": {
        "minItems": "MissingParameter.HpcClusterId",
        "maxItems": "InvalidHpcClusterIds.ExceedLimit",
        "malformed": "InvalidHpcClusterIds.Malformed"
      },
      "sdkOnly": false,
      "items": {
        "type": "string",
        "constraints": {
          "minLength": 1,
          "maxLength": 64
        }
      }
    },
    "PageNumber": {
      "name": "PageNumber",
      "required": false,
      "type": "integer",
      "encoding": "plain",
      "constraints": {
        "minimum": 1,
        "maximum": 2147483647
      },
      "errors": {
        "any": "Invalid.Parameter"
      },
      "sdkOnly": false,
      "default": 1
    },
    "PageSize": {
      "name": "PageSize",
      "required": false,
      "type": "integer",
      "encoding": "plain",
      "constraints": {
        "minimum": 1,
        "maximum": 100
      },
      "errors": {
        "any": "Invalid.Parameter"
      },
      "sdkOnly": false,
      "default": 10
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
  "pagination": {
    "style": "PageNumber",
    "pageNumber": "PageNumber",
    "pageSize": "PageSize",
    "totalCount": "TotalCount",
    "items": "HpcClusters.HpcCluster",
    "itemId": "HpcClusterId",
    "maxPageSize": 100,
    "defaultPageSize": 10
  },
  "requireOneOf": null,
  "successShape": {
    "RequestId": "string",
    "PageNumber": "integer",
    "PageSize": "integer",
    "TotalCount": "integer",
    "HpcClusters": {
      "HpcCluster": [
        {
          "HpcClusterId": "string",
          "Name": "string"
        }
      ]
    }
  }
};

/** The documentation of DescribeHpcClusters: accepted HTTP methods, summary, success example, error catalogue. */
export const DescribeHpcClustersDocs: OperationDocs<DescribeHpcClustersErrorCode> = {
  "httpMethods": [
    "POST",
    "GET"
  ],
  "summary": "Lists the HPC clusters of a region.",
  "successExample": {
    "PageNumber": 1,
    "PageSize": 10,
    "TotalCount": 2,
    "RequestId": "382960A6-C535-4705-B6EA-8338466270C4",
    "HpcClusters": {
      "HpcCluster": [
        {
          "HpcClusterId": "hpc-bp1a5zr3u7nq9cx****",
          "Name": "chuatest1",
          "Description": "testDescription1"
        },
        {
          "HpcClusterId": "hpc-l6aam7fivcfd21fu****",
          "Name": "chuatest2",
          "Description": "testDescription2"
        }
      ]
    }
  },
  "errors": {
    "InvalidRegionId.NotFound": {
      "status": 400,
      "message": "The specified parameter \"RegionId\" is not valid.",
      "summary": "The RegionId does not exist, or the region does not offer HPC clusters."
    },
    "MissingParameter.HpcClusterId": {
      "status": 400,
      "message": "The input parameter HpcClusterId that is mandatory for processing this request is not supplied.",
      "summary": "HpcClusterIds was sent but names no cluster."
    },
    "InvalidHpcClusterIds.ExceedLimit": {
      "status": 400,
      "message": "The amount of specified specified hpc cluster ids exceeds the limit.",
      "summary": "HpcClusterIds holds more than 100 IDs."
    },
    "InvalidHpcClusterIds.Malformed": {
      "status": 400,
      "message": "The amount of specified specified hpc cluster ids is invalid.",
      "summary": "HpcClusterIds is not a JSON array of ID strings."
    },
    "Invalid.Parameter": {
      "status": 400,
      "message": "Invalid parameters.",
      "summary": "A parameter is out of range or malformed."
    },
    "MissingParameter.RegionId": {
      "status": 400,
      "message": "The input parameter RegionId that is mandatory for processing this request is not supplied.",
      "summary": "The required RegionId parameter is missing."
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
 * Lists the HPC clusters of a region.
 *
 * Queries available HPC clusters. Every request parameter is a filter; filters combine with
 * a logical AND and are independent of each other. Results are paged with `PageNumber` and
 * `PageSize`; `TotalCount` counts every cluster that matches the filters.
 *
 * Action `DescribeHpcClusters`, API version 2014-05-26.
 * Paginated: see `@ecs-hpc/paginate` for page and item iteration.
 *
 * ```ts
 * const out = await describeHpcClusters(client, {});
 * ```
 */
export function describeHpcClusters(client: OperationSender, input: DescribeHpcClustersInput = {}, options?: CallOptions): Promise<DescribeHpcClustersOutput> {
  return client.send(DescribeHpcClusters, input, options);
}

// openapi-typescript's types of this operation, local to the module: the named types above are its surface.
type Query = NonNullable<operations["DescribeHpcClusters"]["parameters"]["query"]>;
type Body = operations["DescribeHpcClusters"]["responses"][200]["content"]["application/json"];
interface operations {
    DescribeHpcClusters: {
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
                /**
                 * @description The IDs of the HPC clusters to return, at most 100. On the wire this is one string
                 *     holding a JSON array (`["hpc-a","hpc-b"]`), not repeated keys; the client takes a
                 *     `string[]` and encodes it. An empty array names no cluster and is refused with
                 *     `MissingParameter.HpcClusterId`.
                 */
                HpcClusterIds?: components["schemas"]["HpcClusterId"][];
                /** @description The number of the page to return. Pages start at 1. */
                PageNumber?: number;
                /** @description The number of entries on each page, at most 100. */
                PageSize?: number;
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
            /** @description One page of HPC clusters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "PageNumber": 1,
                     *       "PageSize": 10,
                     *       "TotalCount": 2,
                     *       "RequestId": "382960A6-C535-4705-B6EA-8338466270C4",
                     *       "HpcClusters": {
                     *         "HpcCluster": [
                     *           {
                     *             "HpcClusterId": "hpc-bp1a5zr3u7nq9cx****",
                     *             "Name": "chuatest1",
                     *             "Description": "testDescription1"
                     *           },
                     *           {
                     *             "HpcClusterId": "hpc-l6aam7fivcfd21fu****",
                     *             "Name": "chuatest2",
                     *             "Description": "testDescription2"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DescribeHpcClustersResponse"];
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
            404: components["responses"]["NotFound"];
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
        /** @description One HPC cluster. */
        HpcCluster: {
            HpcClusterId: components["schemas"]["HpcClusterId"];
            /**
             * @description The name of the HPC cluster.
             * @example testName
             */
            Name: string;
            /**
             * @description The description of the HPC cluster.
             * @example testDescription
             */
            Description?: string;
        };
        /** @description One page of HPC clusters. */
        DescribeHpcClustersResponse: {
            RequestId: components["schemas"]["RequestId"];
            /**
             * Format: int32
             * @description The number of the returned page.
             * @example 1
             */
            PageNumber: number;
            /**
             * Format: int32
             * @description The number of entries per page.
             * @example 10
             */
            PageSize: number;
            /**
             * Format: int32
             * @description The number of HPC clusters that match the filters, over all pages.
             * @example 2
             */
            TotalCount: number;
            /** @description The clusters of this page (the service wraps lists twice). */
            HpcClusters: {
                HpcCluster: components["schemas"]["HpcCluster"][];
            };
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
        /** @description The access key, action or API version is unknown. */
        NotFound: {
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
