// The mock service's own cost, as downstream suites pay it. Two benchmarks:
// - `mock-throughput`: requests/s of the standalone `ecs-hpc-mock` (`startMockServer`, signatures
//   verified) against a bare node:http server answering the same page's bytes, both in child
//   processes, driven by the same client with 8 requests in flight, windows alternating.
// - `in-process`: one 100-cluster page through `setupServer(...createHpcHandlers())` in this
//   process (the mock's CPU is the caller's), on core's default transport and on `fetchHandler()`,
//   against a bare msw handler returning the same JSON through the same interception.
import { createEcsClient, fetchHandler, type EcsClient } from "@ecs-hpc/core";
import { createHpcHandlers, createHpcStore, mockCredentials } from "@ecs-hpc/msw";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { buildBaseline } from "./baseline-build.ts";
import { REGION_ID } from "./fixtures.ts";
import type { BenchResult, Row } from "./report.ts";
import { spawnServer } from "./servers/spawn-server.ts";
import { fmt, fmtRatio, fmtSummary, summarize } from "./stats.ts";

const CLUSTERS = 10_000;
const PAGE_SIZE = 100;
const IN_FLIGHT = 8;
const MAX_CALLS_PER_WINDOW = 100_000;

type Call = () => Promise<void>;

interface Page {
  readonly TotalCount?: unknown;
  readonly HpcClusters?: { readonly HpcCluster?: readonly unknown[] };
}

function expectPage(page: Page, side: string): void {
  const items = page.HpcClusters?.HpcCluster?.length;
  if (page.TotalCount !== CLUSTERS || items !== PAGE_SIZE) {
    const got = `TotalCount ${String(page.TotalCount)} and ${String(items)} items`;
    throw new Error(`${side}: read ${got}, expected ${CLUSTERS} and ${PAGE_SIZE}`);
  }
}

function describePage(client: EcsClient, side: string): Call {
  const input = { RegionId: REGION_ID, PageSize: PAGE_SIZE, PageNumber: 1 };
  return async () => expectPage(await client.describeHpcClusters(input), side);
}

/** Calls per second over one window of `ms`, `inFlight` calls at a time. */
async function window(call: Call, ms: number, inFlight: number): Promise<number> {
  const start = performance.now();
  const end = start + ms;
  let calls = 0;
  const worker = async () => {
    while (performance.now() < end && calls < MAX_CALLS_PER_WINDOW) {
      await call();
      calls++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return calls / ((performance.now() - start) / 1000);
}

/** Warm-up, then `rounds` windows per side, the order rotated each round; samples per side. */
async function alternate<S extends string>(
  sides: Record<S, Call>,
  rounds: number,
  windowMs: number,
  inFlight: number,
): Promise<Record<S, number[]>> {
  const names = Object.keys(sides) as S[];
  for (const name of names) await window(sides[name], windowMs / 2, inFlight);
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<S, number[]>;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length] as S;
      samples[name].push(await window(sides[name], windowMs, inFlight));
    }
  }
  return samples;
}

export async function runMockThroughput(): Promise<BenchResult> {
  const ROUNDS = 6;
  const WINDOW_MS = 1000;
  const mock = await spawnServer(new URL("./servers/mock-server.ts", import.meta.url), [String(CLUSTERS), "0"]);
  const pageServer = new URL("./servers/page-json-server.ts", import.meta.url);
  const bare = await spawnServer(pageServer, [String(CLUSTERS), String(PAGE_SIZE)]).catch(async (error: unknown) => {
    await mock.stop();
    throw error;
  });
  try {
    const client = (port: number) =>
      createEcsClient({
        endpoint: `http://127.0.0.1:${port}`,
        credentials: mockCredentials,
        regionId: REGION_ID,
        retry: false,
      });
    const sides = {
      mock: describePage(client(mock.port), "mock"),
      bare: describePage(client(bare.port), "bare node:http"),
    };
    const samples = await alternate(sides, ROUNDS, WINDOW_MS, IN_FLIGHT);
    const m = summarize(samples.mock);
    const b = summarize(samples.bare);
    const paired = summarize(samples.mock.map((value, i) => value / (samples.bare[i] as number)));
    const rows: Row[] = [
      {
        figure:
          `standalone ecs-hpc-mock (signatures verified, ${CLUSTERS.toLocaleString("en-US")} clusters): ` +
          `requests/s of ${PAGE_SIZE}-cluster pages, ${IN_FLIGHT} in flight, vs a bare node:http server ` +
          "answering the same page (theirs = bare)",
        ours: fmtSummary(m, "/s"),
        theirs: fmtSummary(b, "/s"),
        ratio: fmtRatio(m.median / b.median),
        target: ">= 0.4x",
        pass: m.median / b.median >= 0.4,
      },
    ];
    const list = (values: readonly number[]) => values.map((v) => fmt(v)).join(", ");
    const notes = [
      `Both servers in child processes on 127.0.0.1: \`startMockServer({ store: { clusters: ${CLUSTERS} }, ` +
        "credentials: [mockCredentials] })` (no faults; every request's V3 signature, date and nonce checked, " +
        "parameters validated, the auto-filled ClientToken recorded) and a node:http server answering the mock's " +
        `first page of ${PAGE_SIZE} from the same seeded store as fixed bytes.`,
      `One client for both, ours (V3, \`retry: false\`), \`describeHpcClusters({ RegionId, PageSize: ${PAGE_SIZE}, ` +
        `PageNumber: 1 })\`, ${IN_FLIGHT} calls in flight; every answer's TotalCount and item count checked. ` +
        `${ROUNDS} rounds of one ${WINDOW_MS} ms window per side, order alternating, after a warm-up window each. ` +
        "The client's CPU is in the bench process and the same on both sides; on a 2-core machine it competes " +
        "with the server, so the ratio understates the servers' own difference.",
      `requests/s per window — mock: ${list(samples.mock)}; bare: ${list(samples.bare)}. ` +
        `Same-round ratios mock/bare: ${fmtSummary(paired)}.`,
    ];
    const title = "the standalone mock's throughput vs a bare node:http server";
    return { name: "mock-throughput", title, rows, notes };
  } finally {
    await Promise.all([mock.stop(), bare.stop()]);
  }
}

/** The figures (issue 16, measured at the baseline commit), used when it cannot be built. */
const BASELINE_COMMIT = "01294b8";
const PUBLISHED_BASELINE_MS = { default: 5.3, fetch: 7.3 } as const;
const IN_PROCESS_TARGET = 0.5;

type CoreModule = Pick<typeof import("@ecs-hpc/core"), "createEcsClient" | "fetchHandler">;
type MswModule = Pick<typeof import("@ecs-hpc/msw"), "createHpcHandlers" | "createHpcStore">;

interface Packages {
  readonly core: CoreModule;
  readonly msw: MswModule;
}

/** The baseline commit's core + msw, or why not (the rows then use the published figures). */
async function baselinePackages(): Promise<{ packages?: Packages; note: string }> {
  try {
    const build = buildBaseline(BASELINE_COMMIT);
    const [core, msw] = await Promise.all([build.load<CoreModule>("core"), build.load<MswModule>("msw")]);
    const how = build.built ? "built in this run" : "cached build reused";
    return { packages: { core, msw }, note: `baseline: commit ${build.commit.slice(0, 7)} (${how}, ${build.dir})` };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      note: `baseline commit ${BASELINE_COMMIT} could not be built (${message}); ratios use the issue's figures`,
    };
  }
}

export async function runInProcess(): Promise<BenchResult> {
  const ROUNDS = 12;
  const WINDOW_MS = 400;
  const baseline = await baselinePackages();
  const ours: Packages = { core: { createEcsClient, fetchHandler }, msw: { createHpcHandlers, createHpcStore } };
  const store = createHpcStore({ clusters: CLUSTERS });
  const items = store
    .list(REGION_ID)
    .slice(0, PAGE_SIZE)
    .map(({ HpcClusterId, Name, Description }) => ({ HpcClusterId, Name, Description }));
  const requestId = "04F0F334-1335-436C-A1D7-6C044FE73368";
  const page = {
    RequestId: requestId,
    PageNumber: 1,
    PageSize: PAGE_SIZE,
    TotalCount: CLUSTERS,
    HpcClusters: { HpcCluster: items },
  };
  const bareHandlers = [http.all("*", () => HttpResponse.json(page, { headers: { "x-acs-request-id": requestId } }))];
  // One setupServer (msw 3.0.5, the version both commits lock) intercepts every side; each side
  // installs its handlers when its window starts (the previous side's are dropped).
  const server = setupServer();
  server.listen({ onUnhandledFrame: "error" });
  try {
    type Handlers = Parameters<typeof server.resetHandlers>;
    type Side = "mock" | "bare" | "mockFetch" | "bareFetch" | "baseMock" | "baseMockFetch";
    let current: Side | undefined;
    const side = (name: Side, handlers: Handlers, client: EcsClient): Call => {
      const call = describePage(client, name);
      return async () => {
        if (current !== name) {
          server.resetHandlers(...handlers);
          current = name;
        }
        await call();
      };
    };
    const clients = ({ core }: Packages) => {
      const options = { credentials: mockCredentials, regionId: REGION_ID, retry: false } as const;
      return {
        viaDefault: core.createEcsClient(options) as EcsClient,
        viaFetch: core.createEcsClient({ ...options, requestHandler: core.fetchHandler() }) as EcsClient,
      };
    };
    const mockHandlers = ({ msw }: Packages) =>
      msw.createHpcHandlers({ store: msw.createHpcStore({ clusters: CLUSTERS }) }) as Handlers;
    const now = clients(ours);
    const nowHandlers = mockHandlers(ours);
    const sides: Partial<Record<Side, Call>> = {
      mock: side("mock", nowHandlers, now.viaDefault),
      bare: side("bare", bareHandlers, now.viaDefault),
      mockFetch: side("mockFetch", nowHandlers, now.viaFetch),
      bareFetch: side("bareFetch", bareHandlers, now.viaFetch),
    };
    if (baseline.packages) {
      const then = clients(baseline.packages);
      const thenHandlers = mockHandlers(baseline.packages);
      sides.baseMock = side("baseMock", thenHandlers, then.viaDefault);
      sides.baseMockFetch = side("baseMockFetch", thenHandlers, then.viaFetch);
    }
    const samples = await alternate(sides as Record<Side, Call>, ROUNDS, WINDOW_MS, 1);
    const ms = (name: Side) => summarize((samples[name] ?? []).map((perSecond) => 1000 / perSecond));
    const [m, b, mf, bf] = [ms("mock"), ms("bare"), ms("mockFetch"), ms("bareFetch")];
    /** ms(a) / ms(b) of each round: pages per second of b over a. */
    const pairedRatios = (a: Side, b: Side) =>
      summarize((samples[a] ?? []).map((perSecond, i) => (samples[b]?.[i] as number) / perSecond));
    const published = (key: keyof typeof PUBLISHED_BASELINE_MS) =>
      `${fmt(PUBLISHED_BASELINE_MS[key])} ms (issue 16's figure: baseline not built)`;
    const vsBaseline = (label: string, today: Side, base: Side, key: keyof typeof PUBLISHED_BASELINE_MS): Row => {
      const now = ms(today);
      const then = baseline.packages ? ms(base) : undefined;
      // Built: the median of the same-round ratios (a burst of outside load hits both windows of
      // a round); not built: today's median over the figure.
      const ratio = then ? pairedRatios(today, base).median : now.median / PUBLISHED_BASELINE_MS[key];
      return {
        figure:
          `in process: one ${PAGE_SIZE}-cluster page through setupServer(...createHpcHandlers()) ` +
          `(${CLUSTERS.toLocaleString("en-US")} clusters), ${label}, today vs commit ${BASELINE_COMMIT} ` +
          "(issue 16's baseline) in the same run (theirs = baseline; ratio: median of the same-round ratios)",
        ours: fmtSummary(now, "ms"),
        theirs: then ? fmtSummary(then, "ms") : published(key),
        ratio: fmtRatio(ratio),
        target: `<= ${IN_PROCESS_TARGET}x`,
        pass: ratio <= IN_PROCESS_TARGET,
      };
    };
    const rows: Row[] = [
      vsBaseline("core's default transport", "mock", "baseMock", "default"),
      vsBaseline("the `fetch` transport (`fetchHandler()`)", "mockFetch", "baseMockFetch", "fetch"),
      {
        figure:
          `in process: the ${PAGE_SIZE}-cluster page, core's default transport, vs a bare msw handler returning ` +
          "the same JSON (theirs = bare)",
        ours: fmtSummary(m, "ms"),
        theirs: fmtSummary(b, "ms"),
        ratio: fmtRatio(m.median / b.median),
        target: "—",
        pass: undefined,
      },
      {
        figure:
          "in process: the same through the `fetch` transport (`fetchHandler()`) vs the bare msw handler on fetch " +
          "(theirs = bare)",
        ours: fmtSummary(mf, "ms"),
        theirs: fmtSummary(bf, "ms"),
        ratio: fmtRatio(mf.median / bf.median),
        target: "—",
        pass: undefined,
      },
    ];
    const list = (name: Side) => (samples[name] ?? []).map((perSecond) => fmt(1000 / perSecond)).join(", ");
    const paired = (a: Side, b: Side) => fmtSummary(pairedRatios(a, b));
    const notes = [
      `Sequential \`describeHpcClusters({ RegionId, PageSize: ${PAGE_SIZE}, PageNumber: 1 })\` calls by our client ` +
        "(V3, `retry: false`, default endpoint) intercepted by msw's `setupServer` in the bench process, so every " +
        "figure is client + msw interception + handler CPU. mock: " +
        `\`createHpcHandlers({ store: createHpcStore({ clusters: ${CLUSTERS} }) })\` ` +
        "(signatures, nonces, validation, " +
        'ClientToken record, paging); bare: `http.all("*", () => HttpResponse.json(samePage))`. The difference ' +
        "between the two is the mock's own cost per page.",
      `${baseline.note}. The baseline sides are that commit's core (client and transport) and msw package ` +
        "(handlers and store), imported from its build and intercepted by the same setupServer; " +
        "the row's ratio is the median of the same-round ratios today/baseline, all from this run.",
      `${ROUNDS} rounds of one ${WINDOW_MS} ms window per side, order rotated each round, after a warm-up window ` +
        "each; ms per page = 1000 / pages per second of the window.",
      `ms per page per window — mock: ${list("mock")}; bare: ${list("bare")}; mock on fetch: ${list("mockFetch")}; ` +
        `bare on fetch: ${list("bareFetch")}` +
        (baseline.packages
          ? `; baseline mock: ${list("baseMock")}; baseline mock on fetch: ${list("baseMockFetch")}. ` +
            `Same-round ratios today/baseline: default ${paired("mock", "baseMock")}, ` +
            `fetch ${paired("mockFetch", "baseMockFetch")}.`
          : ".") +
        ` The mock's own cost per page (median difference): ${fmt(m.median - b.median)} ms on the default ` +
        `transport, ${fmt(mf.median - bf.median)} ms on fetch.`,
    ];
    return { name: "in-process", title: "a 100-cluster page through the msw handlers in process", rows, notes };
  } finally {
    server.close();
  }
}
