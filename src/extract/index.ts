/** Stage 4: every extractor over one sentence. Their claims are merged by `merge.ts`. */
import type { AnalyzedText, DraftClaim, Sentence } from '../document.js';
import type { SentenceContext } from './context.js';
import { findVerbCues } from './cues.js';
import { extractReportingClauses } from './reporting-clause.js';

/** The claims each extractor finds in `sentence`. */
export function extractFromSentence(analysis: AnalyzedText, sentence: Sentence): DraftClaim[] {
  const ctx: SentenceContext = {
    text: analysis.text, sentence, tokens: sentence.tokens, quoted: analysis.quoted, quotes: analysis.quotes, analysis,
  };
  return extractReportingClauses(ctx, findVerbCues(ctx));
}
