// `hpc-clusters list`: one page, or every page through the paginator (parallel).
import { paginateDescribeHpcClusters } from "@ecs-hpc/paginate";
import type { Command } from "commander";
import { addConnectionFlags, connect, positiveInt, type ConnectionFlags } from "../client-options.ts";
import { clusterWriter, type Format } from "../output.ts";
import { createProgress } from "../progress.ts";
import { UsageError } from "../report-error.ts";
import type { CommandContext } from "../program.ts";

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

export function listCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command("list")
    .description("list the HPC clusters of a region")
    .option("--all", "every page, fetched in parallel after the first")
    .option("--ids <ids>", "only these cluster IDs, comma-separated (at most 100)")
    .option("--page <n>", "the page to show (without --all)", positiveInt("--page", 1))
    .option("--page-size <n>", "clusters per page, 1..100 (default: 10 for one page, 100 with --all)", positiveInt("--page-size", 1))
    .option("--max-items <n>", "stop after this many clusters", positiveInt("--max-items", 1))
    .option("--concurrency <n>", "pages in flight with --all", positiveInt("--concurrency", 1), 8)
    .option("--json", "print JSON: { TotalCount, HpcClusters: [...] }")
    .option("--ndjson", "print one JSON cluster per line, as pages arrive")
    .option("--no-progress", "no progress bar on stderr");
  addConnectionFlags(command).action(async (flags: ListFlags) => {
    if (flags.json && flags.ndjson) throw new UsageError("--json and --ndjson are exclusive");
    if (flags.all && flags.page !== undefined) throw new UsageError("--page and --all are exclusive (use --all with --max-items)");
    const format: Format = flags.json ? "json" : flags.ndjson ? "ndjson" : "table";
    const ids = flags.ids?.split(",").map((id) => id.trim()).filter(Boolean);
    const connection = await connect(flags, ctx.env);
    const started = performance.now();
    try {
      const input = { RegionId: connection.regionId, ...(ids ? { HpcClusterIds: ids } : {}) };
      const writer = clusterWriter(format, ctx.stdout);
      let totalCount: number | undefined;
      let count = 0;
      if (flags.all) {
        const progress = createProgress(ctx.stderr, flags.progress !== false);
        try {
          const pages = paginateDescribeHpcClusters(connection.client, input, {
            concurrency: flags.concurrency,
            signal: ctx.signal,
            ...(flags.pageSize ? { pageSize: flags.pageSize } : {}),
            ...(flags.maxItems ? { maxItems: flags.maxItems } : {}),
          });
          for await (const page of pages) {
            totalCount = page.totalCount ?? totalCount;
            count += page.items.length;
            writer.add(page.items);
            progress.advance(page.items.length, totalCount);
          }
        } finally {
          progress.stop();
        }
      } else {
        const page = await connection.client.describeHpcClusters(
          { ...input, ...(flags.page ? { PageNumber: flags.page } : {}), ...(flags.pageSize ? { PageSize: flags.pageSize } : {}) },
          { signal: ctx.signal },
        );
        const clusters = page.HpcClusters.HpcCluster.slice(0, flags.maxItems ?? Infinity);
        totalCount = page.TotalCount;
        count = clusters.length;
        writer.add(clusters);
      }
      writer.end(totalCount);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      ctx.stderr.write(`${count} cluster${count === 1 ? "" : "s"} of ${totalCount ?? count} in ${connection.regionId}${flags.mock ? " (mock service)" : ""}, ${seconds} s\n`);
    } finally {
      connection.close();
    }
  });
}
