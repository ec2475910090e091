// The Node entry's createEcsBaseClient: the base client with the Node defaults (../node-options.ts).
import { createEcsBaseClient as createClient, type EcsBaseClient, type EcsClientOptions } from "./client.ts";
import { withNodeDefaults } from "../node-options.ts";

export function createEcsBaseClient(options: EcsClientOptions = {}): EcsBaseClient {
  return createClient(withNodeDefaults(options));
}
