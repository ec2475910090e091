// Writers for the three output formats. stdout carries data only; summaries go to stderr.
// JSON has the API's shape ({ TotalCount, HpcClusters: { HpcCluster: [...] } }, as the service and
// `aliyun ... --pager` give it), indented like every other `--json` output of the CLI.
import type { HpcCluster } from "@ecs-hpc/paginate";
import { renderTable } from "./table.ts";

export type Format = "table" | "json" | "ndjson";

export interface ClusterWriter {
  /** Called as pages arrive, in order. */
  add(clusters: readonly HpcCluster[]): void;
  /** Called once at the end with the service's TotalCount. */
  end(totalCount: number | undefined): void;
}

/** Every `--json` output of the CLI: two-space indented, one trailing newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The terminal's width when stdout is one (`COLUMNS` wins over what it reports); otherwise (a pipe, a file) no limit. */
export function outputWidth(stdout: NodeJS.WritableStream, env: NodeJS.ProcessEnv): number | undefined {
  const tty = stdout as NodeJS.WriteStream;
  if (!tty.isTTY) return undefined;
  const fromEnv = Number(env.COLUMNS);
  if (Number.isSafeInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return typeof tty.columns === "number" && tty.columns > 0 ? tty.columns : undefined;
}

export function clusterWriter(format: Format, stdout: NodeJS.WritableStream, width: number | undefined): ClusterWriter {
  if (format === "ndjson") {
    return {
      add: (clusters) => {
        if (clusters.length > 0) stdout.write(`${clusters.map((c) => JSON.stringify(c)).join("\n")}\n`);
      },
      end: () => undefined,
    };
  }
  const all: HpcCluster[] = [];
  return {
    add: (clusters) => {
      for (const cluster of clusters) all.push(cluster);
    },
    end: (totalCount) => {
      if (format === "json") {
        stdout.write(formatJson({ TotalCount: totalCount ?? all.length, HpcClusters: { HpcCluster: all } }));
        return;
      }
      const rows = all.map((c) => [c.HpcClusterId, c.Name, c.Description ?? ""]);
      stdout.write(renderTable(["HpcClusterId", "Name", "Description"], rows, width));
    },
  };
}

/**
 * Settles once what was written to `stream` so far has been handed on (or has failed: the bin's
 * output guard then ends the process), so a summary on stderr never claims data a full disk refused.
 */
export function flushed(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    stream.write("", () => resolve());
  });
}
