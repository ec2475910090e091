// The ECS instance RAM role, from the instance metadata service (plain HTTP on
// 100.100.100.200). IMDSv2 first: PUT /latest/api/token gives a token sent with the later
// requests; when that fails the requests go without it (IMDSv1), unless `disableImdsV1` or
// ALIBABA_CLOUD_IMDSV1_DISABLED=true, where it is an error. Memoized: refreshed before the
// credentials expire, one refresh for all concurrent callers.
import { envFlag, envValue, processEnv, type Env } from "../env.ts";
import { CredentialsError, CredentialsNotConfiguredError, printable } from "../errors.ts";
import { checkTimeout, checkUrl, httpRequest } from "../http.ts";
import { memoize } from "../memoize.ts";
import { readStsCredentials } from "../sts.ts";
import type { CredentialsProvider } from "../types.ts";

export const DEFAULT_METADATA_ENDPOINT = "http://100.100.100.200";
const TOKEN_TTL_HEADER = "x-aliyun-ecs-metadata-token-ttl-seconds";
const TOKEN_HEADER = "x-aliyun-ecs-metadata-token";
const CREDENTIALS_PATH = "/latest/meta-data/ram/security-credentials/";

export interface FromEcsRamRoleOptions {
  /** Default `ALIBABA_CLOUD_ECS_METADATA`, else asked of the metadata service. */
  readonly roleName?: string | undefined;
  /** Default `http://100.100.100.200`. */
  readonly endpoint?: string | undefined;
  /** Refuse to go on without an IMDSv2 token. Default `ALIBABA_CLOUD_IMDSV1_DISABLED=true`. */
  readonly disableImdsV1?: boolean | undefined;
  /** Per request. Default 1000 ms (off ECS, nothing answers). */
  readonly timeoutMs?: number | undefined;
  /** Lifetime asked for the IMDSv2 token. Default 21600 s (the maximum). */
  readonly tokenTtlSeconds?: number | undefined;
  readonly refreshBeforeMs?: number | undefined;
  readonly fetch?: typeof fetch | undefined;
  readonly env?: Env | undefined;
  /** Skip when ALIBABA_CLOUD_ECS_METADATA_DISABLED=true (the default chain sets this). */
  readonly respectDisabledVariable?: boolean | undefined;
}

const ROLE_NAME = /^[A-Za-z0-9._@+=,-]{1,64}$/;

export function fromEcsRamRole(options: FromEcsRamRoleOptions = {}): CredentialsProvider {
  const source = "ecs-ram-role";
  const env = options.env ?? processEnv();
  const base = checkUrl(options.endpoint ?? DEFAULT_METADATA_ENDPOINT, "endpoint", source);
  const timeoutMs = checkTimeout(options.timeoutMs, 1000, "fromEcsRamRole");
  const ttl = options.tokenTtlSeconds ?? 21600;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > 21600)
    throw new TypeError("fromEcsRamRole: tokenTtlSeconds must be an integer from 1 to 21600");
  const configuredRole = options.roleName ?? envValue(env, "ALIBABA_CLOUD_ECS_METADATA");
  if (configuredRole !== undefined && !ROLE_NAME.test(configuredRole))
    throw new CredentialsError(
      `the role name ${JSON.stringify(printable(configuredRole, 80))} is not a RAM role name`,
      { source },
    );
  const disableV1 = options.disableImdsV1 ?? envFlag(env, "ALIBABA_CLOUD_IMDSV1_DISABLED");
  const url = (path: string) => new URL(path, base);
  const http = { timeoutMs, fetch: options.fetch, source };

  const metadataToken = async (): Promise<string | undefined> => {
    let failure: string;
    try {
      const answer = await httpRequest(url("/latest/api/token"), {
        ...http,
        method: "PUT",
        headers: { [TOKEN_TTL_HEADER]: String(ttl) },
      });
      if (answer.status === 200 && answer.body.trim()) return answer.body.trim();
      failure = `PUT ${base.origin}/latest/api/token: HTTP ${answer.status}`;
    } catch (error) {
      failure = error instanceof Error ? error.message : "request failed";
    }
    if (disableV1) throw new CredentialsError(`no IMDSv2 token and IMDSv1 is disabled: ${failure}`, { source });
    return undefined;
  };

  const get = async (path: string, token: string | undefined) => {
    const answer = await httpRequest(url(path), { ...http, headers: token ? { [TOKEN_HEADER]: token } : {} });
    if (answer.status !== 200)
      throw new CredentialsError(`GET ${base.origin}${path}: HTTP ${answer.status}`, { source });
    return answer.body;
  };

  const fetchOnce: CredentialsProvider = async () => {
    if (options.respectDisabledVariable && envFlag(env, "ALIBABA_CLOUD_ECS_METADATA_DISABLED")) {
      throw new CredentialsNotConfiguredError("ALIBABA_CLOUD_ECS_METADATA_DISABLED is true", { source });
    }
    const token = await metadataToken();
    let role = configuredRole;
    if (role === undefined) {
      role = (await get(CREDENTIALS_PATH, token)).trim().split(/\s+/)[0] ?? "";
      if (!ROLE_NAME.test(role))
        throw new CredentialsError(
          `the metadata service names no usable RAM role (got ${JSON.stringify(printable(role, 80))})`,
          { source },
        );
    }
    const body = await get(`${CREDENTIALS_PATH}${encodeURIComponent(role)}`, token);
    const where = `GET ${base.origin}${CREDENTIALS_PATH}${role}`;
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(body) as Record<string, unknown>;
    } catch {
      throw new CredentialsError(`${where}: the answer is not JSON`, { source });
    }
    if (typeof data !== "object" || data === null)
      throw new CredentialsError(`${where}: the answer is not a JSON object`, { source });
    if (data.Code !== "Success") {
      const got = typeof data.Code === "string" ? JSON.stringify(printable(data.Code, 60)) : "missing";
      throw new CredentialsError(`${where}: Code is ${got}, not "Success"`, {
        source,
        code: typeof data.Code === "string" ? data.Code : undefined,
      });
    }
    return readStsCredentials(data, where, source);
  };
  return memoize(fetchOnce, {
    ...(options.refreshBeforeMs !== undefined ? { refreshBeforeMs: options.refreshBeforeMs } : {}),
  });
}
