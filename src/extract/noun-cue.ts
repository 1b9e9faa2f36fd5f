/**
 * Rule `noun-that`: a reporting noun with its content clause, its speaker the possessor or modifier
 * before it: "his claim that the vote was rigged", "Trump's assertion that …", "a New York Times
 * report that …". The nouns are the lexicon's cue nouns that take a that-clause.
 */
import type { DraftClaim } from '../document.js';
import { RECEIVED_REACTION_NOUNS, RECEIVING_VERB_FORMS } from '../lexicon/cue-nouns.js';
import { cueNounByForm, pronounByForm } from '../lexicon/index.js';
import { spanOf } from '../text/span.js';
import { makeClaim } from './claim.js';
import { contentEnd } from './content.js';
import { isQuotedToken, type SentenceContext } from './context.js';
import { breakBefore, isNounPhraseWord, nounPhraseWordsAfter, subjectBefore } from './noun-phrase.js';

/** The claims of reporting nouns followed by "that" in one sentence. */
export function extractNounCues(ctx: SentenceContext): DraftClaim[] {
  const { tokens, text } = ctx;
  const claims: DraftClaim[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    const entry = cueNounByForm.get(t.lower);
    if (!entry || !entry.attach.includes('that-clause') || isQuotedToken(ctx, t) || !t.tags.has('Noun')) continue;
    if (tokens[i + 1]!.lower !== 'that' || breakBefore(ctx, i + 1)) continue;
    // the clause after "that" must have its own subject and verb, or "that" is a relative pronoun
    const next = tokens[i + 2]!;
    if (next.tags.has('Verb') && !next.tags.has('Noun')) continue;
    const speaker = speakerOfNoun(ctx, i);
    if (!speaker) continue;
    const start = tokens[i + 2]!.start;
    const end = contentEnd(ctx, i + 2, undefined, false);
    const claim = makeClaim(ctx, {
      speaker, cue: { ...spanOf(text, t.start, t.end), lemma: entry.lemma }, pieces: [{ start, end }], rule: 'noun-that',
    });
    if (claim) claims.push({ ...claim, stance: entry.stance });
  }
  return [...claims, ...extractReceivedReactions(ctx)];
}

/** How far before its noun a receiving verb may stand: "drew *sharp* criticism", "won *the* support". */
const MAX_WORDS_BETWEEN_VERB_AND_NOUN = 2;

/**
 * Rule `noun-from`: a reaction received, "The plan drew sharp criticism from the governors": the
 * "from" phrase is the source and the receiving verb's subject the content (PolNeAR's convention).
 */
function extractReceivedReactions(ctx: SentenceContext): DraftClaim[] {
  const { tokens, text } = ctx;
  const claims: DraftClaim[] = [];
  for (let i = 2; i + 2 < tokens.length; i++) {
    const noun = tokens[i]!;
    if (!RECEIVED_REACTION_NOUNS.has(noun.lower) || !noun.tags.has('Noun') || isQuotedToken(ctx, noun)) continue;
    if (tokens[i + 1]!.lower !== 'from' || breakBefore(ctx, i + 1)) continue;
    let verb = i - 1;
    while (verb > 0 && i - verb <= MAX_WORDS_BETWEEN_VERB_AND_NOUN && !breakBefore(ctx, verb + 1) && !RECEIVING_VERB_FORMS.has(tokens[verb]!.lower)) verb--;
    if (!RECEIVING_VERB_FORMS.has(tokens[verb]!.lower) || breakBefore(ctx, verb + 1)) continue;
    const source = nounPhraseWordsAfter(ctx, i + 1);
    if (!source) continue;
    const content = reactionContent(ctx, verb, source.last);
    if (!content) continue;
    const claim = makeClaim(ctx, {
      speaker: spanOf(text, tokens[source.first]!.start, tokens[source.last]!.end),
      cue: { ...spanOf(text, tokens[verb]!.start, noun.end), lemma: cueNounByForm.get(noun.lower)?.lemma ?? noun.lower },
      pieces: [content],
      rule: 'noun-from',
    });
    if (claim) claims.push({ ...claim, stance: 'asserts' });
  }
  return claims;
}

/**
 * What a received reaction is about: a that-clause after its source ("faced criticism from rivals
 * that the rally was unsafe"), else the subject that receives it ("The plan drew criticism").
 */
function reactionContent(ctx: SentenceContext, verb: number, sourceLast: number): { start: number; end: number } | undefined {
  const { tokens } = ctx;
  const that = sourceLast + 1;
  const next = tokens[that + 1];
  if (tokens[that]?.lower === 'that' && next && !breakBefore(ctx, that) && !(next.tags.has('Verb') && !next.tags.has('Noun'))) {
    return { start: next.start, end: contentEnd(ctx, that + 1, undefined, false) };
  }
  const receiver = subjectBefore(ctx, verb);
  return receiver && { start: tokens[receiver.first]!.start, end: tokens[receiver.last]!.end };
}

/** "his" in "his claim", "Trump" in "Trump's claim", "a New York Times" in "a New York Times report". */
function speakerOfNoun(ctx: SentenceContext, noun: number) {
  const { tokens, text } = ctx;
  const prev = tokens[noun - 1]!;
  if (breakBefore(ctx, noun)) return undefined;
  // a possessive determiner names the speaker of a reporting noun ("his claim")
  if (pronounByForm.get(prev.lower)?.speakerUse === 'possessor') return spanOf(text, prev.start, prev.end);
  let first = noun - 1;
  while (first > 0 && !breakBefore(ctx, first) && isNounPhraseWord(tokens[first - 1]!, first - 1 === 0)) first--;
  const words = tokens.slice(first, noun);
  const named = words.some(w => /^\p{Lu}/u.test(w.text) || /['’]s$/u.test(w.text));
  if (!named) return undefined;
  const last = words[words.length - 1]!;
  const end = /['’]s$/u.test(last.text) ? last.end - 2 : last.end;
  return spanOf(text, words[0]!.start, end);
}
