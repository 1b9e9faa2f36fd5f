/**
 * Splitting a byte stream into lines without holding the whole stream: the JSON Lines reader uses it
 * for files and for stdin, so a map step can answer each record as it arrives.
 */

const NEWLINE = 0x0a;

/**
 * Yields the bytes of each line of `source`, without the `\n` (a `\r` before it is kept; the caller
 * strips it after decoding). Splitting bytes, not text, is safe for UTF-8: 0x0A never occurs inside a
 * multi-byte sequence.
 */
export async function* byteLines(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let at = bytes.indexOf(NEWLINE, from); at !== -1; at = bytes.indexOf(NEWLINE, from)) {
      pending.push(bytes.subarray(from, at));
      yield Buffer.concat(pending);
      pending = [];
      from = at + 1;
    }
    if (from < bytes.length) pending.push(Buffer.from(bytes.subarray(from)));
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

/** Reads all of `source` into one buffer (for plain-text articles, which are analysed whole). */
export async function readAll(source: AsyncIterable<Uint8Array | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
