// User middleware against the mock, whose handlers verify every signature as the service does:
// a header added before `sign` is signed and accepted; the same header added after `sign` is
// refused (IncompleteSignature), and changing a signed header after `sign` is
// SignatureDoesNotMatch. Public exports only; a server and store per test.
import { createEcsClient, isEcsServiceError, type Middleware } from "@ecs-hpc/core";
import { createHpcHandlers, createHpcStore, mockCredentials } from "@ecs-hpc/msw";
import { setupServer } from "msw/node";
import { describe, expect, it } from "vitest";

const withMock = async (run: (seen: Headers[]) => Promise<void>) => {
  const server = setupServer(...createHpcHandlers({ store: createHpcStore({ clusters: 3, seed: 2 }) }));
  const seen: Headers[] = [];
  server.events.on("request:start", ({ request }) => void seen.push(request.headers));
  server.listen({ onUnhandledFrame: "error" });
  try {
    await run(seen);
  } finally {
    server.close();
  }
};

const header = (step: "sign" | "send"): Middleware => ({
  name: `caller-header-at-${step}`,
  step,
  run(ctx, next) {
    if (step === "sign") ctx.request!.headers["x-acs-caller"] = "team-a";
    else ctx.signed!.headers["x-acs-caller"] = "team-a";
    return next();
  },
});

describe("middleware against the mock's signature check", () => {
  it("a header added before sign reaches the service, signed, on every call", async () => {
    await withMock(async (seen) => {
      const ecs = createEcsClient({
        regionId: "cn-hangzhou",
        credentials: mockCredentials,
        retry: false,
        middleware: [header("sign")],
      });
      const page = await ecs.describeHpcClusters({ PageSize: 2 });
      expect(page.TotalCount).toBe(3);
      const created = await ecs.createHpcCluster({ Name: "from-middleware" });
      expect(created.HpcClusterId).toMatch(/^hpc-/);
      expect(seen).toHaveLength(2);
      for (const headers of seen) {
        expect(headers.get("x-acs-caller")).toBe("team-a");
        expect(headers.get("authorization")).toMatch(/SignedHeaders=[^,]*x-acs-caller/);
      }
    });
  });

  it("the same header added after sign is refused: it is not signed", async () => {
    await withMock(async () => {
      const ecs = createEcsClient({
        regionId: "cn-hangzhou",
        credentials: mockCredentials,
        retry: false,
        middleware: [header("send")],
      });
      const error = await ecs.describeHpcClusters({}).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isEcsServiceError(error, "IncompleteSignature")).toBe(true);
    });
  });

  it("changing a signed header after sign breaks the signature (SignatureDoesNotMatch)", async () => {
    await withMock(async () => {
      const retag: Middleware = {
        name: "retag",
        step: "send",
        run: (ctx, next) => ((ctx.signed!.headers["x-acs-caller"] = "team-b"), next()),
      };
      const ecs = createEcsClient({
        regionId: "cn-hangzhou",
        credentials: mockCredentials,
        retry: false,
        middleware: [header("sign"), retag],
      });
      const error = await ecs.describeHpcClusters({}).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isEcsServiceError(error, "SignatureDoesNotMatch")).toBe(true);
    });
  });
});
