// Reading a body without trusting its peer: a limit on the bytes taken in, checked as they
// arrive (not after buffering), so an endless or huge body, or a small gzip body that inflates
// to gigabytes, costs at most `limit` bytes of memory, and the read stays asynchronous so that
// timeouts and aborts still fire while it runs.
import { HttpResponseTooLargeError, type HttpHeaders } from "./types.ts";

/** Whether the announced `content-length` already exceeds the limit (nothing needs reading). */
export function announcedTooLarge(headers: HttpHeaders, limit: number | undefined): boolean {
  if (limit === undefined) return false;
  const length = headers.get("content-length");
  return length !== null && /^\s*\d+\s*$/.test(length) && Number(length) > limit;
}

/** Counts bytes against a limit; `add` throws `HttpResponseTooLargeError` once past it. */
export function byteCounter(limit: number | undefined): (bytes: number) => void {
  let total = 0;
  return (bytes) => {
    total += bytes;
    if (limit !== undefined && total > limit) throw new HttpResponseTooLargeError(limit);
  };
}

/**
 * A fetch `Response` body as text, read chunk by chunk. fetch has already decoded any
 * `content-encoding` (as a stream), so the bytes counted here are the decoded bytes, which for
 * a compressed body are also at least the bytes read.
 */
export async function readFetchBody(response: Response, limit: number | undefined): Promise<string> {
  if (announcedTooLarge(response.headers, limit)) {
    await response.body?.cancel().catch(() => undefined);
    throw new HttpResponseTooLargeError(limit as number);
  }
  if (limit === undefined || !response.body) return response.text();
  const reader = response.body.getReader();
  const count = byteCounter(limit);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    try {
      count(value.byteLength);
    } catch (error) {
      await reader.cancel().catch(() => undefined);
      throw error;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  // Decoded once, at the end, by one decoder for every body: a decoder per body (or per chunk,
  // streaming) costs more than joining the chunks, which are at most `limit` bytes.
  let bytes = chunks[0] ?? new Uint8Array(0);
  if (chunks.length > 1) {
    bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
  }
  return (utf8 ??= new TextDecoder()).decode(bytes);
}
let utf8: TextDecoder | undefined;
