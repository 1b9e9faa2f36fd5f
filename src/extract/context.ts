/** What every extractor sees of one sentence. */
import type { AnalyzedText, Quote, Sentence, Token } from '../document.js';

/** One sentence of an analysed text, with the text-wide facts an extractor needs beside it. */
export interface SentenceContext {
  /** The whole document text; all offsets index it. */
  text: string;
  sentence: Sentence;
  tokens: Token[];
  /** 1 at every index of `text` inside a quotation. */
  quoted: Uint8Array;
  quotes: Quote[];
  analysis: AnalyzedText;
  /** Each token's `lower` form, in order: what the lexicon's phrase matchers read. */
  words: readonly string[];
}

/** The context of one sentence of `analysis`, as of now (its tokens tagged or not). */
export function sentenceContext(analysis: AnalyzedText, sentence: Sentence): SentenceContext {
  const { text, quoted, quotes } = analysis;
  return { text, sentence, tokens: sentence.tokens, quoted, quotes, analysis, words: sentence.tokens.map(t => t.lower) };
}

/** A run of tokens `[first, last]` (inclusive) of the sentence. */
export interface TokenRange {
  first: number;
  last: number;
}

export function isQuotedToken(ctx: SentenceContext, t: Token): boolean {
  return ctx.quoted[t.start] === 1;
}

/** The quotation holding index `at`, if any. */
export function quoteAt(quotes: Quote[], at: number): Quote | undefined {
  return quotes.find(q => q.pieces.some(p => at >= p.start && at < p.end));
}
