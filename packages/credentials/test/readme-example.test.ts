// The README's example, as written there (imports through the package names).
import { expect, it } from "vitest";
import { createEcsClient } from "@ecs-hpc/core";
import { fromRamRoleArn } from "@ecs-hpc/credentials";
import { createCredentialIssuer, createStsHandlers, mockCredentials } from "@ecs-hpc/msw";
import { startMockServer } from "@ecs-hpc/msw/server";

it("the README example runs offline", async () => {
  const issuer = createCredentialIssuer();
  const mock = await startMockServer({ credentials: issuer.accepted, handlers: createStsHandlers({ issuer }) });
  try {
    const credentials = fromRamRoleArn({
      source: mockCredentials,
      roleArn: "acs:ram::1234567890123456:role/hpc-operator",
      stsEndpoint: mock.url,
    });
    const ecs = createEcsClient({ endpoint: mock.url, regionId: "cn-hangzhou", credentials });
    const page = await ecs.describeHpcClusters({ PageSize: 10 });
    expect(page.TotalCount).toBe(20);
    expect(String(await credentials())).toMatch(
      /^Credentials \{ accessKeyId: "STS\.[^"]+", accessKeySecret: \*\*\*, securityToken: \*\*\*, expiration: /,
    );
  } finally {
    await mock.close();
  }
});
