/**
 * What an input's first bytes say it is: text in UTF-8 or UTF-16 (by byte order mark), or a binary
 * file that is skipped with the reason (a known signature, or a NUL byte, as git and grep decide).
 */

/** How many leading bytes are searched for a NUL byte (git looks at as many). */
export const SNIFF_BYTES = 8192;

/** Bytes enough to recognise every signature below (a stream is sniffed from its first chunk). */
export const SIGNATURE_BYTES = 8;

/** File signatures ("magic numbers") of binary formats users are likely to have in a folder of articles. */
const SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8(7a|9a)
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'zip archive (or .docx, .xlsx, .epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'zip archive (or .docx, .xlsx, .epub)', bytes: [0x50, 0x4b, 0x05, 0x06] }, // an empty zip
  { name: 'bzip2 archive', bytes: [0x42, 0x5a, 0x68] }, // BZh
  { name: 'xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'zstd archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: '7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'Microsoft Office document (.doc, .xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** UTF-32 byte order marks: checked before UTF-16's, whose little-endian mark they begin with. */
const UTF32 = [[0xff, 0xfe, 0x00, 0x00], [0x00, 0x00, 0xfe, 0xff]] as const;

/** What the first bytes of an input say. */
export type Sniffed =
  | { kind: 'text'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  /** Not text we read: skip the input; `message` says why (`skipped: binary file (PNG image)`). */
  | { kind: 'skip'; message: string };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.length <= bytes.length && prefix.every((b, k) => bytes[k] === b);

/** Classifies an input from its first bytes: a whole file, or the first chunk of a stream. */
export function sniff(head: Uint8Array): Sniffed {
  if (UTF32.some((bom) => startsWith(head, bom))) return { kind: 'skip', message: 'skipped: UTF-32 text is not supported (convert it to UTF-8)' };
  if (startsWith(head, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le' };
  if (startsWith(head, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be' };
  const signature = SIGNATURES.find((s) => startsWith(head, s.bytes));
  if (signature !== undefined) return { kind: 'skip', message: binaryMessage(signature.name) };
  const nul = head.subarray(0, SNIFF_BYTES).indexOf(0);
  if (nul >= 0) return { kind: 'skip', message: binaryMessage(`NUL byte at offset ${nul}`) };
  return { kind: 'text', encoding: 'utf-8' };
}

/** The message for a binary input. */
function binaryMessage(reason: string): string {
  return `skipped: binary file (${reason})`;
}
