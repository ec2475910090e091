// A mock of the ECS instance metadata service's RAM role endpoints:
//   PUT /latest/api/token (IMDSv2; header x-aliyun-ecs-metadata-token-ttl-seconds, 1..21600)
//   GET /latest/meta-data/ram/security-credentials/        -> the role name
//   GET /latest/meta-data/ram/security-credentials/<role>  -> JSON, Code "Success"
// `imdsV2`: "optional" (tokens work, requests without one too), "required" (a request without a
// valid token gets 403, like an instance in hardened mode) or "unsupported" (the token endpoint
// answers 404, like an old image). Credentials come from a CredentialIssuer and are re-issued
// when less than `refreshWithinSeconds` remain.
import { http, HttpResponse, type HttpHandler } from "msw";
import { createCredentialIssuer, isoSeconds, type CredentialIssuer, type IssuedCredential } from "./issuer.ts";

export interface ImdsHandlersOptions {
  readonly issuer?: CredentialIssuer;
  /** The instance's RAM role. Default `EcsRamRoleMock`; `null` for an instance without one. */
  readonly roleName?: string | null;
  readonly imdsV2?: "optional" | "required" | "unsupported";
  /** Lifetime of issued credentials. Default 21600 s (6 h). */
  readonly credentialsTtlSeconds?: number;
  /** Re-issue when fewer seconds than this remain. Default 900. */
  readonly refreshWithinSeconds?: number;
  /** Only answer this origin. Default: any (the real one is http://100.100.100.200). */
  readonly baseUrl?: string;
}

export const IMDS_TOKEN_TTL_HEADER = "x-aliyun-ecs-metadata-token-ttl-seconds";
export const IMDS_TOKEN_HEADER = "x-aliyun-ecs-metadata-token";
const MAX_TOKENS = 10_000;

export function createImdsHandlers(options: ImdsHandlersOptions = {}): HttpHandler[] {
  const issuer = options.issuer ?? createCredentialIssuer();
  const roleName = options.roleName === undefined ? "EcsRamRoleMock" : options.roleName;
  const mode = options.imdsV2 ?? "optional";
  const ttlSeconds = options.credentialsTtlSeconds ?? 21600;
  const refreshWithin = (options.refreshWithinSeconds ?? 900) * 1000;
  const prefix = options.baseUrl ? new URL(options.baseUrl).origin : "*";
  const tokens = new Map<string, number>();
  let current: IssuedCredential | undefined;

  const text = (body: string, status = 200) =>
    new HttpResponse(body, { status, headers: { "content-type": "text/plain" } });
  /** `undefined` when the request may go on; else the refusal. */
  const checkToken = (request: Request): Response | undefined => {
    const token = request.headers.get(IMDS_TOKEN_HEADER);
    if (token === null) return mode === "required" ? text("Forbidden: a metadata token is required", 403) : undefined;
    if (mode === "unsupported") return undefined;
    const expiry = tokens.get(token);
    if (expiry === undefined || expiry <= issuer.now().getTime())
      return text("Unauthorized: invalid or expired metadata token", 401);
    return undefined;
  };

  return [
    http.put(`${prefix}/latest/api/token`, ({ request }) => {
      if (mode === "unsupported") return text("Not Found", 404);
      const ttl = Number(request.headers.get(IMDS_TOKEN_TTL_HEADER));
      if (!Number.isInteger(ttl) || ttl < 1 || ttl > 21600)
        return text(`Bad Request: ${IMDS_TOKEN_TTL_HEADER} must be 1..21600`, 400);
      const token = `${crypto.randomUUID().replace(/-/g, "")}${crypto.randomUUID().replace(/-/g, "")}`;
      const t = issuer.now().getTime();
      // Bounded: expired tokens go first, then the oldest.
      if (tokens.size >= MAX_TOKENS) for (const [old, expiry] of tokens) if (expiry <= t) tokens.delete(old);
      while (tokens.size >= MAX_TOKENS) tokens.delete(tokens.keys().next().value as string);
      tokens.set(token, t + ttl * 1000);
      return text(token);
    }),
    http.get(`${prefix}/latest/meta-data/ram/security-credentials/`, ({ request }) => {
      const refused = checkToken(request);
      if (refused) return refused;
      return roleName === null ? text("Not Found", 404) : text(roleName);
    }),
    http.get(`${prefix}/latest/meta-data/ram/security-credentials/:role`, ({ request, params }) => {
      const refused = checkToken(request);
      if (refused) return refused;
      if (roleName === null || params.role !== roleName) return text("Not Found", 404);
      const t = issuer.now().getTime();
      if (!current || current.expiration.getTime() - t < refreshWithin)
        current = issuer.issue({ subject: roleName, via: "MetadataService", durationSeconds: ttlSeconds });
      return HttpResponse.json({
        Code: "Success",
        AccessKeyId: current.accessKeyId,
        AccessKeySecret: current.accessKeySecret,
        SecurityToken: current.securityToken,
        Expiration: isoSeconds(current.expiration),
        LastUpdated: isoSeconds(new Date(t)),
      });
    }),
  ];
}
