// Generated from spec/ecs-hpc.openapi.yaml by @ecs-hpc/codegen. Do not edit: change the spec and run `pnpm generate`.

import type { ClientOperationSpec, EndpointSpec } from "../operation-spec.ts";

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

/** What the client reads of each operation at run time: parameters and their rules, idempotency, pagination. The documentation (error catalogue, examples) is in `operations`. */
export const clientOperations = {
  "DescribeHpcClusters": {
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
  },
  "CreateHpcCluster": {
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
  },
  "ModifyHpcClusterAttribute": {
    "name": "ModifyHpcClusterAttribute",
    "method": "modifyHpcClusterAttribute",
    "action": "ModifyHpcClusterAttribute",
    "version": "2014-05-26",
    "path": "/ModifyHpcClusterAttribute",
    "operationType": "update",
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
    "successShape": {
      "RequestId": "string"
    }
  },
  "DeleteHpcCluster": {
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
  }
} as const satisfies Record<string, ClientOperationSpec>;
