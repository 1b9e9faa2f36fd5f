/** Building spans that always satisfy `text.slice(start, end) === span.text`. */
import type { Span } from '../types.js';

/** The span of `text` from `start` to `end` (end exclusive). */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

const EDGE_JUNK = /[\s,;:\u2014\u2013-]/u;

/**
 * Narrows `[start, end)` past whitespace and clause punctuation at both edges, so a content span
 * does not begin with "that, " leftovers or end with ", ".
 */
export function trimmed(text: string, start: number, end: number): Span {
  while (start < end && EDGE_JUNK.test(text[start]!)) start++;
  while (end > start && EDGE_JUNK.test(text[end - 1]!)) end--;
  return spanOf(text, start, end);
}
