// Same-run A/B of two builds' nodeHttpHandler alone (the eight headers the client sends, fixed
// values) on the `requests` loop: `node src/programs/ab-handler.ts <old core dir> [rounds] [windowMs]`.
import { nodeHttpHandler as newHandler } from "@ecs-hpc/core";
import { CLIENT_HEADERS, FIXED_RESPONSE } from "../fixtures.ts";
import { measureWindow } from "../measure-window.ts";
import { spawnServer } from "../servers/spawn-server.ts";

const oldDir = process.argv[2];
if (!oldDir) throw new Error("usage: ab-handler.ts <old core dir> [rounds] [windowMs]");
const rounds = Number(process.argv[3] ?? 40);
const windowMs = Number(process.argv[4] ?? 100);
const { nodeHttpHandler: oldHandler } = (await import(`${oldDir}/dist/index.js`)) as typeof import("@ecs-hpc/core");
const server = await spawnServer(new URL("../servers/fixed-json-server.ts", import.meta.url));
const url = `http://127.0.0.1:${server.port}/?ClientToken=0c593ea1-3bea-11e9-b96b-88e9fe637760&PageSize=10&RegionId=cn-hangzhou`;
const headers = CLIENT_HEADERS;
const request = { method: "POST" as const, url, headers, timeoutMs: 30_000, maxResponseBytes: 1 << 20 };
const sides = { old: oldHandler(), new: newHandler() };
const window = async (handler: (typeof sides)["old"], ms: number) => {
  const call = async () => {
    const res = await handler(request);
    if ((JSON.parse(res.body) as { TotalCount?: unknown }).TotalCount !== FIXED_RESPONSE.TotalCount)
      throw new Error("wrong TotalCount");
  };
  return (await measureWindow(call, ms)).cpuMicrosPerCall;
};
await window(sides.old, 300);
await window(sides.new, 300);
const ratios: number[] = [];
for (let r = 0; r < rounds; r++) {
  const first = r % 2 ? "new" : "old";
  const a = await window(sides[first], windowMs);
  const b = await window(sides[first === "old" ? "new" : "old"], windowMs);
  ratios.push(first === "new" ? a / b : b / a);
}
ratios.sort((x, y) => x - y);
console.log(
  `handler new/old CPU per call: median ${ratios[rounds >> 1]!.toFixed(3)}x (quartiles ${ratios[rounds >> 2]!.toFixed(3)}–${ratios[(3 * rounds) >> 2]!.toFixed(3)}, ${rounds} paired rounds)`,
);
await server.stop();
