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

const ROUNDS = 10;
const WINDOW_MS = 800;
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
    const [oR, tR, fR, hR, ofR] = [rps("ours"), rps("theirs"), rps("fetch"), rps("http"), rps("oursFetch")];
    const [oC, tC, fC, hC, ofC] = [cpu("ours"), cpu("theirs"), cpu("fetch"), cpu("http"), cpu("oursFetch")];
    const rows: Row[] = [
      {
        figure: "requests/s, sequential",
        ours: fmtSummary(oR, "/s"),
        theirs: fmtSummary(tR, "/s"),
        ratio: fmtRatio(oR.median / tR.median),
        target: ">= 1.5x",
        pass: oR.median / tR.median >= 1.5,
      },
      {
        figure: "requests/s vs bare fetch (theirs = fetch)",
        ours: fmtSummary(oR, "/s"),
        theirs: fmtSummary(fR, "/s"),
        ratio: fmtRatio(oR.median / fR.median),
        target: ">= 0.85x (within 15%)",
        pass: oR.median / fR.median >= 0.85,
      },
      {
        figure: "client CPU per call",
        ours: fmtSummary(oC, "µs"),
        theirs: fmtSummary(tC, "µs"),
        ratio: fmtRatio(oC.median / tC.median),
        target: "<= 0.667x (1/1.5)",
        pass: oC.median / tC.median <= 1 / 1.5,
      },
      {
        figure: "client CPU per call vs bare fetch (theirs = fetch)",
        ours: fmtSummary(oC, "µs"),
        theirs: fmtSummary(fC, "µs"),
        ratio: fmtRatio(oC.median / fC.median),
        target: "<= 1.15x (within 15%)",
        pass: oC.median / fC.median <= 1.15,
      },
      {
        figure:
          "requests/s vs a bare node:http request, the floor of the transport ours uses on Node (theirs = node:http)",
        ours: fmtSummary(oR, "/s"),
        theirs: fmtSummary(hR, "/s"),
        ratio: fmtRatio(oR.median / hR.median),
        target: "—",
        pass: undefined,
      },
      {
        figure: "client CPU per call vs a bare node:http request (theirs = node:http)",
        ours: fmtSummary(oC, "µs"),
        theirs: fmtSummary(hC, "µs"),
        ratio: fmtRatio(oC.median / hC.median),
        target: "—",
        pass: undefined,
      },
      {
        figure:
          "ours sending through fetch (`fetchHandler`: Bun, Deno, browsers, the `fetch` option): requests/s vs bare fetch (theirs = fetch)",
        ours: fmtSummary(ofR, "/s"),
        theirs: fmtSummary(fR, "/s"),
        ratio: fmtRatio(ofR.median / fR.median),
        target: "—",
        pass: undefined,
      },
      {
        figure: "ours sending through fetch: requests/s vs the official client",
        ours: fmtSummary(ofR, "/s"),
        theirs: fmtSummary(tR, "/s"),
        ratio: fmtRatio(ofR.median / tR.median),
        target: "—",
        pass: undefined,
      },
    ];
    const paired = (a: string, b: string, pick: (w: Window) => number) =>
      summarize((samples[a] ?? []).map((w, i) => pick(w) / pick((samples[b] ?? [])[i] as Window)));
    const list = (name: string, pick: (w: Window) => number) =>
      (samples[name] ?? []).map((w) => fmt(pick(w))).join(", ");
    const notes = [
      `One child-process node:http server on 127.0.0.1:${server.port} answering ${JSON.stringify(FIXED_RESPONSE).length} bytes of fixed JSON; keep-alive on every side (their defaults: ours and bare node:http through Node's global agent, the official client through its own, fetch through undici's pool). Calls are sequential (one in flight); every answer's TotalCount is checked.`,
      `${ROUNDS} rounds of one ${WINDOW_MS} ms window per side, order rotated each round, after ${WARMUP_MS} ms warm-up per side. CPU per call = process.cpuUsage() (user + system) delta of the bench process / calls.`,
      `ours: our client (V3 signing, retry off), \`describeHpcClusters({ PageSize: ${PAGE_SIZE} })\`; theirs: official client (V3 ACS3-HMAC-SHA256, its default), \`describeHpcClusters(new DescribeHpcClustersRequest({ regionId, pageSize: ${PAGE_SIZE} }))\`; fetch: \`fetch(url, { method: "POST" })\` + \`response.json()\`; node:http: \`http.request(url, { method: "POST" })\`, body collected and \`JSON.parse\`d.`,
      `Ours sends through node:http by default on Node (its \`nodeHttpHandler\`; \`fetch\` is used when passed as an option and on other runtimes), as the official client does, so bare fetch is no longer a floor for either: a bare node:http request is, and its rows show how much of ours is the client's own work.`,
      `requests/s per window — ours: ${list("ours", (w) => w.callsPerSecond)}; theirs: ${list("theirs", (w) => w.callsPerSecond)}; fetch: ${list("fetch", (w) => w.callsPerSecond)}; node:http: ${list("http", (w) => w.callsPerSecond)}; ours on fetch: ${list("oursFetch", (w) => w.callsPerSecond)}.`,
      `CPU µs per call per window — ours: ${list("ours", (w) => w.cpuMicrosPerCall)}; theirs: ${list("theirs", (w) => w.cpuMicrosPerCall)}; fetch: ${list("fetch", (w) => w.cpuMicrosPerCall)}; node:http: ${list("http", (w) => w.cpuMicrosPerCall)}; ours on fetch: ${list("oursFetch", (w) => w.cpuMicrosPerCall)}.`,
      `Ratios of windows in the same round (drift-resistant), median (min–max): ours/theirs requests/s ${fmtSummary(paired("ours", "theirs", (w) => w.callsPerSecond))}, ours/fetch requests/s ${fmtSummary(paired("ours", "fetch", (w) => w.callsPerSecond))}, ours/theirs CPU ${fmtSummary(paired("ours", "theirs", (w) => w.cpuMicrosPerCall))}, ours/fetch CPU ${fmtSummary(paired("ours", "fetch", (w) => w.cpuMicrosPerCall))}, ours/node:http requests/s ${fmtSummary(paired("ours", "http", (w) => w.callsPerSecond))}, ours on fetch/fetch requests/s ${fmtSummary(paired("oursFetch", "fetch", (w) => w.callsPerSecond))}. Lowest CPU per call seen (least disturbed window): ours ${fmt(oC.min)} µs, theirs ${fmt(tC.min)} µs, fetch ${fmt(fC.min)} µs, node:http ${fmt(hC.min)} µs.`,
      `ours / fetch: ${fmtRatio(oR.median / fR.median)} requests/s, ${fmtRatio(oC.median / fC.median)} CPU per call; theirs / fetch: ${fmtRatio(tR.median / fR.median)} requests/s, ${fmtRatio(tC.median / fC.median)} CPU per call; ours above a bare node:http request: ${fmt(oC.median - hC.median)} µs CPU per call (signing, validation, retries' bookkeeping, parsing); ours on fetch above bare fetch: ${fmt(ofC.median - fC.median)} µs.`,
    ];
    return { name: "requests", title: "requests per second and client CPU per call (fixed-JSON server)", rows, notes };
  } finally {
    await server.stop();
  }
}
