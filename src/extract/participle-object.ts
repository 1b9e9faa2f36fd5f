/**
 * The speaker of a participle cue right after a noun phrase that cannot report it: "The senator gave
 * a speech on Monday *attacking* the plan", "she revised her statement *explaining* …", "he went on
 * the record *endorsing* …", "the group has spent $2 million since March *attacking* …". The phrase
 * before the participle is the object of the clause's verb (or of a preposition after it), or a time
 * phrase, and the participle reports for that clause's subject, as PolNeAR annotates it.
 */
import type { Token } from '../document.js';
import { AUXILIARIES, DETERMINERS } from '../lexicon/grammar.js';
import { DISPLAYED_TEXT_NOUNS, MESSAGE_RECEIVING_VERBS } from '../lexicon/senses.js';
import { PASSIVE_BE_FORMS } from '../lexicon/speakers.js';
import { organizationWordByWord, pronounByForm, speakerNounByForm } from '../lexicon/index.js';
import { controllingSubject, subjectOfVerbBefore } from './clause-subject.js';
import type { SentenceContext, TokenRange } from './context.js';
import { breakBefore, isRelativeSubject, skipAdverbsLeft, speakerBefore } from './noun-phrase.js';
import { has, isTimeWord } from './tokens.js';

/** Whether a word dates or times something: "Monday", "June", "2013", "last", "this week". */
const datesOrTimes = (t: Token) => isTimeWord(t) || /^\d{1,4}(?:st|nd|rd|th)?$/u.test(t.lower);

/**
 * Whether every word of `r` is a time word or a determiner, with at least one time word ("last year",
 * "June 1", "2013"); stricter than noun-phrase.ts's test of the head word alone.
 */
function isAllTimePhrase(tokens: Token[], r: TokenRange): boolean {
  let timed = false;
  for (let k = r.first; k <= r.last; k++) {
    const t = tokens[k]!;
    if (datesOrTimes(t)) timed = true;
    else if (!DETERMINERS.has(t.lower)) return false;
  }
  return timed;
}

/**
 * Whether the noun phrase `r` names no one who could speak: its head is no speaker noun naming people
 * ("voters", "committee"; a document such as "statement" may be what the subject put out), no
 * organization word, number or pronoun, and no word of it is a person's or organization's name or a
 * pronoun other than a possessive determiner ("*her* statement"). Other modifiers may be names or
 * numbers ("a March speech", "his 20-minute speech").
 */
function namesNoSpeaker(tokens: Token[], r: TokenRange): boolean {
  const head = tokens[r.last]!;
  const speakerNoun = speakerNounByForm.get(head.lower);
  if ((speakerNoun && speakerNoun.kind !== 'document') || organizationWordByWord.has(head.lower) || has(head, 'Value') || has(head, 'ProperNoun')) return false;
  for (let k = r.first; k <= r.last; k++) {
    const t = tokens[k]!;
    const possessive = pronounByForm.get(t.lower)?.case === 'possessive' && k < r.last;
    if (has(t, 'Person') || has(t, 'Organization') || (has(t, 'Pronoun') && !possessive) || isRelativeSubject(t.lower)) return false;
  }
  return true;
}

/** Whether only time words and prepositions stand between `r` and the cue ("a speech *on Monday* attacking"), with no punctuation. */
function onlyTimeBetween(ctx: SentenceContext, r: TokenRange, cue: number): boolean {
  for (let k = r.last + 1; k < cue; k++) {
    const t = ctx.tokens[k]!;
    if (breakBefore(ctx, k) || !(datesOrTimes(t) || has(t, 'Preposition') || DETERMINERS.has(t.lower))) return false;
  }
  return !breakBefore(ctx, cue);
}

/**
 * The subject of the clause whose object (or time phrase) `phrase` is, when `phrase` stands right
 * before the participle cue at `cue` and cannot be its speaker; `undefined` otherwise, and when the
 * verb receives a message that may speak itself ("received a letter saying", "cited a poll showing").
 */
export function subjectOverObjectBeforeParticiple(ctx: SentenceContext, phrase: TokenRange, cue: number): TokenRange | undefined {
  const { tokens } = ctx;
  if (phrase.first === 0 || breakBefore(ctx, phrase.first) || !onlyTimeBetween(ctx, phrase, cue)) return undefined;
  // "since June 1 attacking", "in 2013 denouncing": a time phrase never speaks; the clause's subject does
  if (isAllTimePhrase(tokens, phrase)) {
    const subject = controllingSubject(ctx, phrase.first);
    return subject && subject.last < phrase.first ? subject : undefined;
  }
  // "held up a sign saying …": a text on display speaks for itself
  if (!namesNoSpeaker(tokens, phrase) || DISPLAYED_TEXT_NOUNS.has(tokens[phrase.last]!.lower)) return undefined;
  // "millions of dollars in ads attacking …": a phrase with its own preposition phrase may end in what speaks
  for (let k = phrase.first; k <= phrase.last; k++) if (has(tokens[k]!, 'Preposition') && tokens[k]!.lower !== 'of') return undefined;
  // the verb whose object the phrase is, or whose preposition's object ("went on the record", "are
  // on record"), or whose quantity's ("spent much of his speech")
  let verb = phrase.first - 1;
  // (compromise tags the "on" of "went on the record" as a particle)
  const viaPreposition = has(tokens[verb]!, 'Preposition') || has(tokens[verb]!, 'Particle');
  if (viaPreposition) {
    if (verb < 1 || breakBefore(ctx, verb)) return undefined;
    verb = skipAdverbsLeft(ctx, verb - 1);
    // "the stereotype of the bigot denouncing …": "of" ties the phrase to a noun, unless to a quantity
    if (tokens[phrase.first - 1]!.lower === 'of') {
      if (verb < 1 || !has(tokens[verb]!, 'Determiner') || breakBefore(ctx, verb + 1)) return undefined;
      verb = skipAdverbsLeft(ctx, verb - 1);
    }
  }
  const v = tokens[verb];
  if (!v || verb < 1 || !has(v, 'Verb') || has(v, 'Noun') || has(v, 'Gerund') || breakBefore(ctx, verb + 1)) return undefined;
  // "received a letter saying …", "read over the pages outlining …": the message speaks for itself
  if (MESSAGE_RECEIVING_VERBS.has(v.lower)) return undefined;
  if (!viaPreposition && (AUXILIARIES.has(v.lower) || has(v, 'Copula'))) return undefined;
  // "was spent on ads attacking …": a passive's subject is no author
  const beforeVerb = skipAdverbsLeft(ctx, verb - 1);
  if (beforeVerb >= 0 && PASSIVE_BE_FORMS.has(tokens[beforeVerb]!.lower) && !has(v, 'Copula')) return undefined;
  // "helped draft a report defending …": the subject of the verb the infinitive completes
  const subject = speakerBefore(ctx, verb) ?? (has(v, 'Infinitive') ? subjectOfVerbBefore(ctx, verb)?.subject : undefined);
  return subject && subject.last < verb && !namesNoSpeaker(tokens, subject) ? subject : undefined;
}
