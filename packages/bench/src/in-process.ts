// `in-process`: one 100-cluster page through `setupServer(...createHpcHandlers())` in the
// caller's own process (the mock's CPU is the caller's), on core's default transport and on
// `fetchHandler()`: today against issue 16's baseline commit in the same run, and against a bare
// msw handler returning the same JSON through the same interception (msw's floor).
//
// Each transport is measured in a process of its own (src/programs/in-process-child.ts): msw
// 3.0.5's fetch interception keeps memory alive for every request it answers (the notes give the
// figure), so fetch windows would slow every later window of the same process.
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createEcsClient, fetchHandler, type EcsClient } from "@ecs-hpc/core";
import { createHpcHandlers, createHpcStore, mockCredentials } from "@ecs-hpc/msw";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { buildBaseline } from "./baseline-build.ts";
import { REGION_ID } from "./fixtures.ts";
import { firstPage, PAGE_REQUEST_ID } from "./first-page.ts";
import { alternate, CLUSTERS, describePage, PAGE_SIZE, type Call } from "./mock-service.ts";
import type { BenchResult, Row } from "./report.ts";
import { fmt, fmtRatio, fmtSummary, summarize } from "./stats.ts";

const ROUNDS = 12;
const WINDOW_MS = 400;
/** The figures (issue 16, measured at the baseline commit), used when it cannot be built. */
const BASELINE_COMMIT = "01294b8";
const PUBLISHED_BASELINE_MS = { default: 5.3, fetch: 7.3 } as const;
const IN_PROCESS_TARGET = 0.5;
const SAMPLES_MARK = "IN-PROCESS-SAMPLES ";

export type Transport = keyof typeof PUBLISHED_BASELINE_MS;
/** mock: today's handlers; bare: a handler that only returns the page; baseMock: the baseline's handlers and client. */
type Side = "mock" | "bare" | "baseMock";

export interface TransportSamples {
  readonly transport: Transport;
  /** Pages per second of each window, per side (baseMock empty when the baseline could not be built). */
  readonly samples: Record<Side, number[]>;
  readonly baselineNote: string;
  readonly baselineBuilt: boolean;
  /** Heap still in use after a full GC, per intercepted request, over the alternating windows (their warm-up included). */
  readonly retainedBytesPerRequest: number;
  /** The same for a bare `fetch()` + `text()` (no client, no mock): through msw, then against a node:http server. */
  readonly plainFetchRetained?: { readonly viaMsw: number; readonly withoutMsw: number };
}

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

const heapAfterGc = (): number => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return Number.NaN;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

/** Heap kept per request by a bare `fetch(url, { method: "POST" })` + `text()` loop. */
async function retainedPerFetch(url: string, count = 500): Promise<number> {
  for (let i = 0; i < 20; i++) await (await fetch(url, { method: "POST" })).text();
  const before = heapAfterGc();
  for (let i = 0; i < count; i++) await (await fetch(url, { method: "POST" })).text();
  return (heapAfterGc() - before) / count;
}

/** One transport's windows, in this process (the child's half of the benchmark). */
export async function measureTransport(transport: Transport): Promise<TransportSamples> {
  const baseline = await baselinePackages();
  const ours: Packages = { core: { createEcsClient, fetchHandler }, msw: { createHpcHandlers, createHpcStore } };
  const page = firstPage(CLUSTERS, PAGE_SIZE);
  const bareHandlers = [
    http.all("*", () => HttpResponse.json(page, { headers: { "x-acs-request-id": PAGE_REQUEST_ID } })),
  ];
  // One setupServer (msw 3.0.5, the version both commits lock) intercepts every side; each side
  // installs its handlers when its window starts (the previous side's are dropped).
  const server = setupServer();
  server.listen({ onUnhandledFrame: "error" });
  let listening = true;
  try {
    type Handlers = Parameters<typeof server.resetHandlers>;
    let current: Side | undefined;
    let requests = 0;
    const side = (name: Side, handlers: Handlers, client: EcsClient): Call => {
      const call = describePage(client, name);
      return async () => {
        if (current !== name) {
          server.resetHandlers(...handlers);
          current = name;
        }
        requests++;
        await call();
      };
    };
    const client = ({ core }: Packages): EcsClient => {
      const options = { credentials: mockCredentials, regionId: REGION_ID, retry: false } as const;
      return (
        transport === "fetch"
          ? core.createEcsClient({ ...options, requestHandler: core.fetchHandler() })
          : core.createEcsClient(options)
      ) as EcsClient;
    };
    const mockHandlers = ({ msw }: Packages) =>
      msw.createHpcHandlers({ store: msw.createHpcStore({ clusters: CLUSTERS }) }) as Handlers;
    const today = client(ours);
    const sides: Partial<Record<Side, Call>> = {
      mock: side("mock", mockHandlers(ours), today),
      bare: side("bare", bareHandlers, today),
    };
    if (baseline.packages)
      sides.baseMock = side("baseMock", mockHandlers(baseline.packages), client(baseline.packages));
    // A few calls per side first (compiled code, connections, caches), so the heap figure leaves out one-off setup.
    const names = Object.keys(sides) as Side[];
    for (const name of names) for (let i = 0; i < 50; i++) await (sides[name] as Call)();
    const heapBefore = heapAfterGc();
    const before = requests;
    const samples = await alternate(sides as Record<Side, Call>, ROUNDS, WINDOW_MS, 1);
    const retained = (heapAfterGc() - heapBefore) / (requests - before);
    let plainFetchRetained: TransportSamples["plainFetchRetained"];
    if (transport === "fetch") {
      server.resetHandlers(...bareHandlers);
      const viaMsw = await retainedPerFetch("https://ecs.cn-hangzhou.aliyuncs.com/");
      server.close();
      listening = false;
      const local = createServer((_, res) => res.end(JSON.stringify(page)));
      await new Promise<void>((resolve) => local.listen(0, "127.0.0.1", resolve));
      try {
        const { port } = local.address() as AddressInfo;
        plainFetchRetained = { viaMsw, withoutMsw: await retainedPerFetch(`http://127.0.0.1:${port}/`) };
      } finally {
        local.close();
      }
    }
    return {
      transport,
      samples: { mock: samples.mock, bare: samples.bare, baseMock: samples.baseMock ?? [] },
      baselineNote: baseline.note,
      baselineBuilt: baseline.packages !== undefined,
      retainedBytesPerRequest: retained,
      ...(plainFetchRetained ? { plainFetchRetained } : {}),
    };
  } finally {
    if (listening) server.close();
  }
}

/** The child's entry: measures one transport and prints its samples as one JSON line. */
export async function printTransportSamples(transport: string): Promise<void> {
  if (transport !== "default" && transport !== "fetch") throw new Error(`unknown transport ${transport}`);
  console.log(SAMPLES_MARK + JSON.stringify(await measureTransport(transport)));
}

async function inChild(transport: Transport): Promise<TransportSamples> {
  const child = fileURLToPath(new URL("./programs/in-process-child.ts", import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, ["--expose-gc", child, transport], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = stdout.split("\n").find((l) => l.startsWith(SAMPLES_MARK));
  if (!line) throw new Error(`in-process: the ${transport} child printed no samples`);
  return JSON.parse(line.slice(SAMPLES_MARK.length)) as TransportSamples;
}

export async function runInProcess(): Promise<BenchResult> {
  // Built (or found in the cache) once here, so that the two children only load it; if it cannot
  // be built, the children say why.
  try {
    buildBaseline(BASELINE_COMMIT);
  } catch {}
  const measured = { default: await inChild("default"), fetch: await inChild("fetch") };
  const ms = (t: Transport, s: Side) => summarize(measured[t].samples[s].map((perSecond) => 1000 / perSecond));
  /** ms(a) / ms(b) of each round: pages per second of b over a. */
  const paired = (t: Transport, a: Side, b: Side) =>
    summarize(measured[t].samples[a].map((perSecond, i) => (measured[t].samples[b][i] as number) / perSecond));
  const label = { default: "core's default transport", fetch: "the `fetch` transport (`fetchHandler()`)" } as const;
  const vsBaseline = (t: Transport): Row => {
    const built = measured[t].baselineBuilt;
    // Built: the median of the same-round ratios (a burst of outside load hits both windows of a
    // round); not built: today's median over the figure.
    const ratio = built ? paired(t, "mock", "baseMock").median : ms(t, "mock").median / PUBLISHED_BASELINE_MS[t];
    return {
      figure:
        `in process: one ${PAGE_SIZE}-cluster page through setupServer(...createHpcHandlers()) ` +
        `(${CLUSTERS.toLocaleString("en-US")} clusters), ${label[t]}, today vs commit ${BASELINE_COMMIT} ` +
        "(issue 16's baseline) in the same run (theirs = baseline; ratio: median of the same-round ratios)",
      ours: fmtSummary(ms(t, "mock"), "ms"),
      theirs: built
        ? fmtSummary(ms(t, "baseMock"), "ms")
        : `${fmt(PUBLISHED_BASELINE_MS[t])} ms (issue 16's figure: baseline not built)`,
      ratio: fmtRatio(ratio),
      target: `<= ${IN_PROCESS_TARGET}x`,
      pass: ratio <= IN_PROCESS_TARGET,
    };
  };
  /** A bare msw handler (no work at all) against the baseline's mock: how low any mock can go. */
  const floor = (t: Transport): Row[] =>
    measured[t].baselineBuilt
      ? [
          {
            figure:
              `in process, msw's floor: the bare msw handler (returns the page, does no work) under today's client, ` +
              `${label[t]}, vs the baseline's mock (theirs = baseline; same-round ratios)`,
            ours: fmtSummary(ms(t, "bare"), "ms"),
            theirs: fmtSummary(ms(t, "baseMock"), "ms"),
            ratio: fmtRatio(paired(t, "bare", "baseMock").median),
            target: "—",
            pass: undefined,
          },
        ]
      : [];
  const vsBare = (t: Transport): Row => ({
    figure: `in process: the ${PAGE_SIZE}-cluster page, ${label[t]}, vs the bare msw handler returning the same JSON (theirs = bare)`,
    ours: fmtSummary(ms(t, "mock"), "ms"),
    theirs: fmtSummary(ms(t, "bare"), "ms"),
    ratio: fmtRatio(paired(t, "mock", "bare").median),
    target: "—",
    pass: undefined,
  });
  const rows: Row[] = [
    vsBaseline("default"),
    vsBaseline("fetch"),
    ...floor("default"),
    ...floor("fetch"),
    vsBare("default"),
    vsBare("fetch"),
  ];
  const list = (t: Transport, s: Side) => measured[t].samples[s].map((perSecond) => fmt(1000 / perSecond)).join(", ");
  const kib = (bytes: number) => `${fmt(bytes / 1024)} KiB`;
  const plain = measured.fetch.plainFetchRetained;
  const notes = [
    `Sequential \`describeHpcClusters({ RegionId, PageSize: ${PAGE_SIZE}, PageNumber: 1 })\` calls by our client ` +
      "(V3, `retry: false`, default endpoint) intercepted by msw's `setupServer` in the same process, so every " +
      "figure is client + msw interception + handler CPU. mock: " +
      `\`createHpcHandlers({ store: createHpcStore({ clusters: ${CLUSTERS} }) })\` (signatures, nonces, validation, ` +
      'ClientToken record, paging); bare: `http.all("*", () => HttpResponse.json(samePage))`. The difference ' +
      "between the two is the mock's own cost per page; the bare side is msw's floor, which no mock can go below.",
    `${measured.default.baselineNote}. The baseline side is that commit's core (client and transport) and msw ` +
      "package (handlers and store), imported from its build and intercepted by the same setupServer.",
    "Each transport runs in a child process of its own (`src/programs/in-process-child.ts`, `--expose-gc`), " +
      `its three sides alternating: ${ROUNDS} rounds of one ${WINDOW_MS} ms window per side, order rotated each ` +
      "round, after a warm-up window each; ms per page = 1000 / pages per second of the window.",
    `ms per page per window — default transport: mock ${list("default", "mock")}; bare ${list("default", "bare")}; ` +
      `baseline ${list("default", "baseMock")}. fetch: mock ${list("fetch", "mock")}; bare ${list("fetch", "bare")}; ` +
      `baseline ${list("fetch", "baseMock")}. Same-round ratios today/baseline: default ` +
      `${fmtSummary(paired("default", "mock", "baseMock"))}, fetch ${fmtSummary(paired("fetch", "mock", "baseMock"))}.`,
    `Heap still in use after a full GC, per intercepted request over the measured windows: ${kib(measured.default.retainedBytesPerRequest)} ` +
      `on the default transport (the mock's nonce and ClientToken records, which expire), ` +
      `${kib(measured.fetch.retainedBytesPerRequest)} on fetch.` +
      (plain
        ? ` A bare \`fetch()\` + \`text()\` loop, no client and no mock: ${kib(plain.viaMsw)} per request through ` +
          `setupServer and the bare handler, ${kib(plain.withoutMsw)} against a node:http server without msw. So ` +
          "msw 3.0.5's fetch interception keeps memory for every request it answers, and a long fetch run slows " +
          "as its heap grows (the fetch windows above drift upwards)."
        : ""),
  ];
  return { name: "in-process", title: "a 100-cluster page through the msw handlers in process", rows, notes };
}
