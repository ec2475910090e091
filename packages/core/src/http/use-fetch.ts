// Side effect of the Bun, Deno and universal entry points: clients send with the global fetch.
import { setDefaultHttpHandler } from "./default-handler.ts";
import { fetchHandler } from "./fetch-handler.ts";

setDefaultHttpHandler(() => fetchHandler());
