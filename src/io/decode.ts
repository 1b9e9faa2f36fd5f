/**
 * Decoding for every input: UTF-8, or UTF-16 when a byte order mark says so (src/io/sniff.ts). A
 * leading byte order mark is removed, invalid bytes become U+FFFD and are reported (the caller prints a
 * warning). Offsets in the output index the decoded text.
 */

/** Throws on invalid bytes; strips a leading BOM (`ignoreBOM: false`). */
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Replaces invalid bytes with U+FFFD; strips a leading BOM. */
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Decoded text, and whether any invalid bytes had to be replaced. */
export interface Decoded {
  text: string;
  replaced: boolean;
}

/** Decodes `bytes` as UTF-8, removing a leading BOM. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: strict.decode(bytes), replaced: false };
  } catch {
    return { text: lenient.decode(bytes), replaced: true };
  }
}

/** The text encodings read (UTF-16 only with a byte order mark). */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Decodes `bytes` in `encoding`, removing a leading BOM. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): Decoded {
  if (encoding === 'utf-8') return decodeUtf8(bytes);
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), replaced: false };
  } catch {
    return { text: new TextDecoder(encoding).decode(bytes), replaced: true };
  }
}

/** The warning printed when {@link Decoded.replaced} is true. */
export const REPLACED_WARNING = 'warning: invalid UTF-8 bytes replaced with U+FFFD';

/** The warning for invalid UTF-16 (an unpaired surrogate, an odd last byte). */
export const REPLACED_UTF16_WARNING = 'warning: invalid UTF-16 replaced with U+FFFD';

/** The replacement warning for `encoding`. */
export const replacedWarning = (encoding: TextEncoding) => (encoding === 'utf-8' ? REPLACED_WARNING : REPLACED_UTF16_WARNING);
