import { operations, type OperationName } from "@ecs-hpc/core";
import { describe, expect, it } from "vitest";
import { getResponse } from "msw";
import { createHpcHandlers } from "../src/index.ts";
import { useMockService } from "./support/mock-server.ts";
import { scenariosByOperation } from "./support/scenarios.ts";
import { call, v1, v3 } from "./support/wire.ts";

const { store, withOptions } = useMockService();
const names = Object.keys(scenariosByOperation) as OperationName[];

describe.each(names)("%s answers", (name) => {
  const op = operations[name];
  const errors: Readonly<Record<string, { readonly status: number; readonly message: string }>> = op.errors;
  const scenarios = scenariosByOperation[name];

  it.each(scenarios.map((s) => [s.name, s] as const))("%s", async (_name, scenario) => {
    if (scenario.handlers) withOptions(scenario.handlers);
    const answer = await scenario.run({ store });
    if (scenario.code === null) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.Code).toBeUndefined();
      return;
    }
    const documented = errors[scenario.code];
    expect(documented, `${scenario.code} is documented for ${name}`).toBeDefined();
    expect(answer.body.Code, answer.headers.get("x-ecs-hpc-mock-reason") ?? "").toBe(scenario.code);
    expect(answer.status).toBe(documented?.status);
    expect(answer.body.Message).toBe(documented?.message);
  });

  it("produces every documented error code of the operation", () => {
    const produced = new Set(scenarios.map((s) => s.code).filter((c) => c !== null));
    for (const code of Object.keys(op.errors)) expect(produced, `no scenario produces ${code}`).toContain(code);
    for (const code of produced)
      expect(Object.keys(op.errors), `${code} is not documented for ${name}`).toContain(code);
  });
});

it("covers every operation of the table", () => {
  expect(names.sort()).toEqual(Object.keys(operations).sort());
});

describe("error bodies", () => {
  it("carry RequestId (upper-case UUID), HostId, Code, Message and Recommend", async () => {
    const answer = await call(v3({ params: { RegionId: "cn-atlantis-1" } }));
    const requestId = answer.body.RequestId as string;
    expect(requestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(answer.headers.get("x-acs-request-id")).toBe(requestId);
    expect(answer.body).toEqual({
      RequestId: requestId,
      HostId: "ecs.cn-hangzhou.aliyuncs.com",
      Code: "InvalidRegionId.NotFound",
      Message: 'The specified parameter "RegionId" is not valid.',
      Recommend: `https://api.aliyun.com/troubleshoot?q=InvalidRegionId.NotFound&product=Ecs&requestId=${requestId}`,
    });
  });

  it("use the host the request was sent to", async () => {
    const answer = await call(v3({ endpoint: "https://ecs.ap-southeast-1.aliyuncs.com/", params: {} }));
    expect(answer.body.HostId).toBe("ecs.ap-southeast-1.aliyuncs.com");
  });

  it("are XML for V1 without Format, as the service's historic default", async () => {
    const response = await fetch(v1({ format: null, params: { RegionId: "nowhere-1" } }).url);
    expect(response.status).toBe(operations.DescribeHpcClusters.errors["InvalidRegionId.NotFound"].status);
    expect(response.headers.get("content-type")).toMatch(/xml/);
    const text = await response.text();
    expect(text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<Error><RequestId>[0-9A-F-]{36}<\/RequestId><HostId>ecs.cn-hangzhou.aliyuncs.com<\/HostId><Code>InvalidRegionId.NotFound<\/Code>/,
    );
    expect(text).toContain("&amp;product=Ecs");
  });

  it("report the first broken rule in parameter order", async () => {
    const answer = await call(v3({ params: { RegionId: "cn-hangzhou", HpcClusterIds: "[]", PageSize: "0" } }));
    expect(answer.body.Code).toBe("MissingParameter.HpcClusterId");
  });
});

describe("routing", () => {
  it("refuses methods the operation does not accept", async () => {
    const answer = await call({ ...v3(), method: "PUT" });
    expect(answer.status).toBe(operations.DescribeHpcClusters.errors["InvalidAction.NotFound"].status);
    expect(answer.body.Code).toBe("InvalidAction.NotFound");
  });

  it("does not answer paths other than / (other handlers or msw's unhandled policy decide)", async () => {
    const wire = v3();
    const handlers = createHpcHandlers();
    expect(
      await getResponse(
        handlers,
        new Request(new URL("/DescribeHpcClusters", wire.url), { method: "POST", headers: wire.headers }),
      ),
    ).toBeUndefined();
    expect(
      await getResponse(handlers, new Request(wire.url, { method: "POST", headers: wire.headers })),
    ).toBeInstanceOf(Response);
  });

  it('answers the spec\'s endpoints by default, any host with endpoint "*", the configured one with baseUrl or endpoint', async () => {
    const request = (url: string) =>
      new Request(url, { method: "POST", headers: { "x-acs-action": "DescribeHpcClusters" } });
    const byDefault = createHpcHandlers();
    // A client pointed at a wrong endpoint gets no mock data: msw's unhandled-request policy decides.
    expect(await getResponse(byDefault, request("http://10.0.0.1:9999/"))).toBeUndefined();
    expect(await getResponse(byDefault, request("https://ecs.cn-hangzhou.aliyuncs.com.evil.example/"))).toBeUndefined();
    expect(await getResponse(byDefault, request("https://ecs.cn-hangzhou.aliyuncs.com:8443/"))).toBeUndefined();
    expect(await getResponse(byDefault, request("https://ecs.cn-nowhere-9.aliyuncs.com/"))).toBeUndefined();
    for (const url of [
      "https://ecs.cn-hangzhou.aliyuncs.com/",
      "http://ecs.eu-central-1.aliyuncs.com/",
      "https://ecs.aliyuncs.com/",
      "https://ecs-cn-hangzhou.aliyuncs.com/",
    ])
      expect(await getResponse(byDefault, request(url)), url).toBeDefined();
    expect(await getResponse(createHpcHandlers({ endpoint: "*" }), request("http://10.0.0.1:9999/"))).toBeDefined();
    const byBase = createHpcHandlers({ baseUrl: "http://127.0.0.1:8080" });
    expect(await getResponse(byBase, request("http://127.0.0.1:8080/"))).toBeDefined();
    expect(await getResponse(byBase, request("https://127.0.0.1:8080/"))).toBeUndefined();
    expect(await getResponse(byBase, request("http://127.0.0.1:8081/"))).toBeUndefined();
    const byEndpoint = createHpcHandlers({ endpoint: "ecs.cn-shanghai.aliyuncs.com" });
    expect(await getResponse(byEndpoint, request("https://ecs.cn-shanghai.aliyuncs.com/"))).toBeDefined();
    expect(await getResponse(byEndpoint, request("http://ecs.cn-shanghai.aliyuncs.com/"))).toBeDefined();
    expect(await getResponse(byEndpoint, request("https://ecs.cn-hangzhou.aliyuncs.com/"))).toBeUndefined();
  });

  it("answers a request without any action with InvalidVersion, then InvalidAction.NotFound", async () => {
    const noVersion = await call({
      url: new URL("https://ecs.cn-hangzhou.aliyuncs.com/?Format=JSON"),
      method: "GET",
      headers: {},
      body: "",
    });
    expect(noVersion.body.Code).toBe("InvalidVersion");
    const noAction = await call({
      url: new URL("https://ecs.cn-hangzhou.aliyuncs.com/?Format=JSON&Version=2014-05-26"),
      method: "GET",
      headers: {},
      body: "",
    });
    expect(noAction.body.Code).toBe("InvalidAction.NotFound");
  });
});
