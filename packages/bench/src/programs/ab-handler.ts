// Same-run A/B of two builds' nodeHttpHandler alone (the eight headers the client sends, fixed
// values) on the `requests` loop: `node src/programs/ab-handler.ts <old core dir> [rounds] [windowMs]`.
import { nodeHttpHandler as newHandler } from "@ecs-hpc/core";
import { FIXED_RESPONSE } from "../fixtures.ts";
import { measureWindow } from "../measure-window.ts";
import { spawnServer } from "../servers/spawn-server.ts";

const oldDir = process.argv[2];
if (!oldDir) throw new Error("usage: ab-handler.ts <old core dir> [rounds] [windowMs]");
const rounds = Number(process.argv[3] ?? 40);
const windowMs = Number(process.argv[4] ?? 100);
const { nodeHttpHandler: oldHandler } = (await import(`${oldDir}/dist/index.js`)) as typeof import("@ecs-hpc/core");
const server = await spawnServer(new URL("../servers/fixed-json-server.ts", import.meta.url));
const url = `http://127.0.0.1:${server.port}/?ClientToken=0c593ea1-3bea-11e9-b96b-88e9fe637760&PageSize=10&RegionId=cn-hangzhou`;
const headers = {
  accept: "application/json",
  "x-acs-action": "DescribeHpcClusters",
  "x-acs-version": "2014-05-26",
  "x-acs-date": "2026-12-02T14:00:00Z",
  "x-acs-signature-nonce": "0c593ea1-3bea-11e9-b96b-88e9fe637760",
  "x-acs-content-sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  authorization:
    "ACS3-HMAC-SHA256 Credential=AKID,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
};
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
