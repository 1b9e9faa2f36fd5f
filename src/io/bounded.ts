/**
 * Reading whole inputs without trusting their size: at most `maxBytes` are kept, so a huge file, a
 * device like /dev/zero or an endless pipe is refused instead of exhausting memory. A regular file's
 * size is checked before anything is read; a file that grows while it is read is still caught.
 */
import type { FileHandle } from 'node:fs/promises';

/** The bytes read, or a note that there were more than the limit. */
export type Bounded = { bytes: Buffer } | { tooLarge: true };

const NEWLINE = 0x0a;

/** Bytes asked for per read. */
const CHUNK = 1 << 18;

/** An error with a file-system code, as node:fs throws them (src/io/errors.ts words them). */
export function fsError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/** Reads an open file (or pipe, or device) to its end, or until it holds more than `maxBytes`. */
export async function readHandle(handle: FileHandle, maxBytes: number): Promise<Bounded> {
  const stats = await handle.stat();
  if (stats.isDirectory()) throw fsError('EISDIR', 'is a directory');
  if (stats.isFile() && stats.size > maxBytes) return { tooLarge: true };
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) return { bytes: Buffer.concat(chunks, total) };
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) return { tooLarge: true };
  }
}

/** Reads `source` (standard input) to its end, or until it has given more than `maxBytes`. */
export async function readStream(source: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Bounded> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    chunks.push(bytes);
    total += bytes.length;
    if (total > maxBytes) return { tooLarge: true };
  }
  return { bytes: Buffer.concat(chunks, total) };
}

/**
 * Splits off the first bytes of `source` without losing any: reads until it has `count` bytes, a
 * line break or the end, so that a pipe delivering one short record at a time is answered at once.
 * `head` is everything read so far (at least the first chunk); `rest` yields every byte, head included.
 */
export async function peek(source: AsyncIterable<Uint8Array | string>, count: number): Promise<{ head: Buffer; rest: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let total = 0;
  let done = false;
  while (total < count && !seen.some((bytes) => bytes.includes(NEWLINE))) {
    const next = await iterator.next();
    if (next.done === true) {
      done = true;
      break;
    }
    const bytes = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    seen.push(bytes);
    total += bytes.length;
  }
  const head = Buffer.concat(seen, total);
  async function* rest(): AsyncGenerator<Uint8Array> {
    if (total > 0) yield head;
    if (done) return;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
      yield typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
    }
  }
  return { head, rest: rest() };
}
