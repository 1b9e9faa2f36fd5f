/**
 * Finding the noun phrase that names a speaker, next to its cue: "Spokeswoman Heather Nauert said",
 * "said the senator", "Sullivan, the state's tax commissioner, said".
 */
import type { Token } from '../document.js';
import {
  AUXILIARIES, COMPLEMENTIZERS, DETERMINERS, FUSED_HEAD_DETERMINERS, LEADING_SUBORDINATORS, NOUN_PHRASE_JOINERS, OBJECT_PRONOUNS, RELATIVE_PRONOUNS, SPEAKER_CUE_ADVERBS,
  CLAUSE_SUBJECT_PRONOUNS, HEAD_POSTMODIFIER_PREPOSITIONS, PARENTHETICAL_OPENERS, PARTICLES, PERFECT_HAVE_FORMS, POST_MODIFIER_PREPOSITIONS,
  POSTMODIFYING_ADJECTIVES, SURVEY_PARTICIPLES, TIME_PREPOSITIONS, TIME_WORDS,
} from '../lexicon/grammar.js';
import { cueVerbByForm, isSpeakerRoleNoun } from '../lexicon/index.js';
import { EXPERIENCER_PARTICIPLES, PASSIVE_BE_FORMS } from '../lexicon/speakers.js';
import { CLAUSE_OPENING_WORDS, OBJECT_CONTROL_VERBS } from '../lexicon/senses.js';
import type { SentenceContext, TokenRange } from './context.js';
import { isQuotedToken } from './context.js';
import { gapBefore, has, isCapitalized, isTimeWord, PHRASE_BREAK } from './tokens.js';

/** Whether punctuation stands between token `i - 1` and token `i`. */
export function breakBefore(ctx: SentenceContext, i: number): boolean {
  if (i <= 0) return true;
  return PHRASE_BREAK.test(gapBefore(ctx, i));
}

/** Whether a token can be part of a noun phrase naming someone. */
export function isNounPhraseWord(t: Token, sentenceInitial: boolean): boolean {
  if (t.lower === 'that' || RELATIVE_PRONOUNS.has(t.lower)) return false;
  if (DETERMINERS.has(t.lower)) return true;
  if (isCapitalized(t) && !sentenceInitial && !has(t, 'Pronoun')) return true;
  if (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective')) return false;
  return has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Adjective') || has(t, 'Value')
    || has(t, 'Possessive') || has(t, 'Acronym') || has(t, 'Abbreviation') || has(t, 'Honorific')
    || (isCapitalized(t) && sentenceInitial);
}

/** A verb in its base form that compromise may have mistaken for one inside a compound noun. */
function isBaseVerb(t: Token): boolean {
  return has(t, 'Verb') && (has(t, 'PresentTense') || has(t, 'Infinitive')) && !has(t, 'Auxiliary') && !has(t, 'Copula')
    && !has(t, 'PastTense') && !has(t, 'Gerund') && !/s$/u.test(t.lower);
}

/** Skips adverbs and auxiliaries leftwards from `i` ("has also said"): the index of the word before them. */
export function skipAdverbsLeft(ctx: SentenceContext, i: number): number {
  const { tokens } = ctx;
  while (i >= 0 && !breakBefore(ctx, i + 1) && (isAdverbOrAuxiliary(tokens[i]!) || isPerfectAdverb(ctx, i))) i--;
  return i;
}

/** Whether a token is a verb form that heads a clause (not an infinitive, gerund or participle). */
const isFiniteVerbForm = (t: Token) => has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Infinitive') && !has(t, 'Gerund') && !has(t, 'Participle')
  && (has(t, 'PastTense') || has(t, 'PresentTense') || has(t, 'Modal') || has(t, 'Copula'));

/** How many words an aside between a subject and its verb may have ("…, on a call with reporters Friday, …"). */
const MAX_ASIDE_WORDS = 8;

/**
 * Where an aside set off by commas and ending at token `i` begins, when it is adverbs alone ("…,
 * however, …", "…, once again, …") or a preposition phrase with no finite verb ("…, in an
 * interview, …"): the index of its first word, else `undefined`.
 */
function asideStart(ctx: SentenceContext, i: number): number | undefined {
  const { tokens } = ctx;
  if (!/^\s*,\s*$/u.test(gapBefore(ctx, i + 1))) return undefined;
  let k = i;
  while (k > 0 && i - k < MAX_ASIDE_WORDS && !breakBefore(ctx, k)) k--;
  if (k < 1 || !/^\s*,\s*$/u.test(gapBefore(ctx, k))) return undefined;
  const words = tokens.slice(k, i + 1);
  if (words.some(t => isQuotedToken(ctx, t))) return undefined;
  if (words.every(t => isAdverbOrAuxiliary(t) && !AUXILIARIES.has(t.lower))) return k;
  // "in an interview", "on the other hand", "after meeting the mayor": a circumstance
  const opener = tokens[k]!;
  const preposition = (has(opener, 'Preposition') || opener.lower === 'to') && CLAUSE_OPENING_WORDS.has(opener.lower) && !LEADING_SUBORDINATORS.has(opener.lower);
  if (preposition && !words.some(t => isFiniteVerbForm(t))) return k;
  return undefined;
}

/**
 * Whether token `i` is an adverb of the perfect tagged as a preposition: "since" right after a form
 * of "have" ("Roe has since said"), "'s" among them ("she's since said").
 */
function isPerfectAdverb(ctx: SentenceContext, i: number): boolean {
  if (ctx.tokens[i]!.lower !== 'since' || i === 0 || breakBefore(ctx, i)) return false;
  const before = ctx.tokens[i - 1]!.lower;
  return PERFECT_HAVE_FORMS.has(before) || before === "'s";
}

function isAdverbOrAuxiliary(t: Token): boolean {
  return AUXILIARIES.has(t.lower) || SPEAKER_CUE_ADVERBS.has(t.lower)
    || (has(t, 'Adverb') && !has(t, 'Noun') && !isCapitalized(t));
}

/** Whether token `first` follows a connective that opens its clause ("But Ana Ruiz, …", "…; and Ana Ruiz"). */
function afterClauseOpener(ctx: SentenceContext, first: number): boolean {
  const opener = first - 1;
  return opener >= 0 && CLAUSE_OPENING_WORDS.has(ctx.tokens[opener]!.lower) && (opener === 0 || breakBefore(ctx, opener));
}

/** Drops joiners ("and", "of") and a lone leading preposition from the edges of a range. */
function trimRange(tokens: Token[], r: TokenRange): TokenRange | undefined {
  let { first, last } = r;
  while (first <= last && NOUN_PHRASE_JOINERS.has(tokens[first]!.lower)) first++;
  while (last >= first && NOUN_PHRASE_JOINERS.has(tokens[last]!.lower)) last--;
  return first <= last ? { first, last } : undefined;
}

/**
 * Where a noun phrase ending at `last` begins, walking left over noun-phrase words and joiners
 * without crossing punctuation. A determiner inside the run starts a new phrase ("On Sunday the
 * ministry said" gives "the ministry").
 */
function phraseEndingAt(ctx: SentenceContext, last: number): TokenRange | undefined {
  const { tokens } = ctx;
  const t = tokens[last]!;
  if (isQuotedToken(ctx, t)) return undefined;
  if (CLAUSE_SUBJECT_PRONOUNS.has(t.lower)) return { first: last, last };
  // "The Clinton campaign says", "one slide says": a base-form word after a noun-phrase word is a noun here
  const nounByPosition = last > 0 && isBaseVerb(t) && !breakBefore(ctx, last) && isNounPhraseWord(tokens[last - 1]!, last - 1 === 0);
  // a determiner does not end a phrase, except a number after "of" ("a mother of three")
  const countAfterOf = has(t, 'Value') && last > 0 && (tokens[last - 1]!.lower === 'of' || tokens[last - 1]!.lower === 'in');
  if ((!isNounPhraseWord(t, last === 0) && !nounByPosition && !isSubjectTaggedAsVerb(ctx, last)) || (DETERMINERS.has(t.lower) && !countAfterOf)) return undefined;
  let first = last;
  while (first > 0 && !breakBefore(ctx, first)) {
    const prev = tokens[first - 1]!;
    if (isQuotedToken(ctx, prev)) break;
    const before = tokens[first - 2];
    const joins = NOUN_PHRASE_JOINERS.has(prev.lower) && before !== undefined && !breakBefore(ctx, first - 1)
      && isNounPhraseWord(before, first - 2 === 0);
    // a base-form "verb" between two noun-phrase words is a noun ("the city police chief")
    const compound = isBaseVerb(prev) && before !== undefined && !breakBefore(ctx, first - 1) && isNounPhraseWord(before, first - 2 === 0);
    // "the authors of that report": a demonstrative after a joiner is the object's determiner, no relative pronoun
    // (the joiner after a noun: "At that moment" opens the sentence with no phrase before it)
    const head = tokens[first - 3];
    const demonstrative = prev.lower === 'that' && has(prev, 'Determiner') && before !== undefined && head !== undefined && !breakBefore(ctx, first - 1)
      && !breakBefore(ctx, first - 2) && NOUN_PHRASE_JOINERS.has(before.lower) && before.lower !== 'and' && (has(head, 'Noun') || has(head, 'Value'));
    if (!joins && !compound && !demonstrative && !isNounPhraseWord(prev, first - 1 === 0) && !isNameOpenerTaggedAsVerb(ctx, first - 1)) break;
    first--;
  }
  for (let k = last; k > first; k--) {
    const w = tokens[k]!.lower;
    if ((w === 'the' || w === 'a' || w === 'an') && !NOUN_PHRASE_JOINERS.has(tokens[k - 1]!.lower)) { first = k; break; }
  }
  // "But Ramos said", "When asked, …": a capitalised connective or subordinator opens the clause, not the phrase
  while (first <= last && CLAUSE_OPENING_WORDS.has(tokens[first]!.lower)) first++;
  if (first > last) return undefined;
  const range = trimRange(tokens, { first, last });
  return range && !isModifiersOnly(ctx, range) ? range : undefined;
}

/**
 * Whether token `k` is the capitalised first word of the sentence, tagged as a verb in its base form,
 * before a name ("Judge Jane Roe", "Win Htein"): a title or first name the tagger read as an
 * imperative. Reporting verbs are left out ("Ask Roe").
 */
function isNameOpenerTaggedAsVerb(ctx: SentenceContext, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return k === 0 && next !== undefined && isCapitalized(t) && has(t, 'Verb') && (has(t, 'Infinitive') || has(t, 'PresentTense'))
    && !has(t, 'PastTense') && !has(t, 'Gerund') && !cueVerbByForm.has(t.lower) && has(next, 'ProperNoun') && !breakBefore(ctx, 1);
}

/**
 * Whether token `k`, tagged as a verb, stands where only a subject can: right before a verb (over
 * adverbs and auxiliaries) or before a comma, as the capitalised first word of the sentence ("Gates
 * told", "Weingarten, a lawyer, said": surnames the tagger reads as verb forms), or as an "-s" form
 * after a noun-phrase word ("refugee advocates said", "lobbying firms told": a plural noun, since two
 * finite verbs do not follow each other).
 */
function isSubjectTaggedAsVerb(ctx: SentenceContext, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k]!;
  if (!has(t, 'Verb') || has(t, 'Noun') || has(t, 'Copula') || has(t, 'Modal') || AUXILIARIES.has(t.lower) || k + 1 >= tokens.length) return false;
  let next = k + 1;
  while (next < tokens.length && !breakBefore(ctx, next) && isAdverbOrAuxiliary(tokens[next]!)) next++;
  const beforeVerb = next < tokens.length && !breakBefore(ctx, next) && has(tokens[next]!, 'Verb') && !has(tokens[next]!, 'Noun')
    && !has(tokens[next]!, 'Gerund');
  const beforeComma = gapBefore(ctx, k + 1).includes(',');
  if (k === 0 && isCapitalized(t) && !has(t, 'Imperative') && (beforeVerb || beforeComma)) return true;
  const plural = /[^s]s$/u.test(t.lower) && has(t, 'PresentTense') && !has(t, 'Gerund');
  return plural && beforeVerb && k > 0 && !breakBefore(ctx, k) && isNounPhraseWord(tokens[k - 1]!, k - 1 === 0);
}

/**
 * Whether a phrase is only modifiers whose noun is elsewhere: "a cautious" (before the noun cue
 * "note"), "likely", "particular", "numerous" (before a verb). Capitalised words are names ("Small
 * said"), and "the" makes an adjective a noun ("the editorial", "the mainstream"). After a copula the
 * words are a predicate ("is best known for"), left to the rules for sourceless participles.
 */
function isModifiersOnly(ctx: SentenceContext, r: TokenRange): boolean {
  if (r.first > 0 && has(ctx.tokens[r.first - 1]!, 'Copula')) return false;
  for (let k = r.first; k <= r.last; k++) {
    const t = ctx.tokens[k]!;
    if (INDEFINITE_ARTICLES.has(t.lower)) continue;
    if (isCapitalized(t) || has(t, 'Noun') || has(t, 'Pronoun') || has(t, 'Value') || isSpeakerRoleNoun(t.lower)) return false;
    if (!has(t, 'Adjective') && !has(t, 'Adverb')) return false;
  }
  return true;
}

const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * The speaker phrase before the cue at `cue`: the noun phrase just left of it (over adverbs and
 * auxiliaries), or, across an apposition or relative clause, the name before it.
 */
export function speakerBefore(ctx: SentenceContext, cue: number): TokenRange | undefined {
  const i = skipAdverbsLeft(ctx, cue - 1);
  return i >= 0 && isPassive(ctx, cue, i) ? undefined : subjectBefore(ctx, cue);
}

/** The subject phrase before the verb at `verb`, whatever the verb's voice ("the suit *was filed*"). */
export function subjectBefore(ctx: SentenceContext, cue: number): TokenRange | undefined {
  const { tokens, text } = ctx;
  let i = skipAdverbsLeft(ctx, cue - 1);
  // "Democrats, historically, have argued", "The poll has, however, shown": an adverb set off by
  // commas between the subject and its verb
  const asideFirst = i > 0 ? asideStart(ctx, i) : undefined;
  // a longer aside may close an apposition or relative clause ("Roe, who lives in Ames, in a
  // statement, said"), which the search across commas reads whole: the aside is stepped over only
  // when that search finds no speaker
  const apposed = asideFirst !== undefined && asideFirst < i ? apposedSpeaker(ctx, i) : undefined;
  if (apposed) return apposed;
  const aside = asideFirst !== undefined;
  if (aside) {
    i = asideFirst - 1;
    if (isAdverbOrAuxiliary(tokens[i]!)) i = skipAdverbsLeft(ctx, i - 1);
  }
  if (i < 0) return undefined;
  const end = i;
  // "Rep. Jane Roe (D-Ohio) said": step over the parenthesis
  if (text.slice(tokens[i]!.end, tokens[i + 1]!.start).includes(')')) {
    const open = text.lastIndexOf('(', tokens[i]!.start);
    if (open < ctx.sentence.start) return undefined;
    while (i >= 0 && tokens[i]!.start > open) i--;
    if (i < 0 || text.slice(tokens[i]!.end, open).trim() !== '') return undefined;
    const name = phraseEndingAt(ctx, i);
    return name && { first: name.first, last: end };
  }
  // "Many speakers — including Muslims and Jews — said": step over the dashes
  if (/[\u2014\u2013]|\s-\s|--/u.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) {
    let k = i;
    while (k > 0 && !/[\u2014\u2013]|\s-\s|--/u.test(gapBefore(ctx, k))) k--;
    const name = k > 0 ? phraseEndingAt(ctx, k - 1) : undefined;
    if (name && breakBefore(ctx, name.first)) return { first: name.first, last: i };
  }
  if (tokens[i]!.lower === 'to' && !breakBefore(ctx, i + 1)) return subjectOfInfinitive(ctx, i);
  // "the groups, which together vowed …": annotated where it stands, resolved later
  // (also contracted with its auxiliary: "Roe, who's argued for years that …")
  if (isRelativeSubject(tokens[i]!.lower) && (!breakBefore(ctx, i + 1) || aside)) return { first: i, last: i };
  if (!breakBefore(ctx, i + 1) || aside) {
    const phrase = postModifiedSubject(ctx, i) ?? phraseEndingAt(ctx, i);
    // "Wells Fargo this month announced", "A poll released in late August found": step over the
    // time phrase (and a reduced relative) to the subject
    const beyond = phrase && isTimePhrase(tokens, phrase) ? skipModifiersLeft(ctx, timeStart(tokens, phrase) - 1) : undefined;
    const subject = beyond !== undefined && beyond >= 0 && !breakBefore(ctx, beyond + 1) ? phraseEndingAt(ctx, beyond) : undefined;
    // "Roe (D-Ohio) last week said", "Roe, who chairs the panel, on Friday said": the speaker is
    // found before the time phrase as it would be before the cue
    const across = beyond !== undefined && beyond >= 0 && !subject ? subjectBefore(ctx, beyond + 1) : undefined;
    // a participle cue after "with" is an absolute clause whose subject the object is ("ended with Roe asking")
    const finiteCue = cue < tokens.length && !has(tokens[cue]!, 'Gerund');
    return subject ?? across ?? (phrase && finiteCue ? modifiedHead(ctx, phrase) : undefined) ?? phrase;
  }
  if (!text.slice(tokens[i]!.end, tokens[i + 1]!.start).includes(',')) return undefined;
  return apposedSpeaker(ctx, i);
}

/**
 * Whether the cue at `cue` is a passive participle after a form of "be" ("is accused of", "has been
 * criticized for", "are expected to"): its subject is what is reported on, not who reports it, and
 * PolNeAR leaves such claims without a source unless a "by" phrase names one.
 */
function isPassive(ctx: SentenceContext, cue: number, before: number): boolean {
  const t = ctx.tokens[cue]!;
  if (cue >= ctx.tokens.length || !(has(t, 'PastTense') || has(t, 'Participle')) || has(t, 'Noun') || EXPERIENCER_PARTICIPLES.has(t.lower)) return false;
  for (let k = cue - 1; k > before; k--) if (PASSIVE_BE_FORMS.has(ctx.tokens[k]!.lower)) return true;
  return false;
}

/**
 * A subject post-modified by a participle or an adjective with its complement, ending at `i`: "voters
 * polled said", "A person familiar with the talks said" (the whole phrase, not "the talks").
 */
function postModifiedSubject(ctx: SentenceContext, i: number): TokenRange | undefined {
  const { tokens } = ctx;
  if (SURVEY_PARTICIPLES.has(tokens[i]!.lower) && i > 0 && !breakBefore(ctx, i)) {
    const head = phraseEndingAt(ctx, i - 1);
    return head && { first: head.first, last: i };
  }
  const object = phraseEndingAt(ctx, i);
  const p = object ? object.first - 1 : -1;
  if (!object || p < 1 || breakBefore(ctx, p + 1) || breakBefore(ctx, p) || !has(tokens[p]!, 'Preposition')) return undefined;
  if (p < 2 || !POSTMODIFYING_ADJECTIVES.has(tokens[p - 1]!.lower) || breakBefore(ctx, p - 1)) {
    // "Leaders across the region said", "A statement by the two parties suggested": a head opening its
    // clause with a preposition phrase after it
    if (!HEAD_POSTMODIFIER_PREPOSITIONS.has(tokens[p]!.lower)) return undefined;
    const head = phraseEndingAt(ctx, p - 1);
    const opens = head && (head.first === 0 || breakBefore(ctx, head.first) || afterClauseOpener(ctx, head.first));
    return opens && !isTimePhrase(tokens, head) ? { first: head.first, last: i } : undefined;
  }
  const head = phraseEndingAt(ctx, p - 2);
  return head && { first: head.first, last: i };
}

/**
 * The head a post-modifier attaches to when `object` is the object of a verb (or of its preposition)
 * inside that modifier: "officials" in "officials who spoke with *the paper* said", "one of the
 * doctors who signed *the letter* called", "a letter obtained by *the agency* warns", "protesters
 * marching through *the streets* chanted". An object is no subject of the verb after it.
 */
function modifiedHead(ctx: SentenceContext, object: TokenRange): TokenRange | undefined {
  const { tokens } = ctx;
  let verb = object.first - 1;
  if (verb < 1 || breakBefore(ctx, object.first)) return undefined;
  // "which holds a caucus -- Roe claimed": a phrase run across a dash is not one object
  for (let k = object.first + 1; k <= object.last; k++) if (/[\u2014\u2013]|--|\s-\s/u.test(gapBefore(ctx, k))) return undefined;
  const viaPreposition = POST_MODIFIER_PREPOSITIONS.has(tokens[verb]!.lower);
  if (viaPreposition) {
    if (breakBefore(ctx, verb)) return undefined;
    verb--;
  }
  const v = tokens[verb]!;
  if (verb < 1 || !has(v, 'Verb') || has(v, 'Noun') || AUXILIARIES.has(v.lower) || has(v, 'Copula') || breakBefore(ctx, verb)) return undefined;
  const before = tokens[verb - 1]!;
  // "who spoke with", "who signed": the relative pronoun's antecedent
  if (RELATIVE_PRONOUNS.has(before.lower)) return verb - 1 > 0 && !breakBefore(ctx, verb - 1) ? phraseEndingAt(ctx, verb - 2) : undefined;
  // "obtained by", "speaking to", "carrying": a reduced relative (a past form only before a
  // preposition: "Roe met voters" is more often a clause of its own)
  if (!(has(v, 'Gerund') || (viaPreposition && (has(v, 'Participle') || has(v, 'PastTense'))))) return undefined;
  return phraseEndingAt(ctx, verb - 1);
}

/** The noun phrase a relative pronoun at token `i` refers to: the one just before it ("the groups, which"). */
export function relativeAntecedent(ctx: SentenceContext, i: number): TokenRange | undefined {
  return i > 0 ? phraseEndingAt(ctx, i - 1) : undefined;
}

/**
 * The noun-phrase words right after token `at`, within its clause and outside quotations ("asked by
 * *a reporter* whether", "rejected by *the council*"), or `undefined` when there are none.
 */
export function nounPhraseWordsAfter(ctx: SentenceContext, at: number): TokenRange | undefined {
  const { tokens } = ctx;
  let last = at;
  while (last + 1 < tokens.length && !breakBefore(ctx, last + 1) && isNounPhraseWord(tokens[last + 1]!, false) && !isQuotedToken(ctx, tokens[last + 1]!)) last++;
  return last > at ? { first: at + 1, last } : undefined;
}

/** A relative pronoun fused with a contracted auxiliary: "who's", "who’d", "who've". */
const CONTRACTED_RELATIVE = /^(?:who|which)['\u2019](?:s|d|ve|ll|re)$/u;

/** Relative pronouns that PolNeAR annotates as sources where they stand ("who said", "which found"). */
export const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['who', 'which']);

/** Whether a word is a relative subject pronoun, alone or fused with its auxiliary ("who", "who's"). */
export function isRelativeSubject(word: string): boolean {
  return RELATIVE_SUBJECTS.has(word) || CONTRACTED_RELATIVE.test(word);
}

/** Whether a phrase is about time, not a speaker ("this month", "late August", "last week"). */
function isTimePhrase(tokens: Token[], r: TokenRange): boolean {
  const last = tokens[r.last]!;
  return isTimeWord(last) || (TIME_PHRASE_HEADS.has(last.lower) && r.last > r.first && tokens[r.last - 1]!.lower === 'the');
}

/** Words that open or sit in a time phrase ("*late* August", "*this* month", "during *a* Sunday", "in *the* past"). */
const TIME_MODIFIERS = new Set(['this', 'last', 'next', 'late', 'early', 'mid', 'same', 'previous', 'past', 'coming', 'a', 'an', 'the']);

/** Nouns that end a time phrase after "the" without being time words themselves: "who in the *past* has voiced". */
const TIME_PHRASE_HEADS = new Set(['past', 'meantime', 'interim', 'end', 'wake']);

/** Index of the first word of the time phrase that ends `r` ("The Authority *this* month"). */
function timeStart(tokens: Token[], r: TokenRange): number {
  let k = r.last;
  while (k > r.first) {
    const t = tokens[k - 1]!;
    if (!(TIME_WORDS.has(t.lower) || TIME_MODIFIERS.has(t.lower) || t.tags.has('Date') || t.tags.has('Value'))) break;
    k--;
  }
  return k;
}

/** From `i` leftwards, over a time preposition, adverbs and a participle ("released in"): the index before. */
function skipModifiersLeft(ctx: SentenceContext, i: number): number {
  const { tokens } = ctx;
  while (i >= 0 && !breakBefore(ctx, i + 1) && (TIME_PREPOSITIONS.has(tokens[i]!.lower) || tokens[i]!.tags.has('Adverb'))) i--;
  if (i >= 0 && !breakBefore(ctx, i + 1) && (tokens[i]!.tags.has('Participle') || tokens[i]!.tags.has('PastTense')) && !tokens[i]!.tags.has('Noun')) i--;
  return i;
}

/** How many commas back an apposed speaker may stand from its cue ("Ana Ruiz, director of X, a unit of Y, said"). */
const MAX_PARENTHETICAL_COMMAS = 5;

/** Coordinators that open the last item of a comma list. */
export const LIST_COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/** Whether a comma stands right before token `k`. */
const commaBefore = (ctx: SentenceContext, k: number) =>
  k > 0 && gapBefore(ctx, k).includes(',');

/**
 * The speaker when a comma precedes the cue: "Sullivan, the tax commissioner, said", "A lawyer for the
 * family, Jane Roe, said", "Smith, who chairs the panel, said", "Trump, speaking in Ohio, said",
 * "Proponents, including the mayors, have urged". `i` is the word before that comma. The name must
 * open its clause (sentence start or after punctuation), so "Prices are high, the minister said"
 * is not read as an apposition. An apposition (a noun phrase) is part of the speaker; other
 * parentheticals are not.
 */
function apposedSpeaker(ctx: SentenceContext, i: number): TokenRange | undefined {
  const { tokens } = ctx;
  // "Ana Ruiz, acting director of the agency, which runs the program, said": when the phrase before a
  // parenthetical does not open its clause, the name may stand one or two commas further back
  let end = i;
  // the last word of the speaker's run: before a parenthetical preposition phrase, which is no part of it
  let runEnd = i;
  // the subject before such a phrase when it does not open its clause: what is left if no name is found further back
  let fallback: TokenRange | undefined;
  for (let hop = 0; hop < MAX_PARENTHETICAL_COMMAS; hop++) {
    // the parenthetical runs back to the previous comma
    let k = end;
    while (k > 0 && !commaBefore(ctx, k)) k--;
    if (k === 0) return fallback;
    // "Roe, during a stop in Toledo, Ohio, said", "Roe, 22, of Flint, Mich., said": a preposition
    // phrase set off by commas is a circumstance; its object is no speaker, the subject is before it
    const aside = prepositionalAsideStart(ctx, k, end);
    if (aside !== undefined) {
      end = runEnd = aside - 1;
      const subject = phraseEndingAt(ctx, end);
      if (subject && (subject.first === 0 || afterClauseOpener(ctx, subject.first))) return subject;
      // else it may be the apposition of a name further back ("Ana Ruiz, the director, in …, said"), and
      // is the speaker if none is found there and it opens its clause ("since Roe, at the debate, said")
      if (subject && opensSubordinateClause(ctx, subject.first)) fallback = subject;
      continue;
    }
    const opener = tokens[k]!;
    // "secretary for population, refugees, and migration": the last item of a list inside the
    // parenthetical; its head is further back
    if (LIST_COORDINATORS.has(opener.lower) && hop < MAX_PARENTHETICAL_COMMAS - 1) { end = k - 1; continue; }
    // an apposition opens with a determiner, a name, a number, a noun or an adjective ("former chief
    // of staff"), or a word tagged as a verb before a noun ("research director")
    const apposition = DETERMINERS.has(opener.lower) || isCapitalized(opener) || has(opener, 'Value')
      || (has(opener, 'Noun') || has(opener, 'Adjective')) && !has(opener, 'Gerund')
      || (has(opener, 'Verb') && !has(opener, 'PastTense') && !has(opener, 'Gerund') && k < i && !breakBefore(ctx, k + 1) && has(tokens[k + 1]!, 'Noun'));
    // "who's running", "struck by her story": a contracted relative or a past participle opens a parenthetical too
    const parenthetical = RELATIVE_PRONOUNS.has(opener.lower) || has(opener, 'Gerund') || has(opener, 'Participle')
      || PARENTHETICAL_OPENERS.has(opener.lower) || /^(?:who|which|that)['\u2019]s$/u.test(opener.lower)
      || (has(opener, 'PastTense') && !has(opener, 'Noun') && !isCapitalized(opener) && k < i);
    if (!apposition && !parenthetical) return fallback;
    let name = phraseEndingAt(ctx, k - 1);
    // "Tom Fry, 58, who lives in Ames, says": an age between commas is not the name
    if (name && name.first === name.last && has(tokens[name.first]!, 'Value') && commaBefore(ctx, name.first)) {
      const person = phraseEndingAt(ctx, name.first - 1);
      if (person) name = { first: person.first, last: name.last };
    }
    // "In May, a federal judge, in a ruling, said": a time phrase before the comma opens the sentence
    if (!name || (fallback && isTimePhrase(tokens, name))) return fallback;
    // "Rep. Jane Roe (R-Ohio), a member of the panel, said": the parenthesis belongs to the name before it
    if (name.first > 0 && gapBefore(ctx, name.first).includes('(') && gapBefore(ctx, name.last + 1).includes(')')) {
      const named = phraseEndingAt(ctx, name.first - 1);
      if (named) name = { first: named.first, last: name.last };
    }
    if (breakBefore(ctx, name.first) || afterClauseOpener(ctx, name.first)) {
      // "Ana Ruiz, acting director of the agency, which runs the program, said": a relative clause
      // after an apposition; the name before the apposition is the speaker, the whole run with it
      // (likewise a list inside an apposition: "Ana Ruiz, head of trade, labor, and finance, said")
      const named = (RELATIVE_PRONOUNS.has(opener.lower) || (hop > 0 && !isCapitalized(tokens[name.first]!))) && commaBefore(ctx, name.first)
        ? phraseEndingAt(ctx, name.first - 1) : undefined;
      if (named && breakBefore(ctx, named.first) && isCapitalized(tokens[named.last]!) && !has(tokens[named.first]!, 'Preposition')) {
        return { first: named.first, last: runEnd };
      }
      return { first: name.first, last: apposition && !parenthetical ? runEnd : name.last };
    }
    end = k - 1;
  }
  return fallback;
}

/** Whether token `first` follows punctuation, "that" or a subordinator ("since", "when"), so a subject may begin there. */
function opensSubordinateClause(ctx: SentenceContext, first: number): boolean {
  const before = ctx.tokens[first - 1]?.lower ?? '';
  return breakBefore(ctx, first) || COMPLEMENTIZERS.has(before) || LEADING_SUBORDINATORS.has(before);
}

/**
 * Where a preposition phrase set off by commas begins when the stretch from the comma before token
 * `k` to token `end` belongs to one ("…, during a stop in Toledo, Ohio, said": a place name may carry
 * its state after a comma): the preposition's index, or `undefined`. The preposition must follow a
 * comma and a word, so a sentence-opening "In Ohio, Roe said" is not one.
 */
function prepositionalAsideStart(ctx: SentenceContext, k: number, end: number): number | undefined {
  const { tokens } = ctx;
  const opensAside = (p: number) => p > 1 && commaBefore(ctx, p) && has(tokens[p]!, 'Preposition') && CLAUSE_OPENING_WORDS.has(tokens[p]!.lower);
  if (opensAside(k)) return k < end ? k : undefined;
  // "Toledo, Ohio": a capitalised word after a comma continues the place before it
  if (!isCapitalized(tokens[k]!) || k !== end) return undefined;
  let p = k - 1;
  while (p > 0 && !commaBefore(ctx, p)) p--;
  return opensAside(p) && p < k - 1 ? p : undefined;
}

/**
 * The subject of the verb governing a to-infinitive cue: "the bloc jumped in to claim
 * responsibility" gives "the bloc". `to` is the index of "to".
 */
function subjectOfInfinitive(ctx: SentenceContext, to: number): TokenRange | undefined {
  const { tokens } = ctx;
  let k = to - 1;
  while (k >= 0 && !breakBefore(ctx, k + 1) && (PARTICLES.has(tokens[k]!.lower) || has(tokens[k]!, 'Adverb'))) k--;
  const verbEnd = k;
  while (k >= 0 && !breakBefore(ctx, k + 1) && (has(tokens[k]!, 'Verb') || AUXILIARIES.has(tokens[k]!.lower)) && !has(tokens[k]!, 'Noun')) k--;
  if (k === verbEnd) return objectOfControlVerb(ctx, verbEnd);
  if (k < 0 || breakBefore(ctx, k + 1)) return undefined;
  return phraseEndingAt(ctx, k);
}

/**
 * The object ending at `last` of an object-control verb just before it: "Rubio" in "allows Rubio to
 * offer", "many" in "leaving many to wonder", "her" in "led her to declare"; or the noun phrase after
 * "for" ("a chance for both to make their case"). `undefined` for other verbs ("held a rally to announce").
 */
function objectOfControlVerb(ctx: SentenceContext, last: number): TokenRange | undefined {
  if (last < 1 || breakBefore(ctx, last + 1)) return undefined;
  // "led her to declare", "caused many to wonder": a pronoun or a determiner standing alone is the object too
  const word = ctx.tokens[last]!.lower;
  const object = OBJECT_PRONOUNS.has(word) || FUSED_HEAD_DETERMINERS.has(word) ? { first: last, last } : phraseEndingAt(ctx, last);
  const verb = object ? object.first - 1 : -1;
  if (!object || verb < 0 || breakBefore(ctx, verb + 1)) return undefined;
  // "a chance for both to make their case": the noun phrase after "for" is the infinitive's subject
  const governor = ctx.tokens[verb]!.lower;
  return OBJECT_CONTROL_VERBS.has(governor) || (governor === 'for' && !isTimePhrase(ctx.tokens, object)) ? object : undefined;
}

/**
 * The speaker phrase right after the cue at `cue` ("said Spokeswoman Heather Nauert."), accepted only
 * when punctuation or the sentence end follows it, so "said the plan failed" is not a speaker.
 */
export function speakerAfter(ctx: SentenceContext, cue: number): TokenRange | undefined {
  const { tokens } = ctx;
  let j = cue + 1;
  if (j >= tokens.length || breakBefore(ctx, j)) return undefined;
  if (cue > 0 && tokens[cue - 1]!.lower === 'to') return undefined; // "to claim the attack": an object
  const first = tokens[j]!;
  if (CLAUSE_SUBJECT_PRONOUNS.has(first.lower)) {
    return j + 1 >= tokens.length || breakBefore(ctx, j + 1) ? { first: j, last: j } : undefined;
  }
  if (!isNounPhraseWord(first, false) || isQuotedToken(ctx, first)) return undefined;
  while (j + 1 < tokens.length && !breakBefore(ctx, j + 1)) {
    const next = tokens[j + 1]!;
    const joins = NOUN_PHRASE_JOINERS.has(next.lower) && j + 2 < tokens.length && isNounPhraseWord(tokens[j + 2]!, false);
    if (!joins && !isNounPhraseWord(next, false)) break;
    j++;
  }
  if (j + 1 < tokens.length && !breakBefore(ctx, j + 1)) return undefined;
  // a speaker after its verb is named or determined ("said Ana Lima", "said the mayor"): "declared
  // bankruptcy." is an object
  const lead = tokens[cue + 1]!;
  const phrase = tokens.slice(cue + 1, j + 1);
  const names = !/^\p{Ll}/u.test(lead.text) || DETERMINERS.has(lead.lower)
    || phrase.some(t => isCapitalized(t) || isSpeakerRoleNoun(t.lower) || has(t, 'Plural'));
  if (!names) return undefined;
  return trimRange(tokens, { first: cue + 1, last: j });
}
