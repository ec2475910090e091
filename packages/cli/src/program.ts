// The `hpc-clusters` program: commander for parsing and help, one module per command.
import { Command, CommanderError } from "commander";
import { listCommand } from "./commands/list.ts";
import { mutateCommands } from "./commands/mutate.ts";
import { EXIT } from "./exit-codes.ts";
import { reportError, UsageError } from "./report-error.ts";

export interface CommandContext {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream | NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
  readonly signal: AbortSignal;
}

export const VERSION = "0.1.0";

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command("hpc-clusters")
    .description("List and manage Alibaba Cloud ECS HPC clusters.\nCredentials: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN).")
    .version(VERSION)
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: (s) => void ctx.stdout.write(s), writeErr: (s) => void ctx.stderr.write(s) })
    .exitOverride();
  listCommand(program, ctx);
  mutateCommands(program, ctx);
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: (s) => void ctx.stdout.write(s), writeErr: (s) => void ctx.stderr.write(s) }).showHelpAfterError("(run with --help for usage)");
  return program;
}

/** Runs the program on `argv` (without node and the script) and returns the exit code. */
export async function run(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const program = buildProgram(ctx);
  const debug = argv.includes("--debug");
  try {
    await program.parseAsync([...argv], { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.ok;
      // commander already printed its message; an option parser's UsageError arrives wrapped.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      ctx.stderr.write(`error: ${error.message}\n(run with --help for usage)\n`);
      return EXIT.usage;
    }
    return reportError(error, debug, ctx.stderr);
  }
}
