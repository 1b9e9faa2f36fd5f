/**
 * The speaker of a reporting clause that follows a sentence-opening quotation: "“…,” said a city
 * official who asked not to be named", "“…,” Jane Roe, a lawyer for the family, said over the phone".
 * After a quotation the clause can only be a reporting clause, so its speaker phrase is read more
 * freely than elsewhere: it runs from the word after the cue (or after the quotation) to the first
 * punctuation, relative pronoun, subordinator or preposition (the phrase's head is what matters).
 */
import type { DraftClaim, Quote, Token } from '../document.js';
import type { Span } from '../types.js';
import { AUXILIARIES, CLAUSE_SUBJECT_PRONOUNS, DETERMINERS, INVERSION_VERBS, PARTICLES, SPEAKER_CUE_ADVERBS } from '../lexicon/grammar.js';
import { cueVerbByForm } from '../lexicon/index.js';
import { CLAUSE_AFTER_QUOTATION, QUOTE_INVERSION_VERBS, SPEAKER_PHRASE_ENDERS } from '../lexicon/quotation.js';
import { spanOf } from '../text/span.js';
import { makeClaim } from './claim.js';
import type { SentenceContext, TokenRange } from './context.js';
import { isQuotedToken, quoteAt } from './context.js';
import type { Region } from './content.js';
import type { CueMatch } from './cues.js';
import { breakBefore } from './noun-phrase.js';
import { gapBefore, has, isCapitalized, isPredicateVerb, verbLemmaOf } from './tokens.js';

/** How many words may stand between the quotation and the cue ("“…,” Jane Roe, a lawyer for the family, said"). */
const MAX_CLAUSE_WORDS = 24;

export interface QuoteSpeaker {
  speaker: TokenRange;
  /** Whether the speaker follows the cue ("said X"). */
  inverted: boolean;
}

/** The quotation that opens a sentence: the first token after it, the quotation, and its piece in this sentence. */
interface OpeningQuote {
  after: number;
  quote: Quote;
  opening: Span;
}

/** The quotation that opens the sentence, when a comma, "?", "!" or a dash closes it before more words. */
function firstAfterOpeningQuote(ctx: SentenceContext): OpeningQuote | undefined {
  const { tokens, text, sentence } = ctx;
  const first = tokens[0];
  if (!first || !isQuotedToken(ctx, first)) return undefined;
  const quote = quoteAt(ctx.quotes, first.start);
  if (!quote) return undefined;
  // the quotation opens the sentence (or opened in an earlier one) with only spaces before it
  const opening = quote.pieces.find(p => first.start >= p.start && first.start < p.end)!;
  if (opening.start >= sentence.start && text.slice(sentence.start, opening.start).trim() !== '') return undefined;
  const after = tokens.findIndex(t => t.start >= opening.end);
  if (after <= 0 || !CLAUSE_AFTER_QUOTATION.test(gapBefore(ctx, after))) return undefined;
  return { after, quote, opening };
}

/** Whether a token can open a speaker phrase: a name, a determiner, a pronoun, a noun. */
function opensPhrase(t: Token, next: Token | undefined): boolean {
  if (SPEAKER_PHRASE_ENDERS.has(t.lower)) return false;
  // "said retired Gen. Jane Roe": a participle before a name is an adjective
  if ((has(t, 'PastTense') || has(t, 'Participle')) && next && isCapitalized(next)) return true;
  // "“…,” campaign manager Ana Ruiz said": a noun the tagger read as a verb, before the noun it modifies
  if (isNounReadAsVerb(t, next)) return true;
  return isCapitalized(t) || DETERMINERS.has(t.lower) || CLAUSE_SUBJECT_PRONOUNS.has(t.lower)
    || has(t, 'Noun') || has(t, 'Adjective') || has(t, 'Value');
}

/**
 * Whether a word tagged as a present or base verb is the first noun of a compound ("campaign
 * manager", "press secretary"): right after a quotation no verb can open the reporting clause
 * unless it is the cue, so a verb followed by a noun there is a noun modifier.
 */
function isNounReadAsVerb(t: Token, next: Token | undefined): boolean {
  return has(t, 'Verb') && !has(t, 'PastTense') && !has(t, 'Gerund') && !has(t, 'Participle') && !AUXILIARIES.has(t.lower)
    && next !== undefined && has(next, 'Noun') && !has(next, 'Pronoun') && !isCapitalized(t);
}

/** Whether a token continues a speaker phrase after `prev`. */
function continuesPhrase(t: Token, prev: Token): boolean {
  if (SPEAKER_PHRASE_ENDERS.has(t.lower)) return false;
  if (isCapitalized(t) || has(t, 'Noun') || has(t, 'Adjective') || has(t, 'Value') || t.lower === 'of' || t.lower === 'and' || t.lower === "'s") return !has(t, 'Gerund') || has(t, 'Noun');
  // "the printed card": a participle after a determiner is an adjective
  return DETERMINERS.has(prev.lower) && (has(t, 'Participle') || has(t, 'PastTense'));
}

/** The phrase from token `from`, or undefined when none starts there. */
function phraseFrom(ctx: SentenceContext, from: number, limit: number): TokenRange | undefined {
  const { tokens } = ctx;
  const first = tokens[from];
  if (!first || from >= limit || isQuotedToken(ctx, first) || !opensPhrase(first, tokens[from + 1])) return undefined;
  if (CLAUSE_SUBJECT_PRONOUNS.has(first.lower)) return { first: from, last: from };
  let last = from;
  while (last + 1 < limit && !breakBefore(ctx, last + 1) && continuesPhrase(tokens[last + 1]!, tokens[last]!)) last++;
  while (last > from && ['of', 'and', "'s"].includes(tokens[last]!.lower)) last--;
  return { first: from, last };
}

/**
 * The speaker of cue `c` when the sentence opens with a quotation that the cue's clause reports:
 * right after the cue when the cue follows the quotation ("“…,” said X …"), else the phrase that
 * follows the quotation ("“…,” X, who …, said"). `undefined` in any other sentence.
 */
export function speakerAfterQuote(ctx: SentenceContext, c: CueMatch): QuoteSpeaker | undefined {
  const { tokens } = ctx;
  const after = firstAfterOpeningQuote(ctx)?.after;
  if (after === undefined || c.index < after || c.index - after > MAX_CLAUSE_WORDS) return undefined;
  if (c.index === after) {
    if (!INVERSION_VERBS.has(c.lemma) && !QUOTE_INVERSION_VERBS.has(c.lemma)) return undefined;
    const speaker = phraseFrom(ctx, c.last + 1, tokens.length);
    // "said Tuesday": a time word is not a speaker
    if (!speaker || has(tokens[speaker.first]!, 'Date') || has(tokens[speaker.first]!, 'WeekDay')) return undefined;
    return { speaker, inverted: true };
  }
  const speaker = phraseFrom(ctx, after, c.index);
  if (!speaker) return undefined;
  // the cue follows the phrase (over adverbs and auxiliaries: "X has since said"), or a parenthesis
  // set off by commas: "X, a lawyer for the family, said"
  let k = c.index - 1;
  while (k > speaker.last && !breakBefore(ctx, k + 1) && isAdverbOrAuxiliary(tokens[k]!)) k--;
  const adjacent = k === speaker.last && !breakBefore(ctx, k + 1);
  const parenthesis = k > speaker.last && commaBefore(ctx, speaker.last + 1) && commaBefore(ctx, k + 1);
  return adjacent || parenthesis ? { speaker, inverted: false } : undefined;
}

const commaBefore = (ctx: SentenceContext, k: number) => /[,\u2014\u2013]|--/u.test(gapBefore(ctx, k));

/** Auxiliaries and adverbs between a speaker and its cue ("has since said", "quickly added"). */
function isAdverbOrAuxiliary(t: Token): boolean {
  return AUXILIARIES.has(t.lower) || SPEAKER_CUE_ADVERBS.has(t.lower) || (has(t, 'Adverb') && !has(t, 'Noun') && !isCapitalized(t));
}

/**
 * Whether a token can be the verb of the reporting clause after a quotation, whatever the verb:
 * after "“…,”" a subject and a finite verb report the quotation ("he answered", "Trump barked",
 * "she went on"), so the verb need not be in the cue lexicon. A finite form, not "be", "have", a
 * modal or a participle; a lexicon cue form counts however it is tagged ("Lee, head of the center,
 * tells the paper", where the tagger reads a plural noun).
 */
function isFrameVerb(t: Token): boolean {
  if (AUXILIARIES.has(t.lower) || isCapitalized(t) || /ing$/u.test(t.lower)) return false;
  if (cueVerbByForm.has(t.lower) && (has(t, 'Verb') || /(?:s|ed)$/u.test(t.lower))) return true;
  if (!has(t, 'Verb') || has(t, 'Copula') || has(t, 'Modal') || has(t, 'Gerund')) return false;
  return has(t, 'PastTense') || (has(t, 'PresentTense') && /s$/u.test(t.lower) && !has(t, 'Noun'));
}

/** The cue's last token: the verb, or the particle after it ("shot back", "went on", "cut in"). */
function withParticle(ctx: SentenceContext, v: number): number {
  const next = ctx.tokens[v + 1];
  return next && PARTICLES.has(next.lower) && !breakBefore(ctx, v + 1) ? v + 1 : v;
}

/** The lemma of a frame verb, with its particle: "went on" → "go on", "quipped" → "quip". */
function frameLemma(verb: Token, particle: Token, hasParticle: boolean): string {
  return hasParticle ? `${verbLemmaOf(verb)} ${particle.lower}` : verbLemmaOf(verb);
}

/**
 * Rule `quote-frame`: the reporting clause of a sentence-opening quotation whose verb no other rule
 * took for a cue: "“Denver,” he answered.", "“Go home,” the mayor barked.", "“Not yet,” beamed
 * Ana Ruiz." The quotation is the content, the clause's subject (or the phrase after an inverted
 * verb) the speaker. Nothing when a claim of `sentenceDrafts` already holds the quotation or has its
 * cue in the clause.
 */
export function extractQuoteFrame(ctx: SentenceContext, sentenceDrafts: DraftClaim[]): DraftClaim[] {
  const { tokens, text } = ctx;
  const opened = firstAfterOpeningQuote(ctx);
  if (!opened) return [];
  const { after, quote, opening } = opened;
  if (sentenceDrafts.some(d => d.content.start < opening.end && d.content.end > opening.start || d.cue.start >= opening.end)) return [];
  let found: { speaker: TokenRange; verb: number } | undefined;
  if (isFrameVerb(tokens[after]!) && has(tokens[after]!, 'PastTense')) {
    // "“…,” beamed Ana Ruiz": the speaker after the verb, ending the clause
    const last = withParticle(ctx, after);
    const speaker = phraseFrom(ctx, last + 1, tokens.length);
    const first = speaker && tokens[speaker.first]!;
    const ends = speaker && (speaker.last + 1 >= tokens.length || breakBefore(ctx, speaker.last + 1) || SPEAKER_PHRASE_ENDERS.has(tokens[speaker.last + 1]!.lower));
    if (speaker && first && ends && !CLAUSE_SUBJECT_PRONOUNS.has(first.lower) && !has(first, 'Date') && !has(first, 'WeekDay')) found = { speaker, verb: after };
  } else {
    const limit = Math.min(tokens.length, after + MAX_CLAUSE_WORDS + 1);
    const v = tokens.findIndex((t, k) => k > after && k < limit && isFrameVerb(t));
    const read = v > after ? speakerAfterQuote(ctx, { index: v, last: v, lemma: tokens[v]!.lower, kind: 'verb', frame: 'clause' }) : undefined;
    if (read && !read.inverted) found = { speaker: read.speaker, verb: v };
  }
  if (!found) return [];
  const { speaker, verb } = found;
  const last = withParticle(ctx, verb);
  const pieces: Region[] = quote.pieces.filter(p => p.start <= opening.start).map(p => ({ start: p.start, end: p.end }));
  const claim = makeClaim(ctx, {
    speaker: spanOf(text, tokens[speaker.first]!.start, tokens[speaker.last]!.end),
    cue: { ...spanOf(text, tokens[verb]!.start, tokens[last]!.end), lemma: frameLemma(tokens[verb]!, tokens[last]!, last > verb) },
    pieces, rule: 'quote-frame',
  });
  return claim ? [claim] : [];
}

/**
 * The content before a reporting clause (`“…,” she said`) cut to the quotation that ends it when a
 * clause of the narrator's own, set off by punctuation, stands before the quotation: in "In her
 * speech, Rhimes declared the need for drive: “Change the world,” she said" the speaker's words are
 * the quotation, a sentence of its own (capitalised); "Based on that night, “I don't trust her,” he
 * said" (no finite verb before it), "Roe is “a liar,” he said" (no punctuation before the mark) and
 * "The party, held yearly, “allows us to …,” he said" (a quotation going on the sentence) keep
 * their whole content.
 */
export function quotationEndingContent(ctx: SentenceContext, region: Region): Region {
  const { text, quoted, tokens } = ctx;
  let end = region.end;
  while (end > region.start && /[\s,]/u.test(text[end - 1]!)) end--;
  if (end <= region.start || quoted[end - 1] !== 1) return region;
  const quote = quoteAt(ctx.quotes, end - 1);
  const piece = quote?.pieces.find(p => end - 1 >= p.start && end - 1 < p.end);
  if (!piece || piece.start <= region.start) return region;
  if (!/[,:;(\u2014\u2013]\s*$|\s-\s*$/u.test(text.slice(region.start, piece.start))) return region;
  // a quotation that goes on the sentence ("The party, held every year, “allows us to …”") is part of it
  if (!/^\W*\p{Lu}/u.test(text.slice(piece.start, piece.end))) return region;
  // a finite verb with a subject before it: an opening participle ("Based on …,") frames, it does not narrate
  const words = tokens.filter(t => t.start >= region.start && t.end <= piece.start && !quoted[t.start]);
  const narration = words.some((t, k) => k > 0 && !breakBefore(ctx, t.index) && isPredicateVerb(t) && !has(t, 'Adjective'));
  return narration ? { start: piece.start, end: region.end } : region;
}
