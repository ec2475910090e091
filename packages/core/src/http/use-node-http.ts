// Side effect of the Node entry points (the export map's `node` condition; Bun and Deno have
// their own): clients send with node:http (keep-alive agents), which costs about half the CPU per
// call of fetch.
import { setDefaultHttpHandler } from "./default-handler.ts";
import { nodeHttpHandler } from "./node-handler.ts";

setDefaultHttpHandler(() => nodeHttpHandler());
