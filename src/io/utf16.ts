/**
 * Streaming UTF-16 to text, for JSON Lines written as UTF-16 with a byte order mark (what Windows
 * PowerShell 5 writes with `>`). Lines cannot be split in the raw bytes (0x0A is half of many UTF-16
 * characters), so the stream is decoded first; invalid input (an unpaired surrogate, an odd last
 * byte) becomes U+FFFD and is reported once, through `onInvalid`.
 */
import type { TextEncoding } from './decode.js';

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Tracks whether a UTF-16 byte stream is well formed, across chunk boundaries. */
class Utf16Check {
  private carry: number | undefined;
  private highPending = false;
  valid = true;

  constructor(private readonly littleEndian: boolean) {}

  add(bytes: Uint8Array): void {
    let k = 0;
    if (this.carry !== undefined && bytes.length > 0) {
      this.unit(this.littleEndian ? this.carry | (bytes[0]! << 8) : (this.carry << 8) | bytes[0]!);
      this.carry = undefined;
      k = 1;
    }
    for (; k + 1 < bytes.length; k += 2) this.unit(this.littleEndian ? bytes[k]! | (bytes[k + 1]! << 8) : (bytes[k]! << 8) | bytes[k + 1]!);
    if (k < bytes.length) this.carry = bytes[k];
  }

  end(): void {
    if (this.carry !== undefined || this.highPending) this.valid = false;
  }

  private unit(unit: number): void {
    if (this.highPending) {
      this.highPending = false;
      if (isLow(unit)) return;
      this.valid = false; // a high surrogate not followed by a low one
    }
    if (isHigh(unit)) this.highPending = true;
    else if (isLow(unit)) this.valid = false;
  }
}

/** Decodes a UTF-16 byte stream (byte order mark removed) to text chunks; `onInvalid` is called at most once. */
export async function* decodeUtf16Stream(source: AsyncIterable<Uint8Array>, encoding: Exclude<TextEncoding, 'utf-8'>, onInvalid: () => void): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  const check = new Utf16Check(encoding === 'utf-16le');
  for await (const chunk of source) {
    check.add(chunk);
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  check.end();
  const last = decoder.decode();
  if (last !== '') yield last;
  if (!check.valid) onInvalid();
}
