/**
 * The ordered pipeline: read → paragraphs and sentences → quotes → cues → claims → framing →
 * speakers → confidence.
 * Each stage is a module with one job; data flows one way, each stage adding to what came before.
 */
import type { AnalyzedText } from './document.js';
import { extractAll } from './extract/index.js';
import { mergeClaims } from './extract/merge.js';
import { attachContinuations } from './extract/quote-continuation.js';
import { parseText, type ParsedText } from './nlp/compromise.js';
import { sentencesForClaims, sentencesToTag, type ClaimSite } from './prefilter.js';
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

/** The parse behind each analysis, so that later stages can have more sentences tagged. */
const parses = new WeakMap<AnalyzedText, ParsedText>();

/**
 * Stages 1–2: paragraphs, sentences, quotations, and part-of-speech tags on the sentences the
 * extractors read (prefilter.ts; the others keep untagged tokens). One compromise parse in all.
 */
export function analyzeText(text: string): AnalyzedText {
  const paragraphs = splitParagraphs(text);
  const isReportingVerb = (word: string) => (cueVerbFormCounts(word)?.precision ?? 0) >= MIN_CUE_VERB_PRECISION;
  const parsed = parseText(text, paragraphs, isReportingVerb);
  const { quotes, diagnostics } = findQuotes(text, paragraphs);
  const analysis: AnalyzedText = { text, paragraphs, sentences: parsed.sentences, quotes, quoted: quotedMask(text, quotes), diagnostics };
  parsed.tag(sentencesToTag(analysis));
  parses.set(analysis, parsed);
  return analysis;
}

/** Tags what the stages after extraction read for `drafts`: their sentences, speaker antecedents. */
function tagForClaims<T extends ClaimSite>(analysis: AnalyzedText, drafts: T[]): T[] {
  parses.get(analysis)?.tag(sentencesForClaims(analysis, drafts));
  return drafts;
}

/** Runs every stage over `text`. */
export function analyze(text: string, options: ExtractOptions = {}): Analysis {
  const analysis = analyzeText(text);
  const drafts = extractAll(analysis, options);
  const framed = frameClaims(analysis, tagForClaims(analysis, attachContinuations(analysis, mergeClaims(drafts))));
  const claims = estimateConfidence(resolveSpeakers(analysis, framed))
    .filter(c => (options.includeNonClaims || !c.nonClaim) && c.confidence >= (options.minConfidence ?? 0));
  return { text, claims, diagnostics: analysis.diagnostics };
}

/** The claims `text` attributes, in text order. */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  return analyze(text, options).claims;
}
