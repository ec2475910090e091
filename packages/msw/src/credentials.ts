// The key pair the mock accepts when none is configured. Clearly fake, shaped like a real one
// (an `LTAI` id of 24 characters, a 30-character secret) so clients' format checks pass.
import type { MockCredential } from "./verify-signature.ts";

export const mockCredentials: MockCredential = Object.freeze({
  accessKeyId: "LTAI5tMockAccessKey00001",
  accessKeySecret: "MockAccessKeySecretForTests000",
});
