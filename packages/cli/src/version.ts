// The version `--version` prints: the package's own, so `changeset version` is the only place
// it changes. `../package.json` is the package root from both src/ and dist/.
import { readFileSync } from "node:fs";

export const VERSION: string = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
).version;
