// `hpc-clusters list`: one page, or every page through the paginator (parallel).
import { DescribeHpcClusters } from "@ecs-hpc/core/operations/describe-hpc-clusters";
import { paginate, type HpcCluster } from "@ecs-hpc/paginate";
import type { Command } from "commander";
import { addConnectionFlags, addMockDataFlags, connect, intOption, type ConnectionFlags } from "../client-options.ts";
import type { CommandContext } from "../context.ts";
import { clusterWriter, flushed, outputWidth, type Format } from "../output.ts";
import { createProgress, wantsProgress } from "../progress.ts";
import { UsageError } from "../report-error.ts";
import { terminalSafe } from "../terminal-text.ts";

interface ListFlags extends ConnectionFlags {
  all?: boolean;
  ids?: string;
  page?: number;
  pageSize?: number;
  maxItems?: number;
  concurrency?: number;
  json?: boolean;
  ndjson?: boolean;
  progress?: boolean;
}

const EXAMPLES = `
Examples:
  $ hpc-clusters list --mock --all                          # the built-in mock, no account needed
  $ hpc-clusters list --region cn-hangzhou --all --json     # every cluster: { TotalCount, HpcClusters: { HpcCluster } }
  $ hpc-clusters list -r cn-hangzhou --ids hpc-a,hpc-b --ndjson
  $ hpc-clusters list -r cn-hangzhou --page 2 --page-size 50
  $ hpc-clusters list -r cn-hangzhou --all --ndjson | head -1  # ends quietly when the reader stops`;

export function listCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command("list")
    .description("list the HPC clusters of a region")
    .option("--all", "every page, fetched in parallel after the first")
    .option("--ids <ids>", "only these cluster IDs, comma-separated (at most 100)")
    .option("--page <n>", "the page to show (without --all)", intOption("--page", 1, 2 ** 31 - 1))
    .option(
      "--page-size <n>",
      "clusters per page, 1..100 (default: 10 for one page, 100 with --all)",
      intOption("--page-size", 1),
    )
    .option("--max-items <n>", "stop after this many clusters", intOption("--max-items", 1))
    .option("--concurrency <n>", "pages in flight with --all (1-64)", intOption("--concurrency", 1, 64), 8)
    .option("--json", "print JSON as the API answers: { TotalCount, HpcClusters: { HpcCluster: [...] } }")
    .option("--ndjson", "print one JSON cluster per line, as pages arrive")
    .option("--no-progress", "no progress on stderr (shown only when stderr is a terminal)")
    .addHelpText("after", EXAMPLES);
  addMockDataFlags(addConnectionFlags(command)).action(async (flags: ListFlags) => {
    if (flags.json && flags.ndjson) throw new UsageError("--json and --ndjson are exclusive");
    if (flags.all && flags.page !== undefined)
      throw new UsageError("--page and --all are exclusive (use --all with --max-items)");
    const format: Format = flags.json ? "json" : flags.ndjson ? "ndjson" : "table";
    const ids = flags.ids
      ?.split(",")
      .map((id) => id.trim())
      .filter(Boolean);
    const connection = await connect(flags, ctx.env, ctx.stderr);
    try {
      const input = { RegionId: connection.regionId, ...(ids ? { HpcClusterIds: ids } : {}) };
      const writer = clusterWriter(format, ctx.stdout, outputWidth(ctx.stdout, ctx.env));
      const progress = createProgress(
        ctx.stderr,
        wantsProgress({
          flag: flags.progress !== false,
          ndjson: format === "ndjson",
          stdout: ctx.stdout,
          stderr: ctx.stderr,
        }),
      );
      const seen = ids ? new Set<string>() : undefined;
      const add = (clusters: readonly HpcCluster[]) => {
        if (seen) for (const c of clusters) seen.add(c.HpcClusterId);
        writer.add(clusters);
      };
      let totalCount: number | undefined;
      let count = 0;
      const started = performance.now();
      try {
        if (flags.all) {
          const pages = paginate(connection.client, DescribeHpcClusters, input, {
            concurrency: flags.concurrency,
            signal: ctx.signal,
            ...(flags.pageSize ? { pageSize: flags.pageSize } : {}),
            ...(flags.maxItems ? { maxItems: flags.maxItems } : {}),
          });
          for await (const page of pages) {
            totalCount = page.totalCount ?? totalCount;
            count += page.items.length;
            progress.advance(page.items.length, totalCount);
            add(page.items);
          }
        } else {
          const page = await connection.client.describeHpcClusters(
            {
              ...input,
              ...(flags.page ? { PageNumber: flags.page } : {}),
              ...(flags.pageSize ? { PageSize: flags.pageSize } : {}),
            },
            { signal: ctx.signal },
          );
          const clusters = page.HpcClusters.HpcCluster.slice(0, flags.maxItems ?? Infinity);
          totalCount = page.TotalCount;
          count = clusters.length;
          progress.advance(count, totalCount);
          add(clusters);
        }
      } finally {
        progress.stop();
      }
      // Listing time only: rendering (the table, the JSON document) is not the service's time.
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      writer.end(totalCount);
      await flushed(ctx.stdout);
      ctx.stderr.write(
        `${count} cluster${count === 1 ? "" : "s"} of ${totalCount ?? count} in ${terminalSafe(connection.regionId)}${flags.mock ? " (mock service)" : ""}, listed in ${seconds} s\n`,
      );
      if (ids && seen) noteUnknownIds(ctx.stderr, ids, seen, totalCount ?? count, count, connection.regionId);
    } finally {
      connection.close();
    }
  });
}

/** Says on stderr which of the `--ids` match no cluster (the service just leaves them out). */
function noteUnknownIds(
  stderr: NodeJS.WritableStream,
  ids: readonly string[],
  seen: ReadonlySet<string>,
  totalCount: number,
  shown: number,
  regionId: string,
): void {
  const unique = [...new Set(ids)];
  if (totalCount >= unique.length) return;
  const missing = unique.filter((id) => !seen.has(id));
  const where = terminalSafe(regionId);
  if (shown >= totalCount && missing.length > 0) {
    stderr.write(
      terminalSafe(`note: no cluster in ${where} has the id${missing.length === 1 ? "" : "s"} ${missing.join(", ")}`) +
        "\n",
    );
  } else {
    stderr.write(
      `note: ${unique.length - totalCount} of the ${unique.length} ids given match no cluster in ${where}\n`,
    );
  }
}
