// Generated from spec/ecs-hpc.openapi.yaml by @ecs-hpc/codegen. Do not edit: change the spec and run `pnpm generate`.

import type { EndpointSpec, OperationSpec } from "../operation-spec.ts";

/** The ECS API version every operation here belongs to. */
export const apiVersion = "2014-05-26";

/** How a region maps to its endpoint host, and which regions the service serves. */
export const endpoints = {
  "pattern": "ecs.{regionId}.aliyuncs.com",
  "overrides": {
    "cn-hangzhou-finance": "ecs.aliyuncs.com",
    "cn-shenzhen-finance-1": "ecs-cn-hangzhou.aliyuncs.com"
  },
  "regions": [
    "cn-qingdao",
    "cn-beijing",
    "cn-zhangjiakou",
    "cn-zhengzhou-jva",
    "cn-huhehaote",
    "cn-wulanchabu",
    "cn-hangzhou",
    "cn-shanghai",
    "cn-nanjing",
    "cn-fuzhou",
    "cn-shenzhen",
    "cn-heyuan",
    "cn-guangzhou",
    "cn-chengdu",
    "cn-wuhan-lr",
    "cn-hongkong",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-5",
    "ap-southeast-6",
    "ap-southeast-7",
    "us-east-1",
    "us-west-1",
    "us-southeast-1",
    "na-south-1",
    "eu-west-1",
    "eu-central-1",
    "ap-south-1",
    "me-east-1",
    "me-central-1",
    "cn-hangzhou-finance",
    "cn-shanghai-finance-1",
    "cn-shenzhen-finance-1",
    "cn-beijing-finance-1",
    "cn-heyuan-acdr-1"
  ]
} as const satisfies EndpointSpec;

/** Every operation of the spec, keyed by name. */
export const operations = {
  "DescribeHpcClusters": {
    "name": "DescribeHpcClusters",
    "method": "describeHpcClusters",
    "action": "DescribeHpcClusters",
    "version": "2014-05-26",
    "path": "/DescribeHpcClusters",
    "httpMethods": [
      "POST",
      "GET"
    ],
    "operationType": "get",
    "summary": "Lists the HPC clusters of a region.",
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
    "name": "CreateHpcCluster",
    "method": "createHpcCluster",
    "action": "CreateHpcCluster",
    "version": "2014-05-26",
    "path": "/CreateHpcCluster",
    "httpMethods": [
      "POST",
      "GET"
    ],
    "operationType": "create",
    "summary": "Creates an HPC cluster.",
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
    "name": "ModifyHpcClusterAttribute",
    "method": "modifyHpcClusterAttribute",
    "action": "ModifyHpcClusterAttribute",
    "version": "2014-05-26",
    "path": "/ModifyHpcClusterAttribute",
    "httpMethods": [
      "POST",
      "GET"
    ],
    "operationType": "update",
    "summary": "Renames an HPC cluster or changes its description.",
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
          "any": "HpcClusterNotExists"
        },
        "sdkOnly": false
      },
      "Name": {
        "name": "Name",
        "required": false,
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
    "requireOneOf": {
      "params": [
        "Name",
        "Description"
      ],
      "error": "InvalidModifyInfo"
    },
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
    "name": "DeleteHpcCluster",
    "method": "deleteHpcCluster",
    "action": "DeleteHpcCluster",
    "version": "2014-05-26",
    "path": "/DeleteHpcCluster",
    "httpMethods": [
      "POST",
      "GET"
    ],
    "operationType": "delete",
    "summary": "Deletes an HPC cluster.",
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
  }
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
