/**
 * The ordered pipeline: read → paragraphs and sentences → quotes → cues → claims → framing →
 * speakers → confidence.
 * Each stage is a module with one job; data flows one way, each stage adding to what came before.
 */
import type { AnalyzedText, Sentence } from './document.js';
import { extractAll } from './extract/index.js';
import { mergeClaims } from './extract/merge.js';
import { attachContinuations } from './extract/quote-continuation.js';
import { splitSentences, tagSentence } from './nlp/compromise.js';
import { resolveSpeakers } from './resolve/speakers.js';
import { frameClaims } from './frame/index.js';
import { estimateConfidence } from './confidence/index.js';
import { splitParagraphs } from './text/paragraphs.js';
import { findQuotes, quotedMask } from './text/quotes.js';
import type { Claim, Diagnostic } from './types.js';
import { MIN_CUE_VERB_PRECISION, type ExtractOptions } from './options.js';
import { cueVerbFormCounts } from './lexicon/index.js';

/** Everything the pipeline learned about one text. */
export interface Analysis {
  /** The text, as given. */
  text: string;
  /** Claims in text order. */
  claims: Claim[];
  /** Problems found in the text, such as unclosed quotation marks. */
  diagnostics: Diagnostic[];
}

/** Stages 1–2: paragraphs, sentences with tagged tokens, quotations. */
export function analyzeText(text: string): AnalyzedText {
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  const isReportingVerb = (word: string) => (cueVerbFormCounts(word)?.precision ?? 0) >= MIN_CUE_VERB_PRECISION;
  for (const p of paragraphs) sentences.push(...splitSentences(text, p, sentences.length, isReportingVerb));
  for (const s of sentences) s.tokens = tagSentence(text, s);
  const { quotes, diagnostics } = findQuotes(text, paragraphs);
  return { text, paragraphs, sentences, quotes, quoted: quotedMask(text, quotes), diagnostics };
}

/** Runs every stage over `text`. */
export function analyze(text: string, options: ExtractOptions = {}): Analysis {
  const analysis = analyzeText(text);
  const drafts = extractAll(analysis, options);
  const framed = frameClaims(analysis, attachContinuations(analysis, mergeClaims(drafts)));
  const claims = estimateConfidence(resolveSpeakers(analysis, framed))
    .filter(c => (options.includeNonClaims || !c.nonClaim) && c.confidence >= (options.minConfidence ?? 0));
  return { text, claims, diagnostics: analysis.diagnostics };
}

/** The claims `text` attributes, in text order. */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  return analyze(text, options).claims;
}
