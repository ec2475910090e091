// `create`, `modify` and `delete`: one call each; the service's ClientToken makes a retried call
// safe (the client fills one in unless --client-token gives it).
import type { Command } from "commander";
import { addConnectionFlags, connect, type ConnectionFlags } from "../client-options.ts";
import type { CommandContext } from "../context.ts";
import { formatJson } from "../output.ts";
import { withClientTokenHint } from "../report-error.ts";
import { terminalSafe } from "../terminal-text.ts";

interface MutateFlags extends ConnectionFlags {
  name?: string;
  description?: string;
  clientToken?: string;
  json?: boolean;
}

async function withClient(
  flags: MutateFlags,
  ctx: CommandContext,
  call: (c: Awaited<ReturnType<typeof connect>>) => Promise<void>,
): Promise<void> {
  const connection = await connect(flags, ctx.env, ctx.stderr);
  try {
    await call(connection);
  } finally {
    connection.close();
  }
}

const token = (flags: MutateFlags) => (flags.clientToken ? { ClientToken: flags.clientToken } : {});

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((line) => `  $ ${line}`).join("\n")}`;

export function mutateCommands(program: Command, ctx: CommandContext): void {
  const create = program
    .command("create")
    .description("create an HPC cluster; prints its ID")
    .requiredOption("--name <name>", "2-128 characters, starting with a letter or a Chinese character")
    .option("--description <text>", "2-256 characters, not starting with http:// or https://")
    .option("--client-token <token>", "idempotency token (default: a fresh one, reused on retries)")
    .option("--json", "print the response as JSON")
    .addHelpText(
      "after",
      examples(
        'id=$(hpc-clusters create --region cn-hangzhou --name cfd-01 --description "CFD runs")',
        "hpc-clusters create -r cn-hangzhou --name cfd-02 --client-token cfd-02-$(date +%F) --json",
      ),
    );
  addConnectionFlags(create).action((flags: MutateFlags) =>
    withClient(flags, ctx, async ({ client, regionId }) => {
      try {
        const out = await client.createHpcCluster(
          {
            RegionId: regionId,
            Name: flags.name!,
            ...(flags.description !== undefined ? { Description: flags.description } : {}),
            ...token(flags),
          },
          { signal: ctx.signal },
        );
        ctx.stdout.write(flags.json ? formatJson(out) : `${terminalSafe(out.HpcClusterId)}\n`);
      } catch (error) {
        throw withClientTokenHint(error);
      }
    }),
  );

  const modify = program
    .command("modify <id>")
    .description("rename an HPC cluster or change its description")
    .option("--name <name>", "the new name")
    .option("--description <text>", "the new description")
    .option("--client-token <token>", "idempotency token")
    .option("--json", "print the response as JSON")
    .addHelpText(
      "after",
      examples(
        "hpc-clusters modify hpc-bp1a5zr3u7nq9cx --region cn-hangzhou --name cfd-02",
        'hpc-clusters modify "$id" -r cn-hangzhou --description "CFD, second run"',
      ),
    );
  addConnectionFlags(modify).action((id: string, flags: MutateFlags) =>
    withClient(flags, ctx, async ({ client, regionId }) => {
      const out = await client.modifyHpcClusterAttribute(
        {
          RegionId: regionId,
          HpcClusterId: id,
          ...(flags.name !== undefined ? { Name: flags.name } : {}),
          ...(flags.description !== undefined ? { Description: flags.description } : {}),
          ...token(flags),
        },
        { signal: ctx.signal },
      );
      if (flags.json) ctx.stdout.write(formatJson(out));
      ctx.stderr.write(`${terminalSafe(`modified ${id} (request id ${out.RequestId})`)}\n`);
    }),
  );

  const remove = program
    .command("delete <id>")
    .description("delete an HPC cluster that holds no instances")
    .option("--client-token <token>", "idempotency token")
    .option("--json", "print the response as JSON")
    .addHelpText(
      "after",
      examples(
        "hpc-clusters delete hpc-bp1a5zr3u7nq9cx --region cn-hangzhou",
        'hpc-clusters delete "$id" -r cn-hangzhou --json',
      ),
    );
  addConnectionFlags(remove).action((id: string, flags: MutateFlags) =>
    withClient(flags, ctx, async ({ client, regionId }) => {
      const out = await client.deleteHpcCluster(
        { RegionId: regionId, HpcClusterId: id, ...token(flags) },
        { signal: ctx.signal },
      );
      if (flags.json) ctx.stdout.write(formatJson(out));
      ctx.stderr.write(`${terminalSafe(`deleted ${id} (request id ${out.RequestId})`)}\n`);
    }),
  );
}
