/**
 * Small questions about tokens in a sentence, shared by the extractors: what lies between two
 * tokens, whether a token is inside a quotation, what part of speech it has.
 */
import type { Token } from '../document.js';
import { TIME_WORDS } from '../lexicon/grammar.js';
import { cueVerbByForm } from '../lexicon/index.js';
import { verbLemma } from '../nlp/compromise.js';
import type { SentenceContext } from './context.js';

/** The text between token `i - 1` and token `i` (punctuation, spaces, quotation marks), or the sentence start. */
export function gapBefore(ctx: SentenceContext, i: number): string {
  const from = i > 0 ? ctx.tokens[i - 1]!.end : ctx.sentence.start;
  return ctx.text.slice(from, ctx.tokens[i]!.start);
}

/** The text between token `i` and token `i + 1`, or the sentence end. */
export function gapAfter(ctx: SentenceContext, i: number): string {
  const to = i + 1 < ctx.tokens.length ? ctx.tokens[i + 1]!.start : ctx.sentence.end;
  return ctx.text.slice(ctx.tokens[i]!.end, to);
}

/** Punctuation that ends a phrase when it stands between two words. */
export const PHRASE_BREAK = /[,;:()\[\]\u2014\u2013"\u201c\u201d]|\s[-\u2010]\s/u;

export const has = (t: Token, tag: string): boolean => t.tags.has(tag);

export function isVerb(t: Token): boolean {
  return has(t, 'Verb') && !has(t, 'Noun');
}

/** Whether a token is a verb that can be a clause's predicate: not a noun, nor a gerund or participle (a modifier). */
export function isPredicateVerb(t: Token): boolean {
  return isVerb(t) && !has(t, 'Gerund') && !has(t, 'Participle');
}

export function isCapitalized(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/**
 * The lemma of a token that reports as a verb: its cue lexicon lemma, else its base form by
 * compromise's conjugation rules ("went" → "go", "quipped" → "quip"); a word not tagged as a verb
 * stays as written ("results:").
 */
export function verbLemmaOf(t: Token): string {
  const entry = cueVerbByForm.get(t.lower);
  if (entry) return entry.lemma;
  if (!has(t, 'Verb')) return t.lower;
  return verbLemma(t.text, has(t, 'PastTense') ? 'PastTense' : has(t, 'Gerund') ? 'Gerund' : has(t, 'Infinitive') ? 'Infinitive' : 'PresentTense');
}

/** Whether a word names or places a time: a time word ("yesterday", "week") or one tagged as a date, month or weekday. */
export function isTimeWord(t: Token): boolean {
  return TIME_WORDS.has(t.lower) || has(t, 'Date') || has(t, 'Month') || has(t, 'WeekDay');
}
