// One transport's half of the `in-process` benchmark, in a process of its own:
// `node --expose-gc src/programs/in-process-child.ts <default|fetch>` prints its samples as one
// JSON line for in-process.ts.
import { printTransportSamples } from "../in-process.ts";

await printTransportSamples(process.argv[2] ?? "");
