/**
 * Rule `asked-passive`: a question put to someone by an unnamed asker, the writer's frame for an
 * answer: "Asked whether he would run, Smith said …", "when asked about the plan", "She was asked
 * what happened." The asker is mostly not named, so the claim has no speaker; its content is the
 * question. When "by" names the asker ("Asked by a reporter whether …"), PolNeAR annotates that
 * asker as the source (9 of 9 such gold attributions in train).
 */
import type { DraftClaim } from '../document.js';
import { PASSIVE_ASKED_FRAMES, QUESTION_OPENERS } from '../lexicon/grammar.js';
import { spanOf } from '../text/span.js';
import { makeClaim } from './claim.js';
import { trimEnd } from './content.js';
import { isQuotedToken, type SentenceContext } from './context.js';
import { breakBefore, nounPhraseWordsAfter } from './noun-phrase.js';

/** How many words (adverbs, "on Fox News") may stand between "asked" and the question. */
const QUESTION_WINDOW = 5;

/** Whether token `i` is a passive "asked" with no named asker (so no verb rule should take it). */
export function isPassiveAsked(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.lower !== 'asked' || isQuotedToken(ctx, t)) return false;
  if (i === 0 || breakBefore(ctx, i)) return true;
  return PASSIVE_ASKED_FRAMES.has(ctx.tokens[i - 1]!.lower);
}

/** The claims of passive "asked" questions in one sentence. */
export function extractAskedQuestions(ctx: SentenceContext): DraftClaim[] {
  const { tokens, text, sentence } = ctx;
  const claims: DraftClaim[] = [];
  tokens.forEach((t, i) => {
    if (!isPassiveAsked(ctx, i)) return;
    const asker = askerAfter(ctx, i);
    let k = asker ? asker.last + 1 : i + 1;
    while (k < tokens.length && k - i <= QUESTION_WINDOW && !QUESTION_OPENERS.has(tokens[k]!.lower) && !breakBefore(ctx, k)) k++;
    if (k >= tokens.length || !QUESTION_OPENERS.has(tokens[k]!.lower)) return;
    const about = tokens[k]!.lower === 'about';
    const first = about ? k + 1 : k;
    if (first >= tokens.length) return;
    // the question runs to the comma that closes the framing clause, or to the sentence end
    let last = first;
    while (last + 1 < tokens.length && !(breakBefore(ctx, last + 1) && /,/u.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start)) && !ctx.quoted[tokens[last + 1]!.start])) last++;
    const end = last + 1 < tokens.length ? tokens[last]!.end : trimEnd(text, tokens[first]!.start, sentence.end);
    const cueEnd = about ? tokens[k]!.end : t.end;
    const claim = makeClaim(ctx, {
      speaker: asker ? spanOf(text, tokens[asker.first]!.start, tokens[asker.last]!.end) : null, cue: { ...spanOf(text, t.start, cueEnd), lemma: about ? 'ask about' : 'ask' },
      pieces: [{ start: tokens[first]!.start, end }], rule: 'asked-passive',
    });
    if (claim) claims.push({ ...claim, stance: 'asks' });
  });
  return claims;
}

/** The asker named by "by" right after "asked" at `i` ("asked by a reporter whether"): the noun-phrase words after "by". */
function askerAfter(ctx: SentenceContext, i: number): { first: number; last: number } | undefined {
  const { tokens } = ctx;
  const by = i + 1;
  if (tokens[by]?.lower !== 'by' || breakBefore(ctx, by)) return undefined;
  return nounPhraseWordsAfter(ctx, by);
}
