import type { Credentials } from "./credentials.ts";

/** Replaces every occurrence of the secret parts of `credentials` (and their URL-encoded forms) with `***`. */
export function redactSecrets(text: string, credentials: Credentials): string {
  let out = text;
  for (const secret of [credentials.accessKeySecret, credentials.securityToken]) {
    if (!secret) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join("***");
  }
  return out;
}
