// Temporary credentials the mock hands out (STS AssumeRole / AssumeRoleWithOIDC, the instance
// metadata service) and that the mock's ECS then accepts until they expire. Pass
// `issuer.accepted` as the service's `credentials` so the ECS handlers see the live set.
import { mockCredentials } from "./credentials.ts";
import type { MockCredential } from "./verify-signature.ts";

export interface IssuedCredential extends MockCredential {
  readonly securityToken: string;
  readonly expiration: Date;
  /** What it was issued for: a role ARN (STS) or a role name (metadata service). */
  readonly subject: string;
  /** `AssumeRole`, `AssumeRoleWithOIDC` or `MetadataService`. */
  readonly via: string;
  /** The parameters of the request that asked for it (tokens left out). */
  readonly params: Readonly<Record<string, string>>;
}

export interface CredentialIssuerOptions {
  /** Long-term key pairs accepted besides the issued ones. Default `[mockCredentials]`. */
  readonly credentials?: readonly MockCredential[];
  /** The mock's clock. Default `() => new Date()`. */
  readonly now?: () => Date;
}

export interface CredentialIssuer {
  readonly now: () => Date;
  issue(request: {
    readonly subject: string;
    readonly via: string;
    readonly durationSeconds: number;
    readonly params?: Readonly<Record<string, string>>;
  }): IssuedCredential;
  /** The long-term key pairs plus every issued credential that has not expired yet. */
  accepted(): readonly MockCredential[];
  /** Every credential issued so far, oldest first. */
  issued(): readonly IssuedCredential[];
  /** Whether an access key id was issued here and has expired. */
  isExpired(accessKeyId: string): boolean;
}

const MAX_ISSUED = 10_000;

export function createCredentialIssuer(options: CredentialIssuerOptions = {}): CredentialIssuer {
  const now = options.now ?? (() => new Date());
  const longTerm = options.credentials ?? [mockCredentials];
  const all: IssuedCredential[] = [];
  let serial = 0;
  return {
    now,
    issue({ subject, via, durationSeconds, params = {} }) {
      const n = String(++serial).padStart(6, "0");
      const credential: IssuedCredential = Object.freeze({
        accessKeyId: `STS.MockTemporaryKey${n}`,
        accessKeySecret: `MockTemporarySecret${n}ForTests`,
        securityToken: `MockSecurityToken${n}.${"x".repeat(32)}`,
        expiration: new Date(Math.floor(now().getTime() / 1000) * 1000 + durationSeconds * 1000),
        subject,
        via,
        params: Object.freeze({ ...params }),
      });
      all.push(credential);
      // Bounded for long-running mocks: beyond MAX_ISSUED, the oldest expired ones are forgotten.
      if (all.length > MAX_ISSUED) {
        const t = now().getTime();
        const keep = all.filter((c, i) => i >= all.length - MAX_ISSUED || c.expiration.getTime() > t);
        all.splice(0, all.length, ...keep);
      }
      return credential;
    },
    accepted() {
      const t = now().getTime();
      return [...longTerm, ...all.filter((c) => c.expiration.getTime() > t)];
    },
    issued: () => [...all],
    isExpired(accessKeyId) {
      const found = all.find((c) => c.accessKeyId === accessKeyId);
      return found !== undefined && found.expiration.getTime() <= now().getTime();
    },
  };
}

/** `2026-12-01T12:00:00Z`, as STS and the metadata service write times. */
export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
