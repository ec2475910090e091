// Writers for the three output formats. stdout carries data only; summaries go to stderr.
import Table from "cli-table3";
import type { HpcCluster } from "@ecs-hpc/paginate";

export type Format = "table" | "json" | "ndjson";

export interface ClusterWriter {
  /** Called as pages arrive, in order. */
  add(clusters: readonly HpcCluster[]): void;
  /** Called once at the end with the service's TotalCount. */
  end(totalCount: number | undefined): void;
}

export function clusterWriter(format: Format, stdout: NodeJS.WritableStream): ClusterWriter {
  if (format === "ndjson") {
    return {
      add: (clusters) => {
        if (clusters.length > 0) stdout.write(clusters.map((c) => JSON.stringify(c)).join("\n") + "\n");
      },
      end: () => undefined,
    };
  }
  const all: HpcCluster[] = [];
  return {
    add: (clusters) => void all.push(...clusters),
    end: (totalCount) => {
      if (format === "json") {
        stdout.write(JSON.stringify({ TotalCount: totalCount ?? all.length, HpcClusters: all }, null, 2) + "\n");
        return;
      }
      const table = new Table({ head: ["HpcClusterId", "Name", "Description"], style: { head: [], border: [], compact: true } });
      for (const c of all) table.push([c.HpcClusterId, c.Name, c.Description ?? ""]);
      stdout.write(table.toString() + "\n");
    },
  };
}
