// The two generated tables: `clientOperations` (what a calling program bundles) and `operations`
// (the same plus documentation). They must agree, and the client's must carry no documentation.
import { describe, expect, it } from "vitest";
import { clientOperations, operations, type ClientOperationSpec, type OperationSpec } from "../src/index.ts";

const DOCUMENTATION = ["httpMethods", "summary", "successExample", "errors"] as const;

describe("clientOperations and operations", () => {
  it("name the same operations", () => {
    expect(Object.keys(clientOperations)).toEqual(Object.keys(operations));
  });

  it.each(Object.keys(operations))(
    "%s: operations is clientOperations plus the documentation, nothing else",
    (name) => {
      const whole = (operations as Record<string, OperationSpec>)[name]!;
      const client = (clientOperations as Record<string, ClientOperationSpec>)[name]!;
      for (const key of DOCUMENTATION) expect(client).not.toHaveProperty(key);
      const { httpMethods, summary, successExample, errors, ...rest } = whole;
      expect(rest).toEqual(client);
      expect(httpMethods.length).toBeGreaterThan(0);
      expect(summary).not.toBe("");
      expect(Object.keys(errors).length).toBeGreaterThan(0);
      expect(successExample).toBeDefined();
    },
  );

  it("every error code a parameter rule names is in the operation's catalogue", () => {
    for (const [name, op] of Object.entries(operations as Record<string, OperationSpec>)) {
      const client = (clientOperations as Record<string, ClientOperationSpec>)[name]!;
      for (const param of Object.values(client.params))
        for (const code of Object.values(param.errors))
          expect(op.errors, `${name}.${param.name}`).toHaveProperty([code as string]);
      if (client.requireOneOf) expect(op.errors).toHaveProperty([client.requireOneOf.error]);
    }
  });
});
