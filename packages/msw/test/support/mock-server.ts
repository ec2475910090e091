// One msw server per test file, over the package's source, with a store reset after each test.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { createHpcHandlers, createHpcStore, type HpcHandlersOptions, type HpcStoreOptions } from "../../src/index.ts";

export function useMockService(
  storeOptions: HpcStoreOptions = { clusters: 25 },
  handlerOptions: Omit<HpcHandlersOptions, "store"> = {},
) {
  const store = createHpcStore(storeOptions);
  const server = setupServer(...createHpcHandlers({ ...handlerOptions, store }));
  beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
  afterEach(() => {
    server.resetHandlers();
    store.reset();
  });
  afterAll(() => server.close());
  /** Puts handlers with other options (same store) in front for the current test. */
  const withOptions = (options: Omit<HpcHandlersOptions, "store">) =>
    server.use(...createHpcHandlers({ ...options, store }));
  return { store, server, withOptions };
}
