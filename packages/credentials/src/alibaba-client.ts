// For programs that already hold a client of Alibaba's `@alicloud/credentials`: its credentials
// through this package's interface. Duck-typed, so that library is not a dependency: version 2
// has `getCredential()`, older ones `getAccessKeyId()`, `getAccessKeySecret()`,
// `getSecurityToken()`. The client caches and refreshes by itself, so it is asked every time.
import { CredentialsError } from "./errors.ts";
import { makeCredentials, type CredentialsProvider } from "./types.ts";

export interface AlibabaCredentialsClientLike {
  getCredential?: () => Promise<{ accessKeyId?: string; accessKeySecret?: string; securityToken?: string } | undefined>;
  getAccessKeyId?: () => Promise<string | undefined>;
  getAccessKeySecret?: () => Promise<string | undefined>;
  getSecurityToken?: () => Promise<string | undefined>;
}

export function fromAlibabaCredentialsClient(client: AlibabaCredentialsClientLike): CredentialsProvider {
  const source = "alibaba-credentials-client";
  if (!client || (typeof client.getCredential !== "function" && typeof client.getAccessKeyId !== "function")) {
    throw new TypeError(
      "fromAlibabaCredentialsClient: expected an @alicloud/credentials client " +
        "(with getCredential() or getAccessKeyId())",
    );
  }
  return async () => {
    let fields:
      | { accessKeyId?: string | undefined; accessKeySecret?: string | undefined; securityToken?: string | undefined }
      | undefined;
    try {
      if (typeof client.getCredential === "function") fields = await client.getCredential();
      else {
        const [accessKeyId, accessKeySecret, securityToken] = await Promise.all([
          client.getAccessKeyId?.(),
          client.getAccessKeySecret?.(),
          client.getSecurityToken?.(),
        ]);
        fields = { accessKeyId, accessKeySecret, securityToken };
      }
    } catch (error) {
      throw new CredentialsError(
        `the @alicloud/credentials client failed${error instanceof Error ? ` (${error.name})` : ""}`,
        { source, cause: error },
      );
    }
    if (!fields?.accessKeyId || !fields.accessKeySecret)
      throw new CredentialsError("the @alicloud/credentials client returned no access key", { source });
    return makeCredentials(
      {
        accessKeyId: fields.accessKeyId,
        accessKeySecret: fields.accessKeySecret,
        securityToken: fields.securityToken || undefined,
      },
      source,
    );
  };
}
