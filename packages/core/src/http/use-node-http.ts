// Side effect of the Node entry point: on Node itself, clients send with node:http (keep-alive
// agents), which costs about half the CPU per call of fetch; Bun and Deno keep their native fetch.
import { setDefaultHttpHandler } from "./default-handler.ts";
import { isNodeRuntime, nodeHttpHandler } from "./node-handler.ts";

if (isNodeRuntime()) setDefaultHttpHandler(() => nodeHttpHandler());
