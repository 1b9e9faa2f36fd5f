/**
 * Rule family `prep-*`: a prepositional cue names its speaker after it ("according to").
 *
 *   prep-before   According to the ministry, CONTENT.
 *   prep-after    CONTENT, according to the ministry.
 *
 * The phrases come from the lexicon (`cuePhrases` of kind `prepositional` with the speaker after).
 */
import type { DraftClaim } from '../document.js';
import { cuePhrases } from '../lexicon/cue-phrases.js';
import { spanOf } from '../text/span.js';
import { makeClaim } from './claim.js';
import { snapToQuotes, trimEnd, type Region } from './content.js';
import { isQuotedToken, type SentenceContext } from './context.js';
import { isPredicateVerb } from './tokens.js';
import { breakBefore } from './noun-phrase.js';
import { CLAUSE_BREAKERS, CLAUSE_COORDINATORS, LEADING_SUBORDINATORS } from '../lexicon/grammar.js';

/** A prepositional phrase whose speaker follows it, as a word list ("according to" → ["according", "to"]). */
interface SpeakerAfterPhrase {
  words: string[];
  lemma: string;
}

/** Those phrases by their first word, so that a sentence's other words cost one lookup each. */
const PHRASES_BY_FIRST_WORD = new Map<string, SpeakerAfterPhrase[]>();
for (const p of cuePhrases) {
  if (p.kind !== 'prepositional' || p.speaker !== 'after' || p.pattern.includes('*')) continue;
  const words = p.pattern.split(' ');
  const list = PHRASES_BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push({ words, lemma: p.pattern });
  PHRASES_BY_FIRST_WORD.set(words[0]!, list);
}

/** How many words a speaker after "according to" may have before we give up looking for its end. */
const MAX_SPEAKER_WORDS = 12;

/** The claims of `according to`-like phrases in one sentence. */
export function extractAccordingTo(ctx: SentenceContext): DraftClaim[] {
  const { tokens, text, sentence } = ctx;
  const claims: DraftClaim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = PHRASES_BY_FIRST_WORD.get(tokens[i]!.lower)?.find(p => p.words.every((w, k) => tokens[i + k]?.lower === w));
    if (!phrase || isQuotedToken(ctx, tokens[i]!)) continue;
    const last = i + phrase.words.length - 1;
    // the speaker runs to the next punctuation or the sentence end
    let s = last + 1;
    while (s + 1 < tokens.length && !breakBefore(ctx, s + 1) && s - last < MAX_SPEAKER_WORDS) s++;
    if (s >= tokens.length) continue;
    const speaker = spanOf(text, tokens[last + 1]!.start, tokens[s]!.end);
    const cue = { ...spanOf(text, tokens[i]!.start, tokens[last]!.end), lemma: phrase.lemma };
    let region: Region | undefined;
    let rule: string;
    const atStart = i === 0 || text.slice(sentence.start, tokens[i]!.start).trim() === '';
    if (atStart) {
      rule = 'prep-before';
      if (s + 1 >= tokens.length) continue;
      region = { start: tokens[s + 1]!.start, end: trimEnd(text, tokens[s + 1]!.start, sentence.end) };
    } else {
      rule = 'prep-after';
      const start = sentence.start + (text.slice(sentence.start, sentence.end).search(/\S/u));
      region = { start, end: trimEnd(text, start, tokens[i]!.start) };
    }
    if (region.end <= region.start) continue;
    let pieces = snapToQuotes(ctx, region);
    // "Among the precedents at risk, according to Ms. Roe, are 16 cases": a sentence whose main
    // clause resumes after the speaker; "While most were minor, according to an aide, two were not":
    // the content is the main clause after it
    const resumes = !atStart && s + 1 < tokens.length && /,/u.test(text.slice(tokens[s]!.end, tokens[s + 1]!.start));
    const rest = resumes ? { start: tokens[s + 1]!.start, end: trimEnd(text, tokens[s + 1]!.start, sentence.end) } : undefined;
    if (rest && rest.end > rest.start) {
      if (opensSubordinateClause(ctx, i)) pieces = snapToQuotes(ctx, rest);
      else if (!tokens.slice(0, i).some(isPredicateVerb)) pieces = [...pieces, ...snapToQuotes(ctx, rest)];
    }
    const claim = makeClaim(ctx, { speaker, cue, pieces, rule });
    if (claim) claims.push(claim);
  }
  return claims;
}

/**
 * Whether the words before the cue at `i` are only a subordinate clause or a connective ("While most
 * were minor,", "But"): then the sentence's main clause follows the speaker.
 */
function opensSubordinateClause(ctx: SentenceContext, i: number): boolean {
  const first = ctx.tokens[0]!.lower;
  const lead = ctx.tokens.slice(0, i);
  if (lead.length === 1 && CLAUSE_COORDINATORS.has(first)) return true;
  return (LEADING_SUBORDINATORS.has(first) || CLAUSE_BREAKERS.has(first)) && !lead.some((t, k) => k > 0 && /,/u.test(ctx.text.slice(lead[k - 1]!.end, t.start)));
}
