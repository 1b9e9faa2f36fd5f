/**
 * Which characters are inside quotation marks, by the same rule as the scorer (and the PolNeAR
 * converter): used to give an unpaired prediction a kind.
 */
import type { KindSlice } from './types.js';
import type { TokenSpan } from './tokens.js';

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Paragraphs as `[start, end]`, split on "\n" (the newline belongs to neither). */
function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

/** Marks double-quoted regions of one paragraph; an unclosed quote runs to the paragraph end. */
function markDoubleQuotes(text: string, mask: Uint8Array, a: number, b: number): void {
  let open = -1;
  for (let i = a; i < b; i++) {
    const c = text[i];
    if (OPENERS.has(c)) {
      if (open >= 0) mask.fill(1, open, i); // a new opener closes a paragraph-reopened quote
      open = i;
    } else if (CLOSERS.has(c)) {
      if (open >= 0) {
        mask.fill(1, open, i + 1);
        open = -1;
      } else if (!isWord(text[i - 1]) && isWord(text[i + 1])) open = i; // a closer used as an opener
      else mask.fill(1, a, i + 1); // a quote continued from the previous paragraph
    } else if (c === '"') {
      if (open < 0) open = i;
      else {
        mask.fill(1, open, i + 1);
        open = -1;
      }
    }
  }
  if (open >= 0) mask.fill(1, open, b);
}

/** Marks single-quoted regions of one paragraph, skipping apostrophes inside words. */
function markSingleQuotes(text: string, mask: Uint8Array, a: number, b: number): void {
  let open = -1;
  for (let i = a; i < b; i++) {
    const c = text[i];
    if (c === '‘' && !isWord(text[i - 1])) open = i;
    else if (c === '’' && open >= 0 && !isWord(text[i + 1])) {
      mask.fill(1, open, i + 1);
      open = -1;
    }
  }
}

/** One byte per UTF-16 code unit of `text`: 1 inside quotation marks (marks included), else 0. */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const [a, b] of paragraphs(text)) {
    markDoubleQuotes(text, mask, a, b);
    markSingleQuotes(text, mask, a, b);
  }
  return mask;
}

/** Direct if every token is wholly quoted, indirect if none is, else mixed; `unknown` without tokens. */
export function kindOfTokens(tokens: readonly TokenSpan[], set: ReadonlySet<number>, mask: Uint8Array): KindSlice {
  let inside = 0;
  let outside = 0;
  for (const i of set) {
    const [p, q] = tokens[i];
    let all = true;
    for (let j = p; j < q; j++) {
      if (!mask[j]) {
        all = false;
        break;
      }
    }
    if (all) inside++;
    else outside++;
  }
  if (!inside && !outside) return 'unknown';
  if (outside === 0) return 'direct';
  return inside === 0 ? 'indirect' : 'mixed';
}
