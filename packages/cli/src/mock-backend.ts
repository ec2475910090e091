// `--mock`: the built-in mock service, in process (msw intercepts this process's requests, node:http and fetch alike), seeded
// so that every run lists the same clusters.
import { endpoints, type Credentials } from "@ecs-hpc/core";

export interface MockBackend {
  readonly credentials: Credentials;
  close(): void;
}

const DEFAULT_REGION = "cn-hangzhou";

export async function startMockBackend(options: {
  clusters: number;
  seed: number;
  region: string;
}): Promise<MockBackend> {
  const [{ setupServer }, mock] = await Promise.all([import("msw/node"), import("@ecs-hpc/msw")]);
  // The store holds clusters only in regions the service serves. For any other region the mock
  // answers what the service would (InvalidRegionId.NotFound), so the data goes to the default one.
  const region = (endpoints.regions as readonly string[]).includes(options.region) ? options.region : DEFAULT_REGION;
  const store = mock.createHpcStore({ clusters: options.clusters, seed: options.seed, region });
  // `--mock` replaces the service outright: every host this process calls is the mock's, so a
  // region without a spec endpoint (`ecs.cn-nowhere...`) gets the service's answer, not DNS's.
  const server = setupServer(...mock.createHpcHandlers({ store, endpoint: "*" }));
  server.listen({ onUnhandledFrame: "bypass" });
  return { credentials: mock.mockCredentials, close: () => server.close() };
}
