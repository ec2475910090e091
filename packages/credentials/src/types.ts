// What every provider yields: a key pair, optionally an STS token and the time it expires. The
// objects a provider of this package returns never show their secrets: `toString`, `toJSON`
// and Node's `inspect` print the key id and the expiry only.

export interface Credentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** STS security token, for temporary credentials. */
  readonly securityToken?: string | undefined;
  /** When temporary credentials stop working; absent for long-term keys. */
  readonly expiration?: Date | undefined;
}

/** Yields credentials; may cache and refresh as it likes (see `memoize`). */
export type CredentialsProvider = () => Promise<Credentials>;

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

function describe(c: Credentials, source: string | undefined): string {
  const parts = [`accessKeyId: ${JSON.stringify(c.accessKeyId)}`, "accessKeySecret: ***"];
  if (c.securityToken) parts.push("securityToken: ***");
  if (c.expiration) parts.push(`expiration: ${c.expiration.toISOString()}`);
  if (source) parts.push(`source: ${JSON.stringify(source)}`);
  return `Credentials { ${parts.join(", ")} }`;
}

/**
 * A credentials object whose secrets stay out of logs: `String(c)`, `JSON.stringify(c)` and
 * `util.inspect(c)` show `***` in their place. `source` names where the keys came from.
 */
export function makeCredentials(fields: Credentials, source?: string): Credentials {
  const c: Credentials = {
    accessKeyId: fields.accessKeyId,
    accessKeySecret: fields.accessKeySecret,
    ...(fields.securityToken ? { securityToken: fields.securityToken } : {}),
    ...(fields.expiration ? { expiration: fields.expiration } : {}),
  };
  Object.defineProperties(c, {
    toString: { value: () => describe(c, source) },
    toJSON: {
      value: () => ({
        accessKeyId: c.accessKeyId,
        accessKeySecret: "***",
        ...(c.securityToken ? { securityToken: "***" } : {}),
        ...(c.expiration ? { expiration: c.expiration.toISOString() } : {}),
        ...(source ? { source } : {}),
      }),
    },
    [INSPECT]: { value: () => describe(c, source) },
    source: { value: source },
  });
  return Object.freeze(c);
}

/** Where a credentials object of this package came from (`"environment"`, `"cli-profile:default"`, ...). */
export function credentialsSource(credentials: Credentials): string | undefined {
  return (credentials as { source?: string }).source;
}
