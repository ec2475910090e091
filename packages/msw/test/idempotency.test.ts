import { describe, expect, it } from "vitest";
import { operations } from "@ecs-hpc/core";
import { IDEMPOTENT_PARAMETER_MISMATCH, hpcFault } from "../src/index.ts";
import { useMockService } from "./support/mock-server.ts";
import { call, codeOf, send, v1, v3 } from "./support/wire.ts";

const { store, server, withOptions } = useMockService({ clusters: 12 });

const describeWith = (ClientToken: string, extra: Record<string, string> = {}) =>
  v3({ params: { RegionId: "cn-hangzhou", ClientToken, ...extra } });

describe("ClientToken", () => {
  it("same token, same parameters: the same result under a new RequestId", async () => {
    const first = await call(describeWith("tok-1", { PageSize: "4" }));
    // Change the state between the calls: a replay answers what the first call answered.
    const removed = store.list()[0]?.HpcClusterId as string;
    store.delete(removed);
    const again = await call(v1({ params: { RegionId: "cn-hangzhou", PageSize: "4", ClientToken: "tok-1" } }));
    expect(again.status).toBe(200);
    const { RequestId: firstId, ...firstBody } = first.body;
    const { RequestId: againId, ...againBody } = again.body;
    expect(againBody).toEqual(firstBody);
    expect(againId).not.toBe(firstId);
    // Without the token the current state shows.
    const fresh = await call(v3({ params: { RegionId: "cn-hangzhou", PageSize: "4" } }));
    expect(fresh.body.HpcClusters).not.toEqual(first.body.HpcClusters);
  });

  it("defaults count as parameters: PageSize=10 spelled out is the same call", async () => {
    await call(describeWith("tok-defaults"));
    expect((await call(describeWith("tok-defaults", { PageSize: "10", PageNumber: "1" }))).status).toBe(200);
  });

  it("same token, other parameters: IdempotentParameterMismatch, as the spec documents it", async () => {
    expect((await call(describeWith("tok-2", { PageSize: "4" }))).status).toBe(200);
    const answer = await call(describeWith("tok-2", { PageSize: "5" }));
    const documented = operations.DescribeHpcClusters.errors.IdempotentParameterMismatch;
    expect(answer.status).toBe(documented.status);
    expect(answer.body).toMatchObject({ Code: IDEMPOTENT_PARAMETER_MISMATCH.code, Message: documented.message });
    expect(IDEMPOTENT_PARAMETER_MISMATCH).toEqual({
      code: "IdempotentParameterMismatch",
      status: documented.status,
      message: documented.message,
    });
  });

  it("tokens are case-sensitive", async () => {
    await call(describeWith("Tok-3", { PageSize: "4" }));
    expect((await call(describeWith("tok-3", { PageSize: "5" }))).status).toBe(200);
    expect(store.idempotency.size).toBe(2);
  });

  it("a refused request does not take the token", async () => {
    expect(codeOf(await call(describeWith("tok-4", { PageSize: "0" })))).toBe("Invalid.Parameter");
    expect((await call(describeWith("tok-4", { PageSize: "5" }))).status).toBe(200);
  });

  it("a fault before the behaviour does not take the token", async () => {
    withOptions({ faults: { unavailableRate: 1 } });
    expect(codeOf(await call(describeWith("tok-5", { PageSize: "1" })))).toBe("ServiceUnavailable");
    server.resetHandlers();
    expect((await call(describeWith("tok-5", { PageSize: "2" }))).status).toBe(200);
  });

  it("a response lost after commit: the retry with the same token gets the committed result", async () => {
    withOptions({ faults: { dropAfterCommitRate: 1 } });
    await expect(send(describeWith("tok-6", { PageSize: "3" }))).rejects.toThrow();
    expect(store.idempotency.size).toBe(1);
    server.resetHandlers();
    expect(codeOf(await call(describeWith("tok-6", { PageSize: "4" })))).toBe(IDEMPOTENT_PARAMETER_MISMATCH.code);
    const retry = await call(describeWith("tok-6", { PageSize: "3" }));
    expect(retry.status).toBe(200);
    expect((retry.body.HpcClusters as { HpcCluster: unknown[] }).HpcCluster).toHaveLength(3);
  });

  it("hpcFault('dropAfterCommit') loses one committed response", async () => {
    server.use(hpcFault("DescribeHpcClusters", "dropAfterCommit", { times: 1 }));
    await expect(send(describeWith("tok-7"))).rejects.toThrow();
    expect(store.requestCount("DescribeHpcClusters")).toBe(1);
    expect(store.idempotency.lookup("DescribeHpcClusters", "tok-7", "x").kind).toBe("mismatch");
    expect((await call(describeWith("tok-7"))).status).toBe(200);
  });

  it("store.reset() forgets tokens", async () => {
    await call(describeWith("tok-8", { PageSize: "4" }));
    store.reset();
    expect((await call(describeWith("tok-8", { PageSize: "5" }))).status).toBe(200);
  });
});
