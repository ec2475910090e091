// Step 2 (validate): every rule the spec states, before anything leaves the process. An
// unmodelled action (`rpc()`) has no rules to check beyond "the parameters are an object".
import { EcsValidationError } from "../errors.ts";
import type { ClientOperationSpec } from "../operation-spec.ts";
import { validateParams } from "../params.ts";

export function validateInput(op: ClientOperationSpec, input: Readonly<Record<string, unknown>>): void {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new EcsValidationError(op.name, [
      {
        param: "(input)",
        rule: "malformed",
        code: "Invalid.Parameter",
        message: "input must be an object of parameters",
      },
    ]);
  }
  if ((op as { unmodelled?: boolean }).unmodelled) return;
  const violations = validateParams(op, input);
  if (violations.length > 0) throw new EcsValidationError(op.name, violations);
}
