// Generated from spec/ecs-hpc.openapi.yaml by @ecs-hpc/codegen. Do not edit: change the spec and run `pnpm generate`.
/* eslint-disable */
export interface paths {
    "/DescribeHpcClusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lists the HPC clusters of a region.
         * @description Queries available HPC clusters. Every request parameter is a filter; filters combine with
         *     a logical AND and are independent of each other. Results are paged with `PageNumber` and
         *     `PageSize`; `TotalCount` counts every cluster that matches the filters.
         */
        post: operations["DescribeHpcClusters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/CreateHpcCluster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates an HPC cluster.
         * @description Creates an HPC cluster in a region and returns its ID. Idempotent with `ClientToken`: the
         *     same token with the same parameters returns the first call's cluster and creates nothing;
         *     the same token with other parameters is refused with `IdempotentParameterMismatch`.
         */
        post: operations["CreateHpcCluster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ModifyHpcClusterAttribute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renames an HPC cluster or changes its description.
         * @description Changes the name, the description, or both, of an HPC cluster. At least one of `Name` and
         *     `Description` must be given (`InvalidModifyInfo` otherwise).
         */
        post: operations["ModifyHpcClusterAttribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/DeleteHpcCluster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deletes an HPC cluster.
         * @description Deletes an HPC cluster that holds no instances (`NotEmpty.HpcCluster` otherwise: release
         *     its instances first).
         */
        post: operations["DeleteHpcCluster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
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
        /** @description The new name of the HPC cluster; the same rules as at creation. */
        OptionalName: components["schemas"]["HpcClusterName"];
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
export type $defs = Record<string, never>;
export interface operations {
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
    ModifyHpcClusterAttribute: {
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
                /** @description The ID of the HPC cluster to change. */
                HpcClusterId: components["schemas"]["HpcClusterId"];
                /** @description The new name of the HPC cluster; the same rules as at creation. */
                Name?: components["parameters"]["OptionalName"];
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
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
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
