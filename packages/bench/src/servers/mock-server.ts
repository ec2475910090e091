// The msw package's standalone mock service (`@ecs-hpc/msw/server`) in a child process, so its
// CPU is not the client's. Usage: node mock-server.ts <clusters> <latencyMs>. Prints `PORT <n>`.
// A latency of 0 injects no faults at all (no fault plan), as a downstream suite runs it.
import { mockCredentials } from "@ecs-hpc/msw";
import { startMockServer } from "@ecs-hpc/msw/server";

const clusters = Number(process.argv[2] ?? 10_000);
const latencyMs = Number(process.argv[3] ?? 25);
const faults = latencyMs > 0 ? { faults: { latencyMs } } : {};
const credentials = [mockCredentials];
const server = await startMockServer({ host: "127.0.0.1", port: 0, store: { clusters }, credentials, ...faults });
process.stdout.write(`PORT ${server.port}\n`);
const stop = () => void server.close().finally(() => process.exit(0));
process.stdin.on("end", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
setTimeout(() => process.exit(0), 10 * 60_000).unref();
