import { describe, expect, it } from "vitest";
import { terminalSafe } from "../src/terminal-text.ts";

describe("terminalSafe", () => {
  it("makes C0, DEL, C1 and bidi controls visible", () => {
    expect(terminalSafe("a\x1b[2Jb")).toBe("a\\x1b[2Jb");
    expect(terminalSafe("\x1b]0;pwned\x07")).toBe("\\x1b]0;pwned\\x07");
    expect(terminalSafe("cr\rlf\ntab\tnul\0")).toBe("cr\\x0dlf\\x0atab\\x09nul\\x00");
    expect(terminalSafe("del\x7f csi\x9b31m osc\x9d")).toBe("del\\x7f csi\\x9b31m osc\\x9d");
    expect(terminalSafe("hpc-\u202ecod.exe\u2066x\u2069\u200f")).toBe("hpc-\\u202ecod.exe\\u2066x\\u2069\\u200f");
  });

  it("leaves printable text alone, CJK and emoji included", () => {
    for (const text of ["hpc-bp1a5zr3u7nq9cx", "高性能计算集群 测试", "naïve café ☕ 👩‍🔬", ""])
      expect(terminalSafe(text)).toBe(text);
  });
});
