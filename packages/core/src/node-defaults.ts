// The Node entry's createEcsClient: the convenience client with the Node defaults (node-options.ts).
import { createEcsClient as createClient, type EcsClient, type EcsClientOptions } from "./client.ts";
import { withNodeDefaults } from "./node-options.ts";

export function createEcsClient(options: EcsClientOptions = {}): EcsClient {
  return createClient(withNodeDefaults(options));
}
