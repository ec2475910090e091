// Requests per second and client CPU per call: sequential DescribeHpcClusters calls against one
// local node:http server (a child process, so its CPU is not counted) that answers fixed JSON.
// Five sides share that server: our client, the official client, bare `fetch` of the same URL
// (the floor the issue names: what any client built on fetch pays at least), a bare node:http
// request (the floor of the transport both SDKs actually use on Node), and our client sending
// through fetch (what Bun, Deno, browsers and callers passing `fetch` get), against bare fetch.
import { createEcsClient, fetchHandler } from "@ecs-hpc/core";
import { BENCH_CREDENTIALS, FIXED_RESPONSE, REGION_ID } from "./fixtures.ts";
import { createOfficialClient, describeRequest } from "./official.ts";
import type { BenchResult, Row } from "./report.ts";
import { bareHttpPost } from "./bare-node-http.ts";
import { measureWindow, type Window } from "./measure-window.ts";
import { spawnServer } from "./servers/spawn-server.ts";
import { fmt, fmtRatio, fmtSummary, summarize } from "./stats.ts";

// Many short windows rather than a few long ones: each row's ratio is the median of the ratios of
// windows run back to back (one round), so more rounds make it steadier on a shared machine.
const ROUNDS = 24;
const WINDOW_MS = 300;
const WARMUP_MS = 500;
const MAX_CALLS_PER_WINDOW = 200_000;
const PAGE_SIZE = 10;

type Call = () => Promise<void>;

const expectTotal = (got: unknown, side: string) => {
  if (got !== FIXED_RESPONSE.TotalCount)
    throw new Error(`requests: ${side} read TotalCount ${String(got)}, expected ${FIXED_RESPONSE.TotalCount}`);
};

export async function runRequests(): Promise<BenchResult> {
  const server = await spawnServer(new URL("./servers/fixed-json-server.ts", import.meta.url));
  try {
    const ours = createEcsClient({
      endpoint: `http://127.0.0.1:${server.port}`,
      credentials: BENCH_CREDENTIALS,
      regionId: REGION_ID,
      retry: false,
    });
    const oursOnFetch = createEcsClient({
      endpoint: `http://127.0.0.1:${server.port}`,
      credentials: BENCH_CREDENTIALS,
      regionId: REGION_ID,
      retry: false,
      requestHandler: fetchHandler(),
    });
    const theirs = createOfficialClient({
      endpoint: `127.0.0.1:${server.port}`,
      credentials: BENCH_CREDENTIALS,
      regionId: REGION_ID,
    });
    const url = `http://127.0.0.1:${server.port}/?ClientToken=0c593ea1-3bea-11e9-b96b-88e9fe637760&PageSize=${PAGE_SIZE}&RegionId=${REGION_ID}`;

    const sides: Record<"ours" | "theirs" | "fetch" | "http" | "oursFetch", Call> = {
      ours: async () => {
        const page = await ours.describeHpcClusters({ PageSize: PAGE_SIZE });
        expectTotal(page.TotalCount, "ours");
      },
      theirs: async () => {
        const response = await theirs.describeHpcClusters(
          describeRequest({ regionId: REGION_ID, pageSize: PAGE_SIZE }),
        );
        expectTotal(response.body?.totalCount, "theirs");
      },
      fetch: async () => {
        const response = await fetch(url, { method: "POST" });
        const body = (await response.json()) as { TotalCount?: unknown };
        expectTotal(body.TotalCount, "fetch");
      },
      http: async () => {
        expectTotal((await bareHttpPost(url)).TotalCount, "http");
      },
      oursFetch: async () => {
        const page = await oursOnFetch.describeHpcClusters({ PageSize: PAGE_SIZE });
        expectTotal(page.TotalCount, "ours on fetch");
      },
    };
    const names = Object.keys(sides) as (keyof typeof sides)[];
    for (const name of names) await measureWindow(sides[name], WARMUP_MS, MAX_CALLS_PER_WINDOW);

    const samples: Record<string, Window[]> = { ours: [], theirs: [], fetch: [], http: [], oursFetch: [] };
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order every round: ours/theirs/fetch/http/oursFetch, theirs/fetch/http/oursFetch/ours, ...
      for (let i = 0; i < names.length; i++) {
        const name = names[(round + i) % names.length] as keyof typeof sides;
        samples[name]?.push(await measureWindow(sides[name], WINDOW_MS, MAX_CALLS_PER_WINDOW));
      }
    }

    const rps = (name: string) => summarize((samples[name] ?? []).map((w) => w.callsPerSecond));
    const cpu = (name: string) => summarize((samples[name] ?? []).map((w) => w.cpuMicrosPerCall));
    const [oC, tC, fC, hC, ofC] = [cpu("ours"), cpu("theirs"), cpu("fetch"), cpu("http"), cpu("oursFetch")];
    /** The ratios a/b of the windows of each round (run back to back: a burst of outside load hits both). */
    const paired = (a: string, b: string, pick: (w: Window) => number) =>
      summarize((samples[a] ?? []).map((w, i) => pick(w) / pick((samples[b] ?? [])[i] as Window)));
    const perSecond = (w: Window) => w.callsPerSecond;
    const perCall = (w: Window) => w.cpuMicrosPerCall;
    /** A row whose ratio is the median of the same-round ratios; a `bound` makes it a target (a floor for requests/s, a ceiling for CPU). */
    const row = (
      figure: string,
      a: string,
      b: string,
      kind: "rps" | "cpu",
      bound?: { readonly value: number; readonly label: string },
    ): Row => {
      const [pick, unit, sum] = kind === "rps" ? [perSecond, "/s", rps] : [perCall, "µs", cpu];
      const ratio = paired(a, b, pick).median;
      return {
        figure,
        ours: fmtSummary(sum(a), unit),
        theirs: fmtSummary(sum(b), unit),
        ratio: fmtRatio(ratio),
        target: bound ? bound.label : "—",
        // Requests per second are better higher, CPU per call lower.
        pass: bound ? (kind === "rps" ? ratio >= bound.value : ratio <= bound.value) : undefined,
      };
    };
    const rows: Row[] = [
      row("requests/s, sequential", "ours", "theirs", "rps", { value: 1.5, label: ">= 1.5x" }),
      row("requests/s vs bare fetch (theirs = fetch)", "ours", "fetch", "rps", {
        value: 0.85,
        label: ">= 0.85x (within 15%)",
      }),
      row("client CPU per call", "ours", "theirs", "cpu", { value: 1 / 1.5, label: "<= 0.667x (1/1.5)" }),
      row("client CPU per call vs bare fetch (theirs = fetch)", "ours", "fetch", "cpu", {
        value: 1.15,
        label: "<= 1.15x (within 15%)",
      }),
      row(
        "requests/s vs a bare node:http request, the floor of the transport ours uses on Node (theirs = node:http)",
        "ours",
        "http",
        "rps",
        { value: 0.8, label: ">= 0.8x (issue 16)" },
      ),
      row("client CPU per call vs a bare node:http request (theirs = node:http)", "ours", "http", "cpu", {
        value: 1.25,
        label: "<= 1.25x (issue 16)",
      }),
      row(
        "ours sending through fetch (`fetchHandler`: Bun, Deno, browsers, the `fetch` option): requests/s vs bare fetch (theirs = fetch)",
        "oursFetch",
        "fetch",
        "rps",
      ),
      row(
        "ours sending through fetch: client CPU per call vs bare fetch (theirs = fetch)",
        "oursFetch",
        "fetch",
        "cpu",
      ),
      row("ours sending through fetch: requests/s vs the official client", "oursFetch", "theirs", "rps"),
      // What the targets against the official client leave room for on this machine: a client can
      // hardly beat the bare request of its transport.
      row(
        "the floor: a bare node:http request vs the official client, requests/s (ours = node:http)",
        "http",
        "theirs",
        "rps",
      ),
      row(
        "the floor: a bare node:http request vs the official client, CPU per call (ours = node:http)",
        "http",
        "theirs",
        "cpu",
      ),
    ];
    const list = (name: string, pick: (w: Window) => number) =>
      (samples[name] ?? []).map((w) => fmt(pick(w))).join(", ");
    const notes = [
      `One child-process node:http server on 127.0.0.1:${server.port} answering ${JSON.stringify(FIXED_RESPONSE).length} bytes of fixed JSON; keep-alive on every side (their defaults: ours and bare node:http through Node's global agent, the official client through its own, fetch through undici's pool). Calls are sequential (one in flight); every answer's TotalCount is checked.`,
      `${ROUNDS} rounds of one ${WINDOW_MS} ms window per side, order rotated each round, after ${WARMUP_MS} ms warm-up per side. CPU per call = process.cpuUsage() (user + system) delta of the bench process / calls. The cells are the medians of the windows; every ratio is the median of the ratios of the two sides' windows in the same round (they run back to back, so a burst of outside load hits both), not the ratio of the two medians.`,
      `ours: our client (V3 signing, retry off), \`describeHpcClusters({ PageSize: ${PAGE_SIZE} })\`; theirs: official client (V3 ACS3-HMAC-SHA256, its default), \`describeHpcClusters(new DescribeHpcClustersRequest({ regionId, pageSize: ${PAGE_SIZE} }))\`; fetch: \`fetch(url, { method: "POST" })\` + \`response.json()\`; node:http: \`http.request(url, { method: "POST" })\`, body collected and \`JSON.parse\`d.`,
      `Ours sends through node:http by default on Node (its \`nodeHttpHandler\`; \`fetch\` is used when passed as an option and on other runtimes), as the official client does, so bare fetch is no longer a floor for either: a bare node:http request is, and its rows show how much of ours is the client's own work.`,
      `requests/s per window — ours: ${list("ours", (w) => w.callsPerSecond)}; theirs: ${list("theirs", (w) => w.callsPerSecond)}; fetch: ${list("fetch", (w) => w.callsPerSecond)}; node:http: ${list("http", (w) => w.callsPerSecond)}; ours on fetch: ${list("oursFetch", (w) => w.callsPerSecond)}.`,
      `CPU µs per call per window — ours: ${list("ours", (w) => w.cpuMicrosPerCall)}; theirs: ${list("theirs", (w) => w.cpuMicrosPerCall)}; fetch: ${list("fetch", (w) => w.cpuMicrosPerCall)}; node:http: ${list("http", (w) => w.cpuMicrosPerCall)}; ours on fetch: ${list("oursFetch", (w) => w.cpuMicrosPerCall)}.`,
      `Same-round ratios, median (min–max): ours/theirs requests/s ${fmtSummary(paired("ours", "theirs", perSecond))}, CPU ${fmtSummary(paired("ours", "theirs", perCall))}; ours/fetch requests/s ${fmtSummary(paired("ours", "fetch", perSecond))}, CPU ${fmtSummary(paired("ours", "fetch", perCall))}; ours/node:http requests/s ${fmtSummary(paired("ours", "http", perSecond))}, CPU ${fmtSummary(paired("ours", "http", perCall))}; ours on fetch/fetch requests/s ${fmtSummary(paired("oursFetch", "fetch", perSecond))}, CPU ${fmtSummary(paired("oursFetch", "fetch", perCall))}. Lowest CPU per call seen (least disturbed window): ours ${fmt(oC.min)} µs, theirs ${fmt(tC.min)} µs, fetch ${fmt(fC.min)} µs, node:http ${fmt(hC.min)} µs, ours on fetch ${fmt(ofC.min)} µs.`,
      `theirs / fetch: ${fmtRatio(paired("theirs", "fetch", perSecond).median)} requests/s, ${fmtRatio(paired("theirs", "fetch", perCall).median)} CPU per call; ours above a bare node:http request: ${fmt(oC.median - hC.median)} µs CPU per call (signing, validation, retries' bookkeeping, parsing; medians' difference); ours on fetch above bare fetch: ${fmt(ofC.median - fC.median)} µs.`,
    ];
    return { name: "requests", title: "requests per second and client CPU per call (fixed-JSON server)", rows, notes };
  } finally {
    await server.stop();
  }
}
