// What a command runs with: the streams, the environment and the interrupt signal. The bin passes
// the process's; tests pass their own.

export interface CommandContext {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream | NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
  readonly signal: AbortSignal;
}
