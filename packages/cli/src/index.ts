export { run, buildProgram, type CommandContext } from "./program.ts";
export { EXIT } from "./exit-codes.ts";
