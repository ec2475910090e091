// Step 4 (credentials, per attempt): the credentials this attempt signs with, from the client's
// provider (static credentials answer synchronously, so the common case costs no await).
// A provider that fails, or returns no key pair, ends the call with EcsCredentialsError.
export { toCredentialsProvider as credentialsStep } from "../credentials.ts";
