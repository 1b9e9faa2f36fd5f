/** Counting the words a claim attributes, for `claims speakers` (words quoted per speaker). */
import type { Content } from '../types.js';

/**
 * A word: a run of letters, marks and digits, which may continue across an inner apostrophe or hyphen
 * ("it's", "Su-25" and "al-Sham" are one word each). Quotation marks and punctuation are not words.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** The number of words in `text`. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * The words of a claim's content: only its pieces (`content.spans`), so that "he said" between the two
 * halves of `“…,” he said, “…”` is not counted.
 */
export function contentWords(content: Content): number {
  let words = 0;
  for (const [start, end] of content.spans) words += countWords(content.text.slice(start - content.start, end - content.start));
  return words;
}
