// `--mock`: the built-in mock service, in process (msw intercepts this process's requests, node:http and fetch alike), seeded
// so that every run lists the same clusters.
import type { Credentials } from "@ecs-hpc/core";

export interface MockBackend {
  readonly credentials: Credentials;
  close(): void;
}

export async function startMockBackend(options: { clusters: number; seed: number; region: string }): Promise<MockBackend> {
  const [{ setupServer }, mock] = await Promise.all([import("msw/node"), import("@ecs-hpc/msw")]);
  const store = mock.createHpcStore({ clusters: options.clusters, seed: options.seed, region: options.region });
  const server = setupServer(...mock.createHpcHandlers({ store }));
  server.listen({ onUnhandledFrame: "bypass" } as never);
  return { credentials: mock.mockCredentials, close: () => server.close() };
}
