export { run, buildProgram } from "./program.ts";
export type { CommandContext } from "./context.ts";
export { EXIT } from "./exit-codes.ts";
