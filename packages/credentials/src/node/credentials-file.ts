// The credentials file (ALIBABA_CLOUD_CREDENTIALS_FILE, else ~/.alibabacloud/credentials): INI,
// section ALIBABA_CLOUD_PROFILE (or the `profile` option) else `default`. `type` is
// `access_key`, `ecs_ram_role` or `ram_role_arn`.
import { envValue, processEnv, type Env } from "../env.ts";
import { CredentialsError, printable } from "../errors.ts";
import { fromRamRoleArn } from "../ram-role-arn.ts";
import { makeCredentials, type CredentialsProvider } from "../types.ts";
import { fromEcsRamRole } from "./ecs-ram-role.ts";
import { inHome, readConfigFile } from "./files.ts";

export interface FromCredentialsFileOptions {
  /** Default ALIBABA_CLOUD_PROFILE, else `default`. */
  readonly profile?: string | undefined;
  /** Default ALIBABA_CLOUD_CREDENTIALS_FILE, else `~/.alibabacloud/credentials`. */
  readonly file?: string | undefined;
  readonly env?: Env | undefined;
  readonly stsEndpoint?: string | undefined;
  readonly metadataEndpoint?: string | undefined;
  readonly fetch?: typeof fetch | undefined;
}

export const SUPPORTED_TYPES = ["access_key", "ecs_ram_role", "ram_role_arn"] as const;

export function credentialsFilePath(options: { file?: string | undefined; env?: Env | undefined }): string {
  const env = options.env ?? processEnv();
  return options.file ?? envValue(env, "ALIBABA_CLOUD_CREDENTIALS_FILE") ?? inHome(env, ".alibabacloud", "credentials");
}

function sectionProvider(
  file: string,
  name: string,
  section: Record<string, unknown>,
  options: FromCredentialsFileOptions,
): CredentialsProvider {
  const source = `credentials-file:${printable(name, 80)}`;
  const get = (key: string): string => {
    const value = section[key];
    if (typeof value !== "string" || value.trim() === "")
      throw new CredentialsError(
        `${file}: section [${printable(name, 80)}] (type ${String(section.type)}) lacks "${key}"`,
        { source, file },
      );
    return value.trim();
  };
  const optional = (key: string): string | undefined =>
    typeof section[key] === "string" && (section[key] as string).trim() ? (section[key] as string).trim() : undefined;
  const type = section.type;
  switch (type) {
    case "access_key": {
      const credentials = makeCredentials(
        { accessKeyId: get("access_key_id"), accessKeySecret: get("access_key_secret") },
        source,
      );
      return async () => credentials;
    }
    case "ecs_ram_role":
      return fromEcsRamRole({
        roleName: get("role_name"),
        endpoint: options.metadataEndpoint,
        fetch: options.fetch,
        env: options.env,
      });
    case "ram_role_arn":
      return fromRamRoleArn({
        source: makeCredentials(
          { accessKeyId: get("access_key_id"), accessKeySecret: get("access_key_secret") },
          source,
        ),
        roleArn: get("role_arn"),
        roleSessionName: optional("role_session_name"),
        policy: optional("policy"),
        stsEndpoint: options.stsEndpoint,
        fetch: options.fetch,
        env: options.env,
        sourceName: source,
      });
    default:
      throw new CredentialsError(
        `${file}: section [${printable(name, 80)}] has ` +
          `${typeof type === "string" ? `type ${JSON.stringify(printable(type, 40))}` : "no type"}; ` +
          `supported: ${SUPPORTED_TYPES.join(", ")}`,
        { source, file },
      );
  }
}

/** Credentials from a section of the INI credentials file; the file is read at the first call. */
export function fromCredentialsFile(options: FromCredentialsFileOptions = {}): CredentialsProvider {
  let provider: CredentialsProvider | undefined;
  return async () => {
    if (!provider) {
      const env = options.env ?? processEnv();
      const file = credentialsFilePath(options);
      const text = readConfigFile(file, "credentials-file");
      if (text.includes("\u0000"))
        throw new CredentialsError(`${file} is not a text file`, { source: "credentials-file", file });
      const name = options.profile ?? envValue(env, "ALIBABA_CLOUD_PROFILE") ?? "default";
      // Loaded on first use: most chains stop before the credentials file.
      const { parse } = await import("ini");
      const parsed = parse(text) as Record<string, unknown>;
      const section = Object.hasOwn(parsed, name) ? parsed[name] : undefined;
      if (typeof section !== "object" || section === null)
        throw new CredentialsError(`${file} has no section [${printable(name, 80)}]`, {
          source: `credentials-file:${printable(name, 80)}`,
          file,
        });
      provider = sectionProvider(file, name, section as Record<string, unknown>, options);
    }
    return provider();
  };
}
