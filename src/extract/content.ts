/**
 * Where reported content begins and ends around a cue: after it ("said (that) …"), before it
 * ("…, he said."), widened to whole quotations when a boundary falls inside one.
 */
import type { Token } from '../document.js';
import { AUXILIARIES, CLAUSE_BREAKERS, CLAUSE_SUBJECT_PRONOUNS, CLAUSE_COORDINATORS, COMPLEMENTIZERS, OBJECT_ADJUNCTS, OBJECT_BREAKERS, RELATIVE_PRONOUNS, TIME_PREPOSITIONS, TIME_WORDS } from '../lexicon/grammar.js';
import { BROADCASTERS, MEDIUM_NOUNS } from '../lexicon/cue-complements.js';
import { APPOSITION_DETERMINERS, ARGUMENT_PREPOSITIONS, CIRCUMSTANCE_SUBORDINATORS, COMPARISON_OPENERS, EVEN_CONCESSIVES, OCCASION_NOUNS, OCCASION_PREPOSITIONS, PREPOSITIONAL_PARTICIPLES, SEQUENCE_SUBORDINATORS } from '../lexicon/boundaries.js';
import { cuePhrases } from '../lexicon/cue-phrases.js';
import { quoteAt, type SentenceContext } from './context.js';
import { breakBefore } from './noun-phrase.js';
import { gapBefore, has, isPredicateVerb, PHRASE_BREAK } from './tokens.js';

/** A content region as character offsets into the text, end exclusive. */
export interface Region {
  start: number;
  end: number;
}

const OPENING = /[\u201c\u201e\u00ab"\u2018']/u;
const CLOSING_QUOTE = /["\u201d\u2019']/u;
const TRAILING_PUNCT = /[\s.,;:!?\u2014\u2013-]/u;

/** Index of the first token after a temporal phrase starting at `j` ("Monday", "on Friday", "last week"). */
export function skipTime(tokens: Token[], j: number): number {
  let k = j;
  while (k < tokens.length && (TIME_PREPOSITIONS.has(tokens[k]!.lower) || TIME_WORDS.has(tokens[k]!.lower) || has(tokens[k]!, 'Date'))) k++;
  // only a phrase that holds a time word counts ("on Friday", not "on the plan")
  for (let m = j; m < k; m++) if (TIME_WORDS.has(tokens[m]!.lower) || has(tokens[m]!, 'Date')) return k;
  return j;
}

/** Start of the content after token `j`: past a complementizer "that", including an opening mark. */
export function contentStartAt(ctx: SentenceContext, j: number): number | undefined {
  const { tokens, text } = ctx;
  // "said that the plan failed", but not "said that was unfair", where "that" is the subject
  const next = tokens[j + 1];
  const subjectThat = next !== undefined && next.tags.has('Verb') && !next.tags.has('Noun');
  if (j < tokens.length && COMPLEMENTIZERS.has(tokens[j]!.lower) && tokens[j]!.lower === 'that' && !subjectThat) j++;
  if (j >= tokens.length) return undefined;
  let start = tokens[j]!.start;
  const prevEnd = j > 0 ? tokens[j - 1]!.end : ctx.sentence.start;
  for (let k = start - 1; k >= prevEnd; k--) {
    if (OPENING.test(text[k]!)) {
      start = k;
      // two apostrophes stand for one double mark in some wire copy (''We …'')
      if (text[k] === "'" && k - 1 >= prevEnd && text[k - 1] === "'") start = k - 1;
      break;
    }
    if (!/\s/u.test(text[k]!)) break;
  }
  return start;
}

/** Strips closing punctuation and spaces from the end of a region (keeping closing quotation marks). */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && TRAILING_PUNCT.test(text[end - 1]!)) end--;
  return end;
}

/**
 * Widens a region so it never cuts a quotation in two: a start inside a quotation moves to its
 * opening mark, an end inside one moves to its closing mark (across sentences and paragraphs).
 * Returns the pieces: one per paragraph the region spans.
 */
export function snapToQuotes(ctx: SentenceContext, r: Region): Region[] {
  let { start, end } = r;
  const startQuote = quoteAt(ctx.quotes, start);
  if (startQuote && startQuote.pieces[0]!.start < start) start = startQuote.pieces[0]!.start;
  const endQuote = quoteAt(ctx.quotes, end - 1);
  if (endQuote) {
    const last = endQuote.pieces[endQuote.pieces.length - 1]!;
    if (last.end > end) end = last.end;
  }
  const pieces: Region[] = [];
  for (const p of ctx.analysis.paragraphs) {
    const s = Math.max(start, p.start);
    const e = Math.min(end, p.end);
    if (e > s) pieces.push({ start: s, end: e });
  }
  return pieces;
}

/** Quotation marks, which PHRASE_BREAK counts as breaks. */
const QUOTATION_MARKS = /["\u201c\u201d]/gu;

/**
 * Whether punctuation other than a quotation mark stands before token `k`, or `k` opens the
 * sentence: a clause boundary. A closing mark alone ("said Ana was “a liar” while Ben was “a crook”",
 * "praised their “grit” even in defeat") ends a quotation inside the clause, not the clause.
 */
const clauseBreakBefore = (ctx: SentenceContext, k: number) =>
  k <= 0 || PHRASE_BREAK.test(gapBefore(ctx, k).replace(QUOTATION_MARKS, ' '));

/** Whether a comma stands anywhere in the sentence after token `k`. */
const commaAfter = (ctx: SentenceContext, k: number) => {
  for (let m = k + 1; m < ctx.tokens.length; m++) if (gapBefore(ctx, m).includes(',')) return true;
  return false;
};

/** A dash between two words: a spaced hyphen or en dash, a double hyphen, an em dash. */
const DASH = /\s[-\u2013\u2014]+\s|\u2014|--/u;

/** Whether a dash stands anywhere in the sentence after token `k`. */
const dashAfter = (ctx: SentenceContext, k: number) => {
  for (let m = k + 1; m < ctx.tokens.length; m++) if (DASH.test(gapBefore(ctx, m))) return true;
  return false;
};

/** Whether token `k` begins a verb phrase: a verb that is not an auxiliary, participle or noun. */
const startsVerbPhrase = (ctx: SentenceContext, k: number) => {
  const t = ctx.tokens[k];
  return t !== undefined && has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Gerund') && !has(t, 'Auxiliary');
};

/**
 * Whether a finite verb phrase starts at token `k`: a past tense verb ("went") or a finite auxiliary
 * ("has kept"). Not a bare present ("to visit farms and meet voters"), nor a present in -s, which the
 * tagger also gives plural nouns ("praised the farmers and nurses").
 */
const startsFinitePredicate = (ctx: SentenceContext, k: number) => {
  const t = ctx.tokens[k];
  return t !== undefined && has(t, 'Verb') && (has(t, 'PastTense') || AUXILIARIES.has(t.lower)) && !has(t, 'Noun') && !has(t, 'Gerund');
};

/** Whether a present tense verb in -s stands at token `k` ("doesn't", "seems"): not a base form, nor a plural noun. */
const startsPresentPredicate = (ctx: SentenceContext, k: number) => {
  const t = ctx.tokens[k];
  return t !== undefined && has(t, 'PresentTense') && !has(t, 'Infinitive') && !has(t, 'Noun') && !has(t, 'Gerund');
};

/** Whether a verb that is no gerund, participle or noun stands in tokens `from` to `to` (exclusive). */
export function hasPredicateVerb(ctx: SentenceContext, from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (isPredicateVerb(ctx.tokens[m]!)) return true;
  return false;
}

/**
 * The prepositional cues that name their speaker after them, as word lists ("according to", "as
 * reported by"): from the lexicon's cue phrases, without slot patterns ("in * view").
 */
const SPEAKER_AFTER_PHRASES: ReadonlyArray<readonly string[]> = cuePhrases
  .filter(p => p.kind === 'prepositional' && p.speaker === 'after' && !p.pattern.includes('*'))
  .map(p => p.pattern.split(' '));

/** Whether a prepositional cue with its speaker after it starts at token `k` ("according to"). */
const startsSpeakerAfterPhrase = (ctx: SentenceContext, k: number) =>
  SPEAKER_AFTER_PHRASES.some(words => words.every((w, m) => ctx.tokens[k + m]?.lower === w));

/** How many words may stand between the preposition and the noun of an occasion ("at a Super Tuesday victory rally"). */
const OCCASION_WINDOW = 4;

/**
 * Whether an occasion or medium phrase starts at token `k` and ends its clause: a preposition, then
 * within a few words a noun of an occasion or medium, or a network ("at a rally", "in an interview
 * with CNN", "on Twitter"), heading its phrase as a noun ("in post-debate polls", "on debate strategy" and "on Lee meeting the
 * press" are no occasion; "at a rally Tuesday" and "on his radio show" are), with no verb or
 * argument after it before the next punctuation ("thanked him on Twitter *for* his vote").
 */
const startsOccasion = (ctx: SentenceContext, k: number) => {
  const { tokens } = ctx;
  if (!OCCASION_PREPOSITIONS.has(tokens[k]!.lower) || has(tokens[k]!, 'Hyphenated') || ctx.quoted[tokens[k]!.start]) return false;
  for (let m = k + 1; m < tokens.length && m <= k + OCCASION_WINDOW; m++) {
    if (breakBefore(ctx, m)) return false;
    const w = tokens[m]!;
    if (!(OCCASION_NOUNS.has(w.lower) || MEDIUM_NOUNS.has(w.lower) || BROADCASTERS.has(w.lower)) || has(w, 'Hyphenated') || has(w, 'Verb')) continue;
    const next = tokens[m + 1];
    // a modifier of a later head ("on debate strategy", "on his radio show"): look on
    if (next && !breakBefore(ctx, m + 1) && has(next, 'Noun') && !has(next, 'Date') && !TIME_WORDS.has(next.lower)) continue;
    let r = m + 1;
    for (; r < tokens.length && !breakBefore(ctx, r); r++) {
      if (has(tokens[r]!, 'Verb') || ARGUMENT_PREPOSITIONS.has(tokens[r]!.lower)) return false;
    }
    // "celebrated the attacks on Twitter: “…”": what the colon introduces is the content
    return r >= tokens.length || !gapBefore(ctx, r).includes(':');
  }
  return false;
};

/** How many words the subject of a clause may have before its verb ("the city council voted"). */
const CLAUSE_SUBJECT_WORDS = 4;

/** A verb that can follow a clause's subject: not an -ing form, an infinitive or a noun. */
const isVerbAfterSubject = (t: Token) => has(t, 'Verb') && !has(t, 'Gerund') && !has(t, 'Noun') && !has(t, 'Infinitive');

/**
 * Whether a clause with its own subject starts at token `k`: a word that is no verb, adverb or
 * complementizer, then a verb `isClauseVerb` accepts within CLAUSE_SUBJECT_WORDS words, before any
 * punctuation.
 */
export function startsClause(ctx: SentenceContext, k: number, isClauseVerb: (t: Token) => boolean = isVerbAfterSubject): boolean {
  const t = ctx.tokens[k];
  if (!t || has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Pronoun')) return false;
  // "…, and that many will agree": a second complement of the same cue; "…, and then would": no subject
  if (COMPLEMENTIZERS.has(t.lower) || has(t, 'Adverb') && !has(t, 'Noun')) return false;
  for (let v = k + 1; v < ctx.tokens.length && v <= k + CLAUSE_SUBJECT_WORDS; v++) {
    if (breakBefore(ctx, v)) return false;
    if (isClauseVerb(ctx.tokens[v]!)) return true;
  }
  return false;
}

/** How many words back an "as" may open the comparison that a second "as" closes ("as concerned about jobs as they were"). */
const COMPARISON_WINDOW = 6;

/** Whether the "as" at token `k` is the second of a comparison ("as much as", "as long as", "as concerned about jobs as they were"). */
const closesComparison = (ctx: SentenceContext, k: number) => {
  for (let m = Math.max(0, k - COMPARISON_WINDOW); m < k; m++) if (ctx.tokens[m]!.lower === 'as') return true;
  return false;
};

/** A personal pronoun fused with its auxiliary ("she's", "they're", "we've", "I'm"): a subject and a finite verb in one token. */
const PRONOUN_WITH_AUXILIARY = /^(?:i|we|you|he|she|it|they)'(?:s|re|ve|m|d|ll)$/u;

/**
 * Whether a clause with a personal pronoun subject starts at token `k`: a pronoun fused with its
 * auxiliary ("she's risen"), or a pronoun before any verb ("they play": compromise tags a plural
 * present as an infinitive, which `startsClause` refuses after a noun).
 */
function startsPronounClause(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (PRONOUN_WITH_AUXILIARY.test(t.lower)) return true;
  return CLAUSE_SUBJECT_PRONOUNS.has(t.lower) && startsClause(ctx, k, u => has(u, 'Verb') && !has(u, 'Noun') && !has(u, 'Gerund'));
}

/**
 * Whether a clause with its own subject starts at token `k`, after a coordinator or a subordinator:
 * `startsClause`, a pronoun subject (`startsPronounClause`), or a demonstrative "that" before a finite
 * verb ("…, but that has changed", "…, and that's true"), which is no complementizer opening a second
 * complement ("…, and that many agree").
 */
function startsNewClause(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (t.lower === "that's") return true;
  if (t.lower === 'that') return startsFinitePredicate(ctx, k + 1) || startsPresentPredicate(ctx, k + 1);
  return startsPronounClause(ctx, k) || startsClause(ctx, k);
}

/**
 * Whether the apposition that token `k` opens holds a clause of its own, a relative clause or a
 * participle: "went to Ana Ruiz, *a runner who trained for years*", "…, *a lawyer representing the farmers*".
 * After a name, such a long description is the writer's aside (PolNeAR train and dev end content
 * before it more often than not); a bare one ("Ana Ruiz, the former mayor") is not.
 */
function appositionWithClause(ctx: SentenceContext, k: number): boolean {
  for (let m = k + 1; m < ctx.tokens.length; m++) {
    const t = ctx.tokens[m]!;
    if (RELATIVE_PRONOUNS.has(t.lower) || has(t, 'Gerund') || has(t, 'Participle')) return true;
  }
  return false;
}

/**
 * Where reported content ends, as rules over the token `k` that would come next: the content stops
 * before `k` when a rule holds (`from` is the content's first token). `object` rules apply only to
 * object content ("denied the report"), and, when `phrase` is set, to infinitive content ("wants to
 * visit the plant, after …") as well.
 */
const CONTENT_EDGES: ReadonlyArray<{ id: string; object: boolean; phrase?: boolean; test: (ctx: SentenceContext, k: number, from: number, objectOnly: boolean) => boolean }> = [
  // "questioned him about the plan, but the mayor was adamant": a new clause cannot go on an object or
  // an infinitive phrase; after a reported clause ("said the bridge was safe, but engineers found
  // cracks") it is mostly the writer's own (PolNeAR train: ending there helps end-to-end F1)
  { id: 'coordinated-clause', object: false, test: (ctx, k) => CLAUSE_COORDINATORS.has(ctx.tokens[k]!.lower) && gapBefore(ctx, k).includes(',') && !ctx.quoted[ctx.tokens[k]!.start] && startsNewClause(ctx, k + 1) },
  // "claimed the attack, although police doubted it": the writer's concession
  { id: 'concessive', object: false, test: (ctx, k) => clauseBreakBefore(ctx, k) && CLAUSE_BREAKERS.has(ctx.tokens[k]!.lower) },
  // "said the plant will close, according to two aides": the attribution of the statement to a
  // source of its own, which reports it as a claim of its own (PolNeAR annotates both)
  { id: 'attribution-phrase', object: false, test: (ctx, k) => breakBefore(ctx, k) && !ctx.quoted[ctx.tokens[k]!.start] && startsSpeakerAfterPhrase(ctx, k) },
  // "said the plan works, even though costs doubled": the writer's concession, as with "although"
  { id: 'even-concessive', object: false, test: (ctx, k) => breakBefore(ctx, k) && ctx.tokens[k]!.lower === 'even' && EVEN_CONCESSIVES.has(ctx.tokens[k + 1]?.lower ?? '')
    && !ctx.quoted[ctx.tokens[k]!.start] },
  // "…; they only learned of it on Friday": a semicolon starts another statement
  { id: 'semicolon', object: false, test: (ctx, k) => gapBefore(ctx, k).includes(';') },
  // "described the incident as sad, but stopped short of …": a new verb phrase of the subject's own;
  // after a reported clause or infinitive ("says the dam is sound, and needs only repairs") it goes
  // on reporting as often as not, and PolNeAR train and dev take it into the content, unless a finite
  // verb follows the first word, which is then a subject the tagger took for a verb (", but engineers
  // found cracks": a new clause)
  { id: 'coordinated-verb', object: false, test: (ctx, k, _from, objectOnly) => ['but', 'and'].includes(ctx.tokens[k]!.lower) && gapBefore(ctx, k).includes(',')
    && startsVerbPhrase(ctx, k + 1) && (objectOnly || startsFinitePredicate(ctx, k + 2)) },
  // "demands openness from others, yet refuses to release his own": "yet" sets the writer's contrast
  // against any content
  { id: 'contrasting-verb', object: false, test: (ctx, k) => ctx.tokens[k]!.lower === 'yet' && gapBefore(ctx, k).includes(',') && startsVerbPhrase(ctx, k + 1) },
  // "said the bridge was safe, after engineers inspected it": the writer's account of the events around the statement
  { id: 'sequence', object: false, test: (ctx, k) => breakBefore(ctx, k) && SEQUENCE_SUBORDINATORS.has(ctx.tokens[k]!.lower) && !ctx.quoted[ctx.tokens[k]!.start] },
  // "voted for the bill, a sign of unease among …", "said the vote was delayed, the third delay this year":
  // the writer's comment on the whole statement, when it runs to the sentence end; not a description
  // of a name ("Ana Ruiz, the former mayor"), which PolNeAR includes as often as not, unless the
  // description holds a clause ("Ana Ruiz, a runner who trained for years"), nor an item of a
  // list ("a “crook,” a “liar”"), nor after an opening phrase that has no verb yet ("despite the rain, …")
  { id: 'apposition', object: false, test: (ctx, k, from, objectOnly) => gapBefore(ctx, k).includes(',') && APPOSITION_DETERMINERS.has(ctx.tokens[k]!.lower)
    && !ctx.quoted[ctx.tokens[k]!.start] && (!has(ctx.tokens[k - 1]!, 'ProperNoun') || appositionWithClause(ctx, k)) && !CLOSING_QUOTE.test(gapBefore(ctx, k)) && !commaAfter(ctx, k)
    && (objectOnly || hasPredicateVerb(ctx, from, k)) },
  // "said the fee was fair — a claim that angered the shop owners": a noun phrase after a dash that
  // runs to the sentence end is the writer's comment on the statement, as after a comma (apposition);
  // a dash pair ("— a plan that failed —") sets off an aside inside the content
  { id: 'dash-apposition', object: false, test: (ctx, k) => DASH.test(gapBefore(ctx, k)) && APPOSITION_DETERMINERS.has(ctx.tokens[k]!.lower)
    && !ctx.quoted[ctx.tokens[k]!.start] && !dashAfter(ctx, k) },
  // "said the tax was fair, compared with 41 percent in May": the writer's comparison
  { id: 'comparison', object: false, test: (ctx, k) => breakBefore(ctx, k) && COMPARISON_OPENERS.has(ctx.tokens[k]!.lower) && !ctx.quoted[ctx.tokens[k]!.start] },
  // "wants to visit the plant, after the strike ended" (PolNeAR train: on infinitive content too)
  { id: 'subordinator', object: true, phrase: true, test: (ctx, k) => clauseBreakBefore(ctx, k) && OBJECT_BREAKERS.has(ctx.tokens[k]!.lower) },
  // "likened it to “theft” - a charge …"
  { id: 'dash', object: true, test: (ctx, k) => /\s[-\u2013\u2014]\s|\u2014/u.test(gapBefore(ctx, k)) },
  // "opposed the plan as he prepared his own", "refused to comment when reporters asked": an adverbial
  // clause with its own subject after an object or infinitive phrase is the circumstance of the act,
  // even without a comma; "as" only before a pronoun subject ("described it as a plan the city needs")
  { id: 'adverbial-clause', object: true, phrase: true, test: (ctx, k) => CIRCUMSTANCE_SUBORDINATORS.has(ctx.tokens[k]!.lower) && !ctx.quoted[ctx.tokens[k]!.start]
    && (ctx.tokens[k]!.lower === 'as' ? startsPronounClause(ctx, k + 1) && !closesComparison(ctx, k) : startsNewClause(ctx, k + 1)) },
  // "criticized the law during a stop in Flint"
  { id: 'circumstance', object: true, test: (ctx, k) => OBJECT_ADJUNCTS.has(ctx.tokens[k]!.lower) && !ctx.quoted[ctx.tokens[k]!.start] },
  // "denounced the annexation, which RT pointed to …": a relative clause about the object (a
  // who-clause ends an object only at the sentence end, see relative-who: "thanked Ana Ruiz, who led
  // the drive, and her two sons" goes on after it)
  { id: 'relative', object: true, test: (ctx, k) => gapBefore(ctx, k).includes(',') && ctx.tokens[k]!.lower === 'which' },
  // "said the prize went to Ana Ruiz, who trained for years": a clause about a person named last is
  // the writer's aside (PolNeAR train ends content there more often than not; ", which" is even)
  // "said the vote was delayed, which angered the crowd.": a which-clause that ends the sentence is
  // the writer's comment (PolNeAR train: 96 contents end before one, 38 include it)
  { id: 'relative-which-final', object: false, test: (ctx, k) => gapBefore(ctx, k).includes(',') && ctx.tokens[k]!.lower === 'which'
    && !ctx.quoted[ctx.tokens[k]!.start] && !commaAfter(ctx, k) },
  // ("said Ana Ruiz, who trained for years, deserved the prize": a who-clause closed by a comma is
  // parenthetical, and the content goes on after it, an object's too)
  { id: 'relative-who', object: false, test: (ctx, k) => gapBefore(ctx, k).includes(',') && ctx.tokens[k]!.lower === 'who' && !commaAfter(ctx, k) },
  // "called for more information, looping the streets …", "vowed to rebuild the bridge, citing …": the
  // subject's next action
  { id: 'participle', object: true, phrase: true, test: (ctx, k) => gapBefore(ctx, k).includes(',') && has(ctx.tokens[k]!, 'Gerund')
    && !PREPOSITIONAL_PARTICIPLES.has(ctx.tokens[k]!.lower) },
  // "criticized the plan at a rally in Ohio", "repeated his position in an interview": the occasion of saying
  { id: 'occasion', object: true, test: (ctx, k) => startsOccasion(ctx, k) },
  // "denied the report and went back to her notes", "pledged to visit every school and has kept that
  // promise": a past or auxiliary verb after a noun phrase or an infinitive phrase is the subject's
  // next action, with or without a comma (after a clause the verb may be the clause's own: "said the
  // plan failed and was dropped")
  { id: 'coordinated-predicate', object: false, test: (ctx, k, from) => CLAUSE_COORDINATORS.has(ctx.tokens[k]!.lower) && !ctx.quoted[ctx.tokens[k]!.start]
    && startsFinitePredicate(ctx, k + 1) && (ctx.tokens[from]!.lower === 'to' || !hasPredicateVerb(ctx, from, k)) },
];

/**
 * The end of content that starts at token `from`: the sentence end, `stopAt` (a character offset),
 * or the first content edge after it (see CONTENT_EDGES); object content also drops a trailing
 * time phrase.
 */
export function contentEnd(ctx: SentenceContext, from: number, stopAt: number | undefined, objectOnly: boolean): number {
  const { tokens, text, sentence } = ctx;
  let end = stopAt ?? sentence.end;
  // "plans to send a nominee": an infinitive phrase ends where an object would, for `phrase` edges
  const infinitive = tokens[from]!.lower === 'to';
  for (let k = from + 1; k < tokens.length && tokens[k]!.start < end; k++) {
    if (CONTENT_EDGES.some(edge => (objectOnly || !edge.object || (edge.phrase && infinitive)) && edge.test(ctx, k, from, objectOnly))) { end = tokens[k - 1]!.end; break; }
  }
  if (objectOnly) {
    // an object phrase does not carry a trailing time phrase ("claimed responsibility later in the day")
    for (let k = from + 1; k < tokens.length && tokens[k]!.start < end; k++) {
      const after = skipTime(tokens, k);
      if (after > k && tokens[after - 1]!.end >= trimEnd(text, tokens[k]!.start, end)) { end = tokens[k - 1]!.end; break; }
    }
  }
  return trimEnd(text, tokens[from]!.start, end);
}
