/**
 * Rule family `hedge-*`: the writer's own hedges, statements that rest on no named source.
 *
 *   hedge-adverb   Russia carried out attacks, reportedly including cluster bombs.
 *                  The mayor allegedly took bribes.
 *   hedge-passive  It is believed that the talks failed.   The envoy is said to have resigned.
 *
 * The phrases are the lexicon's cue phrases of kind `adverb` and `passive` with no speaker
 * (`speaker: 'none'`). The claim has no speaker; its `hedge` is the phrase.
 */
import type { DraftClaim } from '../document.js';
import { cuePhrases } from '../lexicon/cue-phrases.js';
import { cueVerbByForm, cueVerbFormCounts, matchCuePhrase } from '../lexicon/index.js';
import { MIN_CUE_VERB_PRECISION } from '../options.js';
import { HEDGED_CLAUSE_OPENERS, INFERENCE_ADVERBS } from '../lexicon/grammar.js';
import { spanOf } from '../text/span.js';
import { makeClaim } from './claim.js';
import { contentEnd, trimEnd, type Region } from './content.js';
import { isQuotedToken, type SentenceContext } from './context.js';
import { breakBefore } from './noun-phrase.js';

/** Hedge phrases: sourceless adverbs and passives that point to hearsay. */
const HEDGES = new Set(cuePhrases
  .filter(p => (p.kind === 'adverb' || p.kind === 'passive' || p.kind === 'raising') && p.speaker === 'none' && !INFERENCE_ADVERBS.has(p.pattern))
  .map(p => p.pattern));

/** The first token of the clause holding token `i`: after the last comma or clause opener before it. */
function clauseStart(ctx: SentenceContext, i: number): number {
  let k = i;
  while (k > 0 && !breakBefore(ctx, k) && !HEDGED_CLAUSE_OPENERS.has(ctx.tokens[k - 1]!.lower)) k--;
  return k;
}

/** The end of the phrase that starts at token `from`: the next comma or the sentence end. */
function phraseEnd(ctx: SentenceContext, from: number): number {
  const { tokens, text, sentence } = ctx;
  let k = from + 1;
  while (k < tokens.length && !breakBefore(ctx, k)) k++;
  return trimEnd(text, tokens[from]!.start, k < tokens.length ? tokens[k - 1]!.end : sentence.end);
}

/**
 * Whether the infinitive at token `k` is a reporting verb ("appeared to *suggest*", "is expected to
 * *announce*"): that verb is the cue, and the subject its source.
 */
export function raisesReportingVerb(tokens: readonly { lower: string }[], k: number): boolean {
  return tokens[k] !== undefined && cueVerbByForm.has(tokens[k]!.lower);
}

/** The claims of the writer's hedges in one sentence. */
export function extractHedges(ctx: SentenceContext): DraftClaim[] {
  const { tokens, text, sentence } = ctx;
  const claims: DraftClaim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = matchCuePhrase(ctx.words, i);
    if (!m || !HEDGES.has(m.entry.pattern) || isQuotedToken(ctx, tokens[i]!)) continue;
    const last = m.end - 1;
    const after = last + 1;
    if (after >= tokens.length) continue;
    // "he appeared to suggest that …": a reporting verb after a raising verb is the cue, with a source
    const infinitival = m.entry.kind === 'raising' || m.entry.frame === 'to-infinitive';
    // ("is expected to deliver": after a passive, only a verb that mostly reports is; "deliver" is
    // rarely a cue, and when it is not, the hedge was lost with it)
    const reportsAfterPassive = m.entry.kind !== 'passive' || (cueVerbFormCounts(tokens[after]!.lower)?.precision ?? 0) >= MIN_CUE_VERB_PRECISION;
    if (infinitival && raisesReportingVerb(tokens, after) && reportsAfterPassive) continue;
    const pieces: Region[] = [];
    const sentenceStart = sentence.start + text.slice(sentence.start, sentence.end).search(/\S/u);
    if (m.entry.kind === 'adverb' && breakBefore(ctx, i)) {
      // ", reportedly including cluster bombs,": the phrase the adverb opens
      pieces.push({ start: tokens[after]!.start, end: phraseEnd(ctx, after) });
    } else if (m.entry.pattern.endsWith(' that') || m.entry.pattern.startsWith('it ')) {
      pieces.push({ start: tokens[after]!.start, end: trimEnd(text, tokens[after]!.start, sentence.end) });
    } else {
      // "The mayor allegedly took bribes", "The envoy is said to have resigned": the clause around it
      if (i > 0 && !breakBefore(ctx, i)) {
        const from = clauseStart(ctx, i - 1);
        pieces.push({ start: from === 0 ? sentenceStart : tokens[from]!.start, end: tokens[i - 1]!.end });
      }
      // an infinitive complement ends at the next comma or clause edge ("seemed to work, as …")
      const end = infinitival ? Math.min(contentEnd(ctx, after, undefined, false), phraseEnd(ctx, after)) : trimEnd(text, tokens[after]!.start, sentence.end);
      pieces.push({ start: tokens[after]!.start, end });
    }
    const cue = { ...spanOf(text, tokens[i]!.start, tokens[last]!.end), lemma: m.entry.pattern };
    const claim = makeClaim(ctx, { speaker: null, cue, pieces, rule: `hedge-${m.entry.kind}` });
    if (claim) claims.push({ ...claim, hedge: cue.text, stance: m.entry.stance });
    i = last;
  }
  return claims;
}
