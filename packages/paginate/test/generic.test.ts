import { DescribeHpcClusters, type DescribeHpcClustersOperation } from "@ecs-hpc/core/operations/describe-hpc-clusters";
import { CreateHpcCluster } from "@ecs-hpc/core/operations/create-hpc-cluster";
import type { components, OperationOutput, PaginationSpec } from "@ecs-hpc/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { pageStream, type RawPage } from "../src/engine.ts";
import {
  collectItems,
  createPaginators,
  iterateItems,
  paginate,
  paginateDescribeHpcClusters,
  type HpcCluster,
  type ItemOf,
  type Page,
  type PageInput,
} from "../src/index.ts";
import { resolveOptions } from "../src/options.ts";
import { clusters, fakeEcs, ids } from "./fake-ecs.ts";

describe("generic over the table", () => {
  it("paginate, iterateItems and collectItems take any paginated operation (its generated spec)", async () => {
    const fake = fakeEcs({ items: 230 });
    const pages = [];
    for await (const page of paginate(fake.client, DescribeHpcClusters, { RegionId: "cn-hangzhou" }, { pageSize: 100 }))
      pages.push(page.pageNumber);
    expect(pages).toEqual([1, 2, 3]);
    const items = [];
    for await (const item of iterateItems(fake.client, DescribeHpcClusters, {}, { maxItems: 5 }))
      items.push(item.HpcClusterId);
    expect(items).toEqual(ids(clusters(5)));
    expect(ids(await collectItems(fake.client, DescribeHpcClusters, {}))).toEqual(ids(clusters(230)));
  });

  it("createPaginators derives one paginator per paginated operation, keyed by method", async () => {
    const fake = fakeEcs({ items: 120 });
    const paginators = createPaginators(fake.client);
    expect(Object.keys(paginators)).toEqual(["describeHpcClusters"]);
    expect(paginators.describeHpcClusters.operation).toBe(DescribeHpcClusters);
    expect(ids(await paginators.describeHpcClusters.collect({}, { pageSize: 50 }))).toEqual(ids(clusters(120)));
    const seen = [];
    for await (const cluster of paginators.describeHpcClusters.items({}, { maxItems: 3 })) seen.push(cluster.Name);
    expect(seen).toEqual(["cluster-0", "cluster-1", "cluster-2"]);
    const pages = [];
    for await (const page of paginators.describeHpcClusters.pages({}, { pageSize: 100 })) pages.push(page.items.length);
    expect(pages).toEqual([100, 20]);
  });

  it("the engine reads whatever names and nested path a pagination spec gives", async () => {
    // A made-up operation: other parameter names, a deeper list, a smaller page limit.
    const spec: PaginationSpec = {
      style: "PageNumber",
      pageNumber: "PageNo",
      pageSize: "Size",
      totalCount: "Meta.Total",
      items: "Data.Instances.Instance",
      itemId: "InstanceId",
      maxPageSize: 50,
      defaultPageSize: 10,
    };
    const data = Array.from({ length: 123 }, (_, i) => ({ InstanceId: `i-${i}` }));
    const inputs: Record<string, unknown>[] = [];
    const fetchPage = async (input: Record<string, unknown>) => {
      inputs.push(input);
      const from = ((input.PageNo as number) - 1) * (input.Size as number);
      return {
        Meta: { Total: data.length },
        Data: { Instances: { Instance: data.slice(from, from + (input.Size as number)) } },
      };
    };
    const pages: RawPage[] = [];
    for await (const page of pageStream({
      operation: "DescribeInstances",
      spec,
      input: { Status: "Running" },
      fetchPage,
      options: resolveOptions("DescribeInstances", spec, { concurrency: 2 }),
    }))
      pages.push(page);
    expect(pages.map((p) => [p.pageNumber, p.items.length, p.totalCount])).toEqual([
      [1, 50, 123],
      [2, 50, 123],
      [3, 23, 123],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(data);
    expect(inputs[0]).toEqual({ Status: "Running", PageNo: 1, Size: 50 });
    expect(() => resolveOptions("DescribeInstances", spec, { pageSize: 51 })).toThrow(
      "must be an integer from 1 to 50",
    );
  });
});

describe("types", () => {
  it("types items and pages from the response schema", () => {
    expectTypeOf<ItemOf<DescribeHpcClustersOperation>>().toEqualTypeOf<components["schemas"]["HpcCluster"]>();
    expectTypeOf<HpcCluster>().toEqualTypeOf<components["schemas"]["HpcCluster"]>();
    expectTypeOf<Page<DescribeHpcClustersOperation>["response"]>().toEqualTypeOf<
      OperationOutput<"DescribeHpcClusters">
    >();
    expectTypeOf<Page<DescribeHpcClustersOperation>["items"]>().toEqualTypeOf<readonly HpcCluster[]>();
    expectTypeOf<PageInput<DescribeHpcClustersOperation>>().not.toHaveProperty("PageSize");
    expectTypeOf<PageInput<DescribeHpcClustersOperation>>().toHaveProperty("HpcClusterIds");
  });

  it("accepts only paginated operations and no paging parameters in the input", () => {
    const fake = fakeEcs();
    // @ts-expect-error an operation's name is not the operation: pass the generated module's DescribeHpcClusters
    expect(() => paginate(fake.client, "DescribeHpcClusters", {})).toThrow(/not a generated operation/);
    // @ts-expect-error CreateHpcCluster does not paginate
    expect(() => paginate(fake.client, CreateHpcCluster, {})).toThrow(/CreateHpcCluster does not paginate/);
    // @ts-expect-error the paginator owns PageSize
    expect(() => paginateDescribeHpcClusters(fake.client, { PageSize: 10 })).toThrow(/pageSize option/);
    // @ts-expect-error the client lacks the operation's method
    expect(() => paginate({ describeSomethingElse: async () => ({}) }, DescribeHpcClusters, {})).toThrow(TypeError);
  });
});
