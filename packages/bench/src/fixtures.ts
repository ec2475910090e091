// Inputs shared by the benchmarks: fake credentials, one region, one fixed request.

export const REGION_ID = "cn-hangzhou";

/** Fake credentials for the fixed-JSON server (which verifies nothing). */
export const BENCH_CREDENTIALS = {
  accessKeyId: "LTAI5tBenchAccessKeyId",
  accessKeySecret: "BenchAccessKeySecret0123456789",
} as const;

export const ACTION = "DescribeHpcClusters";
export const API_VERSION = "2014-05-26";
export const HOST = "ecs.cn-hangzhou.aliyuncs.com";
export const FIXED_DATE = "2025-01-02T03:04:05Z";
export const FIXED_NONCE = "3156853299f313e23d1673dc12e1703d";
export const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** The operation parameters of one DescribeHpcClusters request, as wire strings. */
export const DESCRIBE_PARAMS: Readonly<Record<string, string>> = {
  RegionId: REGION_ID,
  PageSize: "50",
  PageNumber: "2",
  HpcClusterIds: JSON.stringify(["hpc-bp1a2b3c4d5e6f7g8h9i", "hpc-bp1j0k1l2m3n4o5p6q7r", "hpc-bp1s8t9u0v1w2x3y4z5a"]),
  ClientToken: "0c593ea1-3bea-11e9-b96b-88e9fe637760",
};

/** The fixed JSON every request to the fixed-JSON server gets. */
export const FIXED_RESPONSE = {
  RequestId: "04F0F334-1335-436C-A1D7-6C044FE73368",
  TotalCount: 2,
  PageNumber: 1,
  PageSize: 10,
  HpcClusters: {
    HpcCluster: [
      { HpcClusterId: "hpc-bp1a2b3c4d5e6f7g8h9i", Name: "bench-a", Description: "first" },
      { HpcClusterId: "hpc-bp1j0k1l2m3n4o5p6q7r", Name: "bench-b", Description: "second" },
    ],
  },
} as const;

/** The headers our client sends on a V3 call without a token (fixed values): for handler-only drivers. */
export const CLIENT_HEADERS: Readonly<Record<string, string>> = {
  accept: "application/json",
  "x-acs-action": ACTION,
  "x-acs-version": API_VERSION,
  "x-acs-date": FIXED_DATE,
  "x-acs-signature-nonce": FIXED_NONCE,
  "x-acs-content-sha256": EMPTY_BODY_SHA256,
  authorization:
    "ACS3-HMAC-SHA256 Credential=LTAI5tBenchAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
};
