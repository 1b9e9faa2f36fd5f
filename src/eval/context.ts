/**
 * Showing where an error is: the sentence(s) around some spans, and the text of a span list. The gold
 * files have no sentence split, so sentences are found by a light heuristic good enough for display.
 */
import type { Span } from '../types.js';
import type { SpanList } from './types.js';

/** Longest context shown; longer sentences are clipped around the spans. */
export const MAX_CONTEXT_CHARS = 400;
/** Characters kept on each side of the spans when a sentence is clipped. */
const CLIP_MARGIN = 120;

const CLOSERS = /["'”’»)\]]/;
const TERMINAL = /[.!?]/;
/** What a new sentence may start with after a terminal and a space. */
const SENTENCE_START = /[\p{Lu}\p{N}"'“‘«(\[—-]/u;

/** Whether a sentence ends right before offset `k` (a terminal, then optional closers). */
function endsBefore(text: string, k: number): boolean {
  let i = k - 1;
  while (i >= 0 && CLOSERS.test(text[i])) i--;
  return i >= 0 && TERMINAL.test(text[i]);
}

/** Start of the sentence holding `pos`. */
function sentenceStart(text: string, pos: number): number {
  for (let k = pos - 1; k >= 0; k--) {
    if (text[k] === '\n') return k + 1;
    if (/\s/.test(text[k]) && endsBefore(text, k) && SENTENCE_START.test(text[k + 1] ?? '')) return k + 1;
  }
  return 0;
}

/** End of the sentence holding the character at `pos`. */
function sentenceEnd(text: string, pos: number): number {
  for (let k = pos; k < text.length; k++) {
    if (text[k] === '\n') return k;
    if (/\s/.test(text[k]) && endsBefore(text, k)) {
      let next = k;
      while (next < text.length && /[ \t]/.test(text[next])) next++;
      if (next >= text.length || text[next] === '\n' || SENTENCE_START.test(text[next])) return k;
    }
  }
  return text.length;
}

/** The sentence(s) covering all `lists`; a longer stretch than {@link MAX_CONTEXT_CHARS} is clipped around them. */
export function contextAround(text: string, lists: readonly SpanList[]): Span {
  const pieces = lists.flat().filter(([s, e]) => e >= s);
  if (pieces.length === 0) return { start: 0, end: 0, text: '' };
  const first = Math.min(...pieces.map(([s]) => s));
  const last = Math.max(...pieces.map(([, e]) => e));
  let start = sentenceStart(text, first);
  let end = sentenceEnd(text, Math.max(first, last - 1));
  if (end - start > MAX_CONTEXT_CHARS) {
    start = Math.max(start, first - CLIP_MARGIN);
    end = Math.min(end, Math.max(last + CLIP_MARGIN, start + MAX_CONTEXT_CHARS));
  }
  return { start, end, text: text.slice(start, end) };
}

/** The text of a span list, pieces joined by ` … `; empty for an absent role. */
export function spanListText(text: string, spans: SpanList): string {
  return spans.map(([s, e]) => text.slice(s, e)).join(' … ');
}
