// The mock service's own cost, as downstream suites pay it. `mock-throughput`: requests/s of the
// standalone `ecs-hpc-mock` (`startMockServer`, signatures verified) against a bare node:http
// server answering the same page's bytes, both in child processes, driven by the same client with
// 8 requests in flight, windows alternating. (`in-process`, the msw handlers in the caller's own
// process, is in-process.ts.)
import { createEcsClient, type EcsClient } from "@ecs-hpc/core";
import { mockCredentials } from "@ecs-hpc/msw";
import { REGION_ID } from "./fixtures.ts";
import type { BenchResult, Row } from "./report.ts";
import { spawnServer } from "./servers/spawn-server.ts";
import { fmt, fmtRatio, fmtSummary, summarize } from "./stats.ts";

export const CLUSTERS = 10_000;
export const PAGE_SIZE = 100;
const IN_FLIGHT = 8;
const MAX_CALLS_PER_WINDOW = 100_000;

export type Call = () => Promise<void>;

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

export function describePage(client: EcsClient, side: string): Call {
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
export async function alternate<S extends string>(
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
