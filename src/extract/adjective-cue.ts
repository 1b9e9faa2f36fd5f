/**
 * Rule family `adjective-*`: a predicative attitude adjective with its subject as speaker. The
 * adjectives are the lexicon's cue phrases of kind `adjective` ("confident", "critical", "eager").
 *
 *   adjective-that   The mayor is confident that the bridge will reopen.
 *   adjective-to     The council was eager to settle the dispute.
 *   adjective-prep   Residents remained critical of the plan.
 *
 * The adjective must follow a form of "be" or another copular verb, so that its subject is the one
 * holding the attitude ("a confident smile" reports nothing), and must take its complement: "The
 * mayor is confident." reports no content.
 */
import type { DraftClaim } from '../document.js';
import { cuePhrases } from '../lexicon/cue-phrases.js';
import { ADJECTIVE_OBJECT_PREPOSITIONS, AUXILIARIES, COPULAR_VERBS } from '../lexicon/grammar.js';
import { spanOf } from '../text/span.js';
import { makeClaim } from './claim.js';
import { contentEnd } from './content.js';
import { isQuotedToken, type SentenceContext } from './context.js';
import { breakBefore, speakerBefore } from './noun-phrase.js';

/** The attitude adjectives, with the stance each gives its claim. */
const ADJECTIVES = new Map(cuePhrases.filter(p => p.kind === 'adjective' && p.speaker === 'subject').map(p => [p.pattern, p]));

/**
 * Index of the copula that links the adjective at `adj` to its subject ("is" in "is also confident",
 * "remained" in "remained deeply skeptical"), or `undefined`.
 */
function copulaBefore(ctx: SentenceContext, adj: number): number | undefined {
  const { tokens } = ctx;
  let k = adj - 1;
  // "was also very confident", "is not convinced": adverbs and negation between copula and adjective
  while (k >= 0 && !breakBefore(ctx, k + 1) && tokens[k]!.tags.has('Adverb') && !AUXILIARIES.has(tokens[k]!.lower)) k--;
  if (k < 0 || breakBefore(ctx, k + 1)) return undefined;
  const t = tokens[k]!;
  if (COPULAR_VERBS.has(t.lower) || (AUXILIARIES.has(t.lower) && t.tags.has('Copula'))) return k;
  if (['not', "n't", 'never'].includes(t.lower)) return copulaBefore(ctx, k);
  return undefined;
}

/** The end of the last token before the next punctuation break after token `from`, or of the sentence's last token. */
function nextBreak(ctx: SentenceContext, from: number): number {
  let k = from + 1;
  while (k < ctx.tokens.length && !breakBefore(ctx, k)) k++;
  return ctx.tokens[k - 1]!.end;
}

/** The claims of attitude adjectives in one sentence. */
export function extractAdjectiveCues(ctx: SentenceContext): DraftClaim[] {
  const { tokens, text } = ctx;
  const claims: DraftClaim[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const phrase = ADJECTIVES.get(t.lower);
    if (!phrase || isQuotedToken(ctx, t) || breakBefore(ctx, i + 1)) continue;
    const copula = copulaBefore(ctx, i);
    if (copula === undefined) continue;
    const next = tokens[i + 1]!;
    const verbAfter = tokens[i + 2] !== undefined && tokens[i + 2]!.tags.has('Verb') && !tokens[i + 2]!.tags.has('Noun') && !tokens[i + 2]!.tags.has('Gerund');
    let from: number;
    let cueLast = i;
    let rule: string;
    if (next.lower === 'that') { from = i + 1; rule = 'adjective-that'; }
    else if (next.lower === 'to' && verbAfter) { from = i + 1; rule = 'adjective-to'; }
    else if (ADJECTIVE_OBJECT_PREPOSITIONS.has(next.lower)) { from = i + 2; cueLast = i + 1; rule = 'adjective-prep'; }
    else continue;
    if (from >= tokens.length || breakBefore(ctx, from)) continue;
    const speaker = speakerBefore(ctx, copula);
    if (!speaker) continue;
    // an object or infinitive ends at the next comma ("wary of X, but they …"); a that-clause runs on
    const end = rule === 'adjective-that' ? contentEnd(ctx, from, undefined, false)
      : Math.min(contentEnd(ctx, from, undefined, rule === 'adjective-prep'), nextBreak(ctx, from));
    const claim = makeClaim(ctx, {
      speaker: spanOf(text, tokens[speaker.first]!.start, tokens[speaker.last]!.end),
      cue: { ...spanOf(text, tokens[copula]!.start, tokens[cueLast]!.end), lemma: phrase.pattern },
      pieces: [{ start: tokens[from]!.start, end }],
      rule,
    });
    if (claim) claims.push({ ...claim, stance: phrase.stance });
  }
  return claims;
}
