/**
 * Splitting a byte stream into lines without holding the whole stream: the JSON Lines reader uses it
 * for files and for stdin, so a map step can answer each record as it arrives. A line longer than the
 * limit is not kept: its bytes are dropped as they arrive and {@link OVERSIZED} stands for it.
 */

const NEWLINE = 0x0a;

/** Stands for a line longer than the limit, whose bytes were not kept. */
export const OVERSIZED = Symbol('oversized line');

/**
 * Yields the bytes of each line of `source`, without the `\n` (a `\r` before it is kept; the caller
 * strips it after decoding), or {@link OVERSIZED} for a line of more than `maxLineBytes` bytes.
 * Splitting bytes, not text, is safe for UTF-8: 0x0A never occurs inside a multi-byte sequence.
 */
export async function* byteLines(source: AsyncIterable<Uint8Array | string>, maxLineBytes = Infinity): AsyncGenerator<Buffer | typeof OVERSIZED> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let oversized = false;
  const add = (part: Buffer) => {
    if (oversized) return;
    pendingBytes += part.length;
    if (pendingBytes > maxLineBytes) {
      oversized = true;
      pending = [];
    } else {
      pending.push(part);
    }
  };
  const take = (): Buffer | typeof OVERSIZED => {
    const line = oversized ? OVERSIZED : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    oversized = false;
    return line;
  };
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let at = bytes.indexOf(NEWLINE, from); at !== -1; at = bytes.indexOf(NEWLINE, from)) {
      add(bytes.subarray(from, at));
      yield take();
      from = at + 1;
    }
    if (from < bytes.length) add(Buffer.from(bytes.subarray(from)));
  }
  if (pendingBytes > 0 || oversized) yield take();
}
