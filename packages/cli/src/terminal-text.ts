// Text from the service (cluster names and descriptions, error codes, messages and request ids)
// goes to a terminal only with its control characters made visible: C0 (ESC, BEL, CR, BS, ...),
// DEL, C1 (CSI, OSC, ...), and the bidirectional overrides and isolates that reorder what
// follows. Anyone who can name a cluster can otherwise clear another user's screen, retitle their
// terminal, or make one ID read as another. JSON and NDJSON output escape these already.

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const visible = (char: string): string => {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
};

/** `text` with every control and bidi-control character written as `\xNN` / `\uNNNN`. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, visible);
}
