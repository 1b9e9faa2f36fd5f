/**
 * Rule `colon-quote`: a clause that ends with a colon right before a quotation introduces it, whatever
 * its verb: "Asked which county was his favorite, he demurred: “…”", "She went on: “…”", "The
 * campaign worded it more carefully: “…”", and a bare name does too: "From the report: “…”",
 * "… – Jane Roe: “…”". The speaker is the clause's subject (or the name); the cue runs from its verb
 * to the colon. A fallback: only quotations no other rule has attributed.
 */
import type { AnalyzedText, DraftClaim, Token } from '../document.js';
import { EDITORIAL_LABELS, INVERSION_VERBS } from '../lexicon/grammar.js';
import { NON_SPEAKER_SUBJECTS, QUOTE_INVERSION_VERBS, SOURCE_LEADS, STATEMENT_VERBS } from '../lexicon/quotation.js';
import { spanOf } from '../text/span.js';
import { makeClaim } from './claim.js';
import type { SentenceContext, TokenRange } from './context.js';
import { quoteAt, sentenceContext } from './context.js';
import type { Region } from './content.js';
import { isNounPhraseWord, speakerBefore } from './noun-phrase.js';
import { gapBefore, has, isPredicateVerb, isVerb, verbLemmaOf } from './tokens.js';

const OPENING = /["\u201c\u2018]/u;

/**
 * Verbs of saying, whose object or circumstance before a colon gives way to the quotation after it
 * ("told his audience, to applause:", "issued the following statement:").
 */
const SPEECH_VERBS: ReadonlySet<string> = new Set([...INVERSION_VERBS, ...QUOTE_INVERSION_VERBS, ...STATEMENT_VERBS]);

/**
 * Where the clause ending at token `last` (the word before the colon) begins: after the last dash (a
 * roundup's "… – Name:"), else at the sentence start.
 */
function clauseStart(ctx: SentenceContext, last: number): number {
  for (let k = last; k > 0; k--) {
    if (/\s[-\u2013\u2014]\s?|\u2014|--/u.test(gapBefore(ctx, k))) return k;
  }
  return 0;
}

/** Whether a token is a verb here: not a noun, nor a participle used as an adjective ("a published report"). */
const isVerbNotAdjective = (t: Token) => isVerb(t) && !has(t, 'Adjective');

/** The speaker and cue of the clause `[first, last]` before the colon, or undefined. */
function readClause(ctx: SentenceContext, first: number, last: number): { speaker: TokenRange; cueFirst: number | undefined } | undefined {
  const { tokens } = ctx;
  let from = first;
  while (from <= last && SOURCE_LEADS.has(tokens[from]!.lower)) from++;
  if (from > last) return undefined;
  // a "verb" after a determiner or an adjective heads a noun phrase ("a personal campaign message")
  const nominal = (k: number) => k > 0 && (has(tokens[k - 1]!, 'Determiner') || has(tokens[k - 1]!, 'Adjective') || has(tokens[k - 1]!, 'Possessive'));
  const verbs = tokens.slice(from, last + 1).flatMap((t, k) => (isVerbNotAdjective(t) && !nominal(from + k) ? [from + k] : []));
  if (verbs.length === 0) {
    // a bare name: "Jane Roe:", "From the report:", "Ana Ruiz and Lee Park:"; every word a noun-phrase word
    const words = tokens.slice(from, last + 1);
    const joins = (t: Token, k: number) => t.lower === 'of' || t.lower === "'s" || (t.lower === 'and' && k > 0 && k < words.length - 1);
    if (words.length > 8 || !words.every((t, k) => isNounPhraseWord(t, from + k === 0) || joins(t, k))) return undefined;
    if (EDITORIAL_LABELS.has(words.map(t => t.lower).join(' '))) return undefined;
    return { speaker: { first: from, last }, cueFirst: undefined };
  }
  // the last verb with a subject of its own: the main clause follows an introductory one ("When
  // the mayor died, the governor released this statement:"), a participle may end it ("ends with a
  // voice over saying:"); an imperative has none ("Consider this:")
  for (let k = verbs.length - 1; k >= 0; k--) {
    const v = verbs[k]!;
    const speaker = speakerBefore(ctx, v);
    if (!speaker || speaker.first < from) continue;
    if (NON_SPEAKER_SUBJECTS.has(tokens[speaker.last]!.lower)) return undefined;
    return { speaker, cueFirst: v };
  }
  return undefined;
}

/**
 * `drafts` with the quotations introduced by a colon attributed: a draft whose reporting verb heads
 * the clause before the colon takes the quotation as its content; a quotation no draft covers gets a
 * claim of its own.
 */
export function attributeColonQuotes(analysis: AnalyzedText, drafts: DraftClaim[]): DraftClaim[] {
  const covered = (at: number) => drafts.some(d => d.content.spans.some(([s, e]) => at >= s && at < e));
  const added: DraftClaim[] = [];
  const replaced = new Map<DraftClaim, DraftClaim>();
  for (const sentence of analysis.sentences) {
    const ctx = sentenceContext(analysis, sentence);
    const claim = colonClaim(ctx, drafts, replaced, covered);
    if (claim) added.push(claim);
  }
  return [...drafts.map(d => replaced.get(d) ?? d), ...added];
}

function colonClaim(ctx: SentenceContext, drafts: DraftClaim[], replaced: Map<DraftClaim, DraftClaim>, covered: (at: number) => boolean): DraftClaim | undefined {
  const { paragraphs } = ctx.analysis;
  const { tokens, text, sentence, quoted } = ctx;
  // the first colon outside quotations, after a word of the sentence
  let colon = -1;
  for (let i = sentence.start; i < sentence.end; i++) if (text[i] === ':' && !quoted[i]) { colon = i; break; }
  if (colon < 0) return undefined;
  const before = tokens.filter(t => t.end <= colon);
  // a quoted word before the clause's own start does not matter ("… “look” sound - More from the report:")
  if (before.length === 0 || before.slice(clauseStart(ctx, before.length - 1)).some(t => quoted[t.start])) return undefined;
  // the quotation right after the colon, here or opening the next paragraph
  let at = colon + 1;
  while (at < text.length && /[ \t\u00a0]/u.test(text[at]!)) at++;
  if (text[at] === '\n' || text[at] === '\r') {
    const p = paragraphs[sentence.paragraph];
    if (!p || at < p.end - 1 && text.slice(at, p.end).trim() !== '') return undefined;
    const next = paragraphs[sentence.paragraph + 1];
    if (!next) return undefined;
    at = next.start;
  }
  if (!OPENING.test(text[at] ?? '')) return undefined;
  const quote = quoteAt(ctx.quotes, at);
  if (!quote || quote.pieces[0]!.start !== at) return undefined;
  const pieces: Region[] = quote.pieces.map(p => ({ start: p.start, end: p.end }));
  const lastBefore = tokens.filter(t => t.end <= colon).length;
  // "He told his audience, to rowdy applause: “…”": a reporting verb of the clause whose content
  // stopped before the colon reports the quotation instead
  const own = drafts.find(d => d.sentence === sentence.index && d.cue.end <= colon && d.content.end <= colon && d.content.start > d.cue.start
    && !drafts.some(o => o !== d && o.cue.start > d.cue.start && o.cue.end <= colon)
    && SPEECH_VERBS.has(d.cue.lemma ?? '') && d.cue.start >= tokens[clauseStart(ctx, lastBefore - 1)]!.start
    && !tokens.some(t => t.start >= d.content.end && t.end <= colon && isPredicateVerb(t) && !has(t, 'Adjective')));
  if (own) {
    const claim = makeClaim(ctx, { speaker: own.speaker, cue: own.cue, pieces, rule: `${own.rule}+colon` });
    if (claim) replaced.set(own, claim);
    return undefined;
  }
  if (covered(at)) return undefined;
  const last = before.length - 1;
  const read = readClause(ctx, clauseStart(ctx, last), last);
  if (!read) return undefined;
  const { speaker, cueFirst } = read;
  const cueStart = cueFirst === undefined ? colon : tokens[cueFirst]!.start;
  return makeClaim(ctx, {
    speaker: spanOf(text, tokens[speaker.first]!.start, tokens[speaker.last]!.end),
    cue: { ...spanOf(text, cueStart, colon + 1), lemma: cueFirst === undefined ? ':' : verbLemmaOf(tokens[cueFirst]!) },
    pieces, rule: 'colon-quote',
  });
}
