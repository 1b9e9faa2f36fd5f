/**
 * UTF-8 decoding for every input: a leading byte order mark is removed, invalid bytes become U+FFFD
 * and are reported (the caller prints a warning). Offsets in the output index the decoded text.
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

/** The warning printed when {@link Decoded.replaced} is true. */
export const REPLACED_WARNING = 'warning: invalid UTF-8 bytes replaced with U+FFFD';
