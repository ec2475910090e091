// What happens when the process's output cannot be written. A reader that stops early (`| head`)
// closes the pipe: the command ends quietly with the conventional 141 (128 + SIGPIPE, what `ls`
// or `jq` end with), as a shell pipeline expects. Any other write failure (a full disk: ENOSPC)
// is one line on stderr and exit 1. Without this, Node throws the stream's error with a stack.

const EXIT_BROKEN_PIPE = 141;
const EXIT_WRITE_FAILED = 1;

type Exit = (code: number) => never;

/** Installs the handlers on `stdout` and `stderr`; `exit` ends the process at once. */
export function guardOutput(stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream, exit: Exit): void {
  stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") exit(EXIT_BROKEN_PIPE);
    try {
      stderr.write(
        `error: cannot write the output: ${error.code ?? error.message}${error.code === "ENOSPC" ? " (no space left on device)" : ""}\n`,
      );
    } catch {
      // stderr is gone too; the exit code says it.
    }
    exit(EXIT_WRITE_FAILED);
  });
  // stderr carries only summaries and errors: if it is closed, carry on without them.
  stderr.on("error", () => undefined);
}
