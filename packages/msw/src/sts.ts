// A mock of STS (`2015-04-01`): AssumeRole (signature verified, V3 or V1, against the issuer's
// accepted credentials, so a ChainableRamRoleArn source that is itself temporary works) and
// AssumeRoleWithOIDC (anonymous). Both issue temporary credentials from a CredentialIssuer.
// Answers path `/` on any host (or only `baseUrl`), and only requests naming STS's version,
// so it sits in front of the ECS handlers on one server.
import { http, HttpResponse, type HttpHandler } from "msw";
import { newRequestId } from "./errors.ts";
import { createCredentialIssuer, isoSeconds, type CredentialIssuer } from "./issuer.ts";
import { NonceRegistry } from "./nonces.ts";
import { readRequest } from "./read-request.ts";
import { SIGNATURE_WINDOW_MS, verifySignature } from "./verify-signature.ts";

export const STS_VERSION = "2015-04-01";

export interface StsHandlersOptions {
  /** Issues the credentials (and knows which are accepted). Default: a new issuer. */
  readonly issuer?: CredentialIssuer;
  /** Which role ARNs exist. Default: every well-formed one. */
  readonly roleExists?: (roleArn: string) => boolean;
  /** Which OIDC tokens are valid. Default: any non-empty token. */
  readonly acceptOidcToken?: (token: string, oidcProviderArn: string) => boolean;
  /** The longest session a role allows. Default 3600 s, like a new RAM role. */
  readonly maxSessionDurationSeconds?: number;
  /** Only answer this origin, for example `http://127.0.0.1:8080`. */
  readonly baseUrl?: string;
}

const ROLE_ARN = /^acs:ram::\d+:role\/[\w.@+=,-]+$/i;
const PROVIDER_ARN = /^acs:ram::\d+:oidc-provider\/[\w.@+=,-]+$/i;
const SESSION_NAME = /^[\w.@-]{2,64}$/;

function stsError(status: number, code: string, message: string, host: string): Response {
  const requestId = newRequestId();
  return HttpResponse.json(
    {
      RequestId: requestId,
      HostId: host,
      Code: code,
      Message: message,
      Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}&product=Sts`,
    },
    { status, headers: { "x-acs-request-id": requestId } },
  );
}

export function createStsHandlers(options: StsHandlersOptions = {}): HttpHandler[] {
  const issuer = options.issuer ?? createCredentialIssuer();
  const nonces = new NonceRegistry({ windowMs: SIGNATURE_WINDOW_MS, maxEntries: 100_000 });
  const maxDuration = options.maxSessionDurationSeconds ?? 3600;
  const origin = options.baseUrl ? new URL(options.baseUrl).origin : undefined;
  const matches = (url: URL) => url.pathname === "/" && (origin === undefined || url.origin === origin);

  return [
    http.all(
      ({ request }) => matches(new URL(request.url)),
      async ({ request }) => {
        const received = await readRequest(request);
        if (received.version !== STS_VERSION) return undefined; // not STS: the next handler (ECS) answers
        const host = received.host;
        const p = received.params;
        if (received.action !== "AssumeRole" && received.action !== "AssumeRoleWithOIDC")
          return stsError(
            404,
            "InvalidAction.NotFound",
            `Specified api is not found, please check your url and method.`,
            host,
          );
        if (received.method !== "POST" && received.method !== "GET")
          return stsError(
            404,
            "InvalidAction.NotFound",
            "Specified api is not found, please check your url and method.",
            host,
          );

        if (received.action === "AssumeRole") {
          const verdict = verifySignature(received, { credentials: issuer.accepted(), now: issuer.now(), nonces });
          if (!verdict.ok) {
            const expired =
              received.signatureVersion !== "none" &&
              issuer.isExpired(
                received.headers.get("authorization")?.match(/Credential=([^,]+)/)?.[1] ?? p.AccessKeyId ?? "",
              );
            if (expired)
              return stsError(400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.", host);
            return stsError(
              verdict.code === "InvalidAccessKeyId.NotFound" ? 404 : 400,
              verdict.code,
              verdict.reason,
              host,
            );
          }
        }
        const roleArn = p.RoleArn;
        if (!roleArn) return stsError(400, "MissingRoleArn", "RoleArn is mandatory for this action.", host);
        if (!ROLE_ARN.test(roleArn))
          return stsError(400, "InvalidParameter.RoleArn", "The parameter RoleArn is wrongly formed.", host);
        if (options.roleExists && !options.roleExists(roleArn))
          return stsError(404, "EntityNotExist.Role", "The specified Role not exists.", host);
        const sessionName = p.RoleSessionName;
        if (!sessionName)
          return stsError(400, "MissingRoleSessionName", "RoleSessionName is mandatory for this action.", host);
        if (!SESSION_NAME.test(sessionName))
          return stsError(
            400,
            "InvalidParameter.RoleSessionName",
            "The parameter RoleSessionName is wrongly formed.",
            host,
          );
        const duration = p.DurationSeconds === undefined ? 3600 : Number(p.DurationSeconds);
        if (!Number.isInteger(duration) || duration < 900 || duration > maxDuration)
          return stsError(
            400,
            "InvalidParameter.DurationSeconds",
            `The Min/Max value of DurationSeconds is 15min/${maxDuration / 3600}hr.`,
            host,
          );
        if (received.action === "AssumeRoleWithOIDC") {
          if (!p.OIDCProviderArn)
            return stsError(400, "MissingOIDCProviderArn", "OIDCProviderArn is mandatory for this action.", host);
          if (!PROVIDER_ARN.test(p.OIDCProviderArn))
            return stsError(
              400,
              "InvalidParameter.OIDCProviderArn",
              "The parameter OIDCProviderArn is wrongly formed.",
              host,
            );
          if (!p.OIDCToken) return stsError(400, "MissingOIDCToken", "OIDCToken is mandatory for this action.", host);
          if (!(options.acceptOidcToken ?? (() => true))(p.OIDCToken, p.OIDCProviderArn))
            return stsError(400, "AuthenticationFail.OIDCToken.Invalid", "The OIDC token is invalid.", host);
        }
        const params: Record<string, string> = {
          RoleArn: roleArn,
          RoleSessionName: sessionName,
          DurationSeconds: String(duration),
        };
        for (const name of ["Policy", "ExternalId", "OIDCProviderArn"])
          if (p[name] !== undefined) params[name] = p[name] as string;
        const credential = issuer.issue({ subject: roleArn, via: received.action, durationSeconds: duration, params });
        const requestId = newRequestId();
        const role = roleArn.split("/").pop() as string;
        const account = roleArn.split(":")[3];
        return HttpResponse.json(
          {
            RequestId: requestId,
            AssumedRoleUser: {
              Arn: `acs:ram::${account}:role/${role}/${sessionName}`,
              AssumedRoleId: `3${account?.slice(0, 8) ?? "0"}:${sessionName}`,
            },
            Credentials: {
              AccessKeyId: credential.accessKeyId,
              AccessKeySecret: credential.accessKeySecret,
              SecurityToken: credential.securityToken,
              Expiration: isoSeconds(credential.expiration),
            },
          },
          { headers: { "x-acs-request-id": requestId } },
        );
      },
    ),
  ];
}
