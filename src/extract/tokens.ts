/**
 * Small questions about tokens in a sentence, shared by the extractors: what lies between two
 * tokens, whether a token is inside a quotation, what part of speech it has.
 */
import type { Sentence, Token } from '../document.js';

/** The text between token `i - 1` and token `i` (punctuation, spaces, quotation marks). */
export function gapBefore(text: string, tokens: Token[], i: number, sentenceStart: number): string {
  const from = i > 0 ? tokens[i - 1]!.end : sentenceStart;
  return text.slice(from, tokens[i]!.start);
}

/** The text between token `i` and token `i + 1` (or the sentence end). */
export function gapAfter(text: string, sentence: Sentence, i: number): string {
  const tokens = sentence.tokens;
  const to = i + 1 < tokens.length ? tokens[i + 1]!.start : sentence.end;
  return text.slice(tokens[i]!.end, to);
}

/** Punctuation that ends a phrase when it stands between two words. */
export const PHRASE_BREAK = /[,;:()\[\]\u2014\u2013"\u201c\u201d]|\s[-\u2010]\s/u;

export const has = (t: Token, tag: string): boolean => t.tags.has(tag);

export function isVerb(t: Token): boolean {
  return has(t, 'Verb') && !has(t, 'Noun');
}

export function isCapitalized(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}
