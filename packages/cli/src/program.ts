// The `hpc-clusters` program: commander for parsing and help, one module per command.
import { Command, CommanderError } from "commander";
import { listCommand } from "./commands/list.ts";
import { mutateCommands } from "./commands/mutate.ts";
import type { CommandContext } from "./context.ts";
import { EXIT } from "./exit-codes.ts";
import { reportError, UsageError } from "./report-error.ts";
import { VERSION } from "./version.ts";

export type { CommandContext } from "./context.ts";

const HELP_AFTER_ERROR = "(run with --help for usage)";

export function buildProgram(ctx: CommandContext): Command {
  // Subcommands inherit the output, exit and help-after-error settings when `.command()` creates them.
  const program = new Command("hpc-clusters")
    .description(
      "List and manage Alibaba Cloud ECS HPC clusters.\n" +
        "Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN); none with --mock.",
    )
    .version(VERSION)
    .showHelpAfterError(HELP_AFTER_ERROR)
    .configureOutput({ writeOut: (s) => void ctx.stdout.write(s), writeErr: (s) => void ctx.stderr.write(s) })
    .exitOverride()
    .addHelpText("after", "\nExamples:\n  $ hpc-clusters list --mock --all\n  $ hpc-clusters list --help");
  listCommand(program, ctx);
  mutateCommands(program, ctx);
  return program;
}

const isHelpOrVersion = (arg: string) => ["-h", "--help", "-V", "--version"].includes(arg);

/** Runs the program on `argv` (without node and the script) and returns the exit code. */
export async function run(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const program = buildProgram(ctx);
  const debug = argv.includes("--debug");
  if (!argv.some((arg) => !arg.startsWith("-") || isHelpOrVersion(arg))) {
    // No command: a usage mistake. The help goes to stderr, so stdout stays data-only.
    ctx.stderr.write(`error: no command given\n\n${program.helpInformation()}`);
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
      )
        return EXIT.ok;
      // commander already printed its message; an option parser's UsageError arrives wrapped.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      ctx.stderr.write(`error: ${error.message}\n${HELP_AFTER_ERROR}\n`);
      return EXIT.usage;
    }
    return reportError(error, debug, ctx.stderr);
  }
}
