// Generated from spec/ecs-hpc.openapi.yaml by @ecs-hpc/codegen. Do not edit: change the spec and run `pnpm generate`.

import type { OperationSpec } from "../operation-spec.ts";
import { clientOperations } from "./client-operations.ts";

export { apiVersion, clientOperations, endpoints } from "./client-operations.ts";

/** Every operation of the spec, keyed by name: the client's part plus its documentation (accepted HTTP methods, summary, success example, error catalogue). */
export const operations = {
  "DescribeHpcClusters": {
    ...clientOperations["DescribeHpcClusters"],
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
  },
  "CreateHpcCluster": {
    ...clientOperations["CreateHpcCluster"],
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
  },
  "ModifyHpcClusterAttribute": {
    ...clientOperations["ModifyHpcClusterAttribute"],
    "httpMethods": [
      "POST",
      "GET"
    ],
    "summary": "Renames an HPC cluster or changes its description.",
    "successExample": {
      "RequestId": "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"
    },
    "errors": {
      "MissingParameter": {
        "status": 400,
        "message": "The input parameter RegionId that is mandatory for processing this request is not supplied.",
        "summary": "The required RegionId parameter is missing (Create and Modify name it this way)."
      },
      "MissingParameter.HpcClusterId": {
        "status": 400,
        "message": "The input parameter HpcClusterId that is mandatory for processing this request is not supplied.",
        "summary": "The required HpcClusterId parameter is missing."
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
      "InvalidRegionId.NotFound": {
        "status": 400,
        "message": "The specified parameter \"RegionId\" is not valid.",
        "summary": "The RegionId does not exist, or the region does not offer HPC clusters."
      },
      "InvalidModifyInfo": {
        "status": 400,
        "message": "Modify info is invalid, name/description must not null at the same time.",
        "summary": "Neither Name nor Description was given."
      },
      "HPC_CLUSTER_MODIFY_FAILED": {
        "status": 400,
        "message": "Modify failed, possibly this hpc cluster does not exist.",
        "summary": "The cluster exists, but not in the request's region."
      },
      "HpcClusterNotExists": {
        "status": 400,
        "message": "The specified hpc cluster does not exist.",
        "summary": "No HPC cluster has this ID."
      },
      "Invalid.Parameter": {
        "status": 400,
        "message": "Invalid parameters.",
        "summary": "A parameter is out of range or malformed."
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
  },
  "DeleteHpcCluster": {
    ...clientOperations["DeleteHpcCluster"],
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
  },
} as const satisfies Record<string, OperationSpec>;

export type Operations = typeof operations;
/** The name (action) of an operation: `DescribeHpcClusters`, `CreateHpcCluster`, `ModifyHpcClusterAttribute`, `DeleteHpcCluster`. */
export type OperationName = keyof Operations;
/** The documented error codes of an operation, as a string-literal union. */
export type ErrorCodeOf<Op extends OperationName> = keyof Operations[Op]["errors"] & string;
/** The operations that paginate. */
export type PaginatedOperationName = { [K in OperationName]: Operations[K]["pagination"] extends null ? never : K }[OperationName];

/** The documented error codes of DescribeHpcClusters. */
export type DescribeHpcClustersErrorCode = ErrorCodeOf<"DescribeHpcClusters">;
/** The documented error codes of CreateHpcCluster. */
export type CreateHpcClusterErrorCode = ErrorCodeOf<"CreateHpcCluster">;
/** The documented error codes of ModifyHpcClusterAttribute. */
export type ModifyHpcClusterAttributeErrorCode = ErrorCodeOf<"ModifyHpcClusterAttribute">;
/** The documented error codes of DeleteHpcCluster. */
export type DeleteHpcClusterErrorCode = ErrorCodeOf<"DeleteHpcCluster">;
