/** Stage 4: every extractor, over each sentence and paragraph. Their claims are merged by `merge.ts`. */
import type { AnalyzedText, DraftClaim } from '../document.js';
import { extractAccordingTo } from './according-to.js';
import { extractAdjectiveCues } from './adjective-cue.js';
import { sentenceContext } from './context.js';
import { findVerbCues } from './cues.js';
import { extractColonSpeaker } from './colon-speaker.js';
import { attributeColonQuotes } from './colon-quote.js';
import { extractDashBylines } from './dash-byline.js';
import { extractAskedQuestions } from './asked.js';
import { extractHedges } from './hedge.js';
import { extractNounCues } from './noun-cue.js';
import { extractQuoteFrame } from './quote-speaker.js';
import { extractReportingClauses } from './reporting-clause.js';
import { cueModel } from '../model/cue-model.js';
import type { ExtractOptions } from '../options.js';

/** The claims every extractor finds in the text, unmerged. */
export function extractAll(analysis: AnalyzedText, options: ExtractOptions): DraftClaim[] {
  const model = options.cueModel === false ? undefined : cueModel();
  const drafts: DraftClaim[] = [];
  for (const sentence of analysis.sentences) {
    const ctx = sentenceContext(analysis, sentence);
    const found = [...extractReportingClauses(ctx, findVerbCues(ctx, model)), ...extractAccordingTo(ctx), ...extractHedges(ctx), ...extractNounCues(ctx), ...extractAskedQuestions(ctx), ...extractAdjectiveCues(ctx)];
    // the reporting clause of an opening quotation whose verb is no lexicon cue ("“Denver,” he answered")
    drafts.push(...found, ...extractQuoteFrame(ctx, found));
  }
  for (const paragraph of analysis.paragraphs) {
    drafts.push(...extractDashBylines(analysis, paragraph), ...extractColonSpeaker(analysis, paragraph));
  }
  // quotations after a colon: to the reporting verb before it, or to the clause's subject
  return attributeColonQuotes(analysis, drafts);
}
