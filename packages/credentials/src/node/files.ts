// Reading configuration files: bounded in size, a missing file is "not configured" (the chain
// moves on), any other problem a CredentialsError naming the file. Never the file's content in
// a message: JSON.parse's own message quotes the text around the error, so it is not used.
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { CredentialsError, CredentialsNotConfiguredError } from "../errors.ts";
import { envValue, type Env } from "../env.ts";

export const MAX_FILE_BYTES = 1024 * 1024;

/** The home directory: `HOME` (or `USERPROFILE`) of the given environment, else the OS's. */
function homeDirectory(env: Env): string {
  return envValue(env, "HOME") ?? envValue(env, "USERPROFILE") ?? homedir();
}

export function inHome(env: Env, ...parts: string[]): string {
  return join(homeDirectory(env), ...parts);
}

export function readConfigFile(file: string, source: string): string {
  let text: Buffer;
  try {
    text = readFileSync(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new CredentialsNotConfiguredError(`${file} does not exist`, { source, file });
    throw new CredentialsError(`${file} cannot be read (${code ?? "error"})`, { source, file });
  }
  if (text.length > MAX_FILE_BYTES)
    throw new CredentialsError(`${file} is larger than ${MAX_FILE_BYTES} bytes`, { source, file });
  return text.toString("utf8");
}

export function readJsonFile(file: string, source: string): unknown {
  const text = readConfigFile(file, source);
  try {
    return JSON.parse(text);
  } catch {
    throw new CredentialsError(`${file} is not valid JSON`, { source, file });
  }
}
