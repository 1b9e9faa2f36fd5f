/**
 * Stage 3: cue detection. Finds the reporting words of a sentence from the lexicon: verb cues
 * ("said", "called for"), which the `verb-*` rules attribute.
 */
import { cueNounByForm, cueVerbByForm, cueVerbFormCounts, matchCuePhrase, pronounByForm, type CueVerb, type Frame } from '../lexicon/index.js';
import { isCueByModel } from '../model/cue-model.js';
import { isPassiveAsked } from './asked.js';
import { raisesReportingVerb } from './hedge.js';
import type { LinearModel } from '../model/perceptron.js';
import { MIN_CUE_VERB_PRECISION } from '../options.js';
import type { Token } from '../document.js';
import type { Stance } from '../types.js';
import type { SentenceContext } from './context.js';
import { isQuotedToken } from './context.js';
import { skipTime } from './content.js';
import { CLAUSE_SUBJECT_PRONOUNS, DETERMINERS, NOUN_LOOKING_PARTICIPLES, OBJECT_PRONOUNS } from '../lexicon/grammar.js';
import { GATED_LIGHT_VERBS, LIGHT_OBJECT_MODIFIERS, LIGHT_OBJECT_NOUNS, LIGHT_REPORTING_VERBS } from '../lexicon/cue-complements.js';
import { ADDRESSEE_PREPOSITIONS, AUDIENCE_REACTION_NOUNS, DO_SUPPORT_FORMS, MEANS_OF_COMMUNICATION, MODALS, REFLEXIVE_NON_REPORTING_LEMMAS } from '../lexicon/senses.js';
import { breakBefore, nounPhraseWordsAfter, RELATIVE_SUBJECTS } from './noun-phrase.js';
import { gapBefore, has } from './tokens.js';

/** Whether a raising phrase with no source ("seems to", not "seems to suggest") starts at token `i`. */
function isSourcelessPhraseAt(ctx: SentenceContext, i: number): boolean {
  const phrase = matchCuePhrase(ctx.words, i);
  return phrase !== undefined && phrase.entry.speaker === 'none' && phrase.entry.kind === 'raising' && !raisesReportingVerb(ctx.tokens, phrase.end);
}

/** Forms of "be" that make a following participle passive. */
const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re"]);

/** A cue found in a sentence: tokens `[index, last]`. */
export interface CueMatch {
  /** Token index of the cue word. */
  index: number;
  /** Token index of the cue's last word (a particle: "called *for*"). */
  last: number;
  lemma: string;
  kind: 'verb';
  /** How the content attaches (the lexicon entry's first usable frame). */
  frame: Frame;
  /**
   * A passive with its agent after "by" ("The plan was rejected by the council"): the agent is the
   * source and the passive's subject the content.
   */
  byAgent?: true;
  /**
   * The stance when the lemma's is not the claim's: a light verb's reporting noun gives it ("made the
   * claim that" claims, not "make"'s asserts).
   */
  stance?: Stance;
}

/** A form this reliable as a cue ("said": 0.92) is a verb even where compromise tags it otherwise. */
const RELIABLE_FORM_PRECISION = 0.8;

/**
 * Whether this word is a verb here: compromise tags it so (or did not tag it), or it is a reliable
 * cue form not after a determiner (compromise tags "O'Neill said officials …" with "said" an adjective).
 */
function usedAsVerb(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.tags.size === 0) return true;
  if (has(t, 'Verb') || has(t, 'PastTense') || has(t, 'Gerund') || has(t, 'PresentTense') || has(t, 'Infinitive')) return true;
  const prev = ctx.tokens[i - 1];
  // after a subject pronoun a word is the verb ("which notes", "she notes")
  if (prev && (CLAUSE_SUBJECT_PRONOUNS.has(prev.lower) || RELATIVE_SUBJECTS.has(prev.lower))) return true;
  // "…, telling Reuters": an -ing form after a comma is a participle; "is telling": a progressive
  if (prev && /ing$/u.test(t.lower) && (ctx.text.slice(prev.end, t.start).includes(',') || BE_FORMS.has(prev.lower))) return true;
  // "voters saying …", "30 percent saying …": right after a noun or a number, not a noun itself
  if (prev && NOUN_LOOKING_PARTICIPLES.has(t.lower) && !breakBefore(ctx, i) && isNounHead(prev)) return true;
  if (prev && agreesWithNounBefore(ctx, i)) return true;
  // "went on to applaud", "will rebuke", "does support": a base form right after the infinitive
  // marker, a modal or "do" is a verb
  if (prev && cueVerbByForm.get(t.lower)?.forms[0] === t.lower && !breakBefore(ctx, i)
    && (prev.lower === 'to' || MODALS.has(prev.lower) || DO_SUPPORT_FORMS.has(prev.lower))) return true;
  return (cueVerbFormCounts(t.lower)?.precision ?? 0) >= RELIABLE_FORM_PRECISION && !(prev && has(prev, 'Determiner'));
}

/**
 * Whether the cue verb form at `i` agrees in number with the noun right before it, as a verb with
 * its subject: an -s form after a singular noun ("Ramirez tells", "a new poll shows", or after an
 * appositive's comma: "Ramirez, the treasurer, tells"), a base form after a plural one ("senators
 * rebuke"). compromise reads many of these forms as nouns ("tells", "shows", "asks" after a name
 * or a noun were among PolNeAR train's missed cues).
 */
function agreesWithNounBefore(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const prev = ctx.tokens[i - 1]!;
  const entry = cueVerbByForm.get(t.lower);
  if (!entry || !isNounHead(prev)) return false;
  if (entry.forms[1] === t.lower && !has(prev, 'Plural')) return !breakBefore(ctx, i) || /^,\s*$/u.test(gapBefore(ctx, i));
  return entry.forms[0] === t.lower && has(prev, 'Plural') && !breakBefore(ctx, i);
}

/** Whether a token ends a noun phrase: a noun or a number, not a determiner, adjective or possessive. */
function isNounHead(t: Token): boolean {
  return (has(t, 'Noun') || has(t, 'Value')) && !has(t, 'Determiner') && !has(t, 'Adjective') && !has(t, 'Possessive') && !has(t, 'Pronoun');
}

/**
 * The rules-only test: the form is a cue in at least MIN_CUE_VERB_PRECISION of its PolNeAR train
 * uses, or it introduces a that-clause.
 */
function passesPrecisionRule(ctx: SentenceContext, i: number, entry: CueVerb): boolean {
  const counts = cueVerbFormCounts(ctx.tokens[i]!.lower);
  const next = ctx.tokens[i + 1];
  const introducesClause = next !== undefined && next.lower === 'that' && !breakBefore(ctx, i + 1) && entry.frame.includes('clause');
  return counts !== undefined && (counts.precision >= MIN_CUE_VERB_PRECISION || introducesClause);
}

/** Whether "to" + verb follows token `i` ("continued to stay"); not "to" + a reaction ("said to cheers"). */
function takesInfinitive(ctx: SentenceContext, i: number): boolean {
  const to = ctx.tokens[i + 1];
  const verb = ctx.tokens[i + 2];
  return to?.lower === 'to' && !breakBefore(ctx, i + 1) && verb !== undefined && verb.tags.has('Verb') && !verb.tags.has('Noun')
    && !AUDIENCE_REACTION_NOUNS.has(verb.lower);
}

/**
 * Whether what follows the verb fits one of its frames: a verb with no to-infinitive frame followed
 * by one is not reporting ("many continued to stay away"), and a verb whose only frame is the
 * to-infinitive needs one ("appeared cowed" reports nothing; "appeared to suggest" does).
 */
function fitsFrame(ctx: SentenceContext, i: number, entry: CueVerb): boolean {
  const infinitive = takesInfinitive(ctx, i);
  if (infinitive) return entry.frame.includes('to-infinitive');
  const onlyInfinitive = entry.frame.every(f => f === 'to-infinitive');
  return !onlyInfinitive || ctx.tokens[i + 1]?.lower === 'that';
}

/**
 * Index of the word after the verb at `i` once adverbs ("passionately") and a time phrase
 * ("Wednesday", "on Friday") are passed over, within the clause; `undefined` past a break.
 */
function prepositionAfter(ctx: SentenceContext, i: number): number | undefined {
  const { tokens } = ctx;
  let k = skipTime(tokens, i + 1);
  while (k < tokens.length && tokens[k]!.tags.has('Adverb') && /ly$|^instead$/u.test(tokens[k]!.lower)) k++;
  if (k >= tokens.length) return undefined;
  for (let m = i + 1; m <= k; m++) if (breakBefore(ctx, m)) return undefined;
  return k;
}

/**
 * {@link prepositionAfter}, past an addressee when the verb's own preposition follows it: "spoke *to
 * reporters* about", "talked *with donors* about" (the content is what comes after "about").
 */
function prepositionAfterAddressee(ctx: SentenceContext, i: number, preps: readonly string[]): number | undefined {
  const k = prepositionAfter(ctx, i);
  if (k === undefined || preps.includes(ctx.tokens[k]!.lower) || !ADDRESSEE_PREPOSITIONS.has(ctx.tokens[k]!.lower)) return k;
  const addressee = nounPhraseWordsAfter(ctx, k);
  const after = addressee && prepositionAfter(ctx, addressee.last);
  return after !== undefined && preps.includes(ctx.tokens[after]!.lower) ? after : k;
}

/** Particles that turn a verb into another ("back off", "stand down"). */
const MEANING_PARTICLES = new Set(['off', 'away', 'down', 'up']);

/** How far after the verb the complement of "called X Y" may begin. */
const COMPLEMENT_WINDOW = 12;

/**
 * Whether an object and a predicate follow the verb, as in "called the plan a disaster" or "called
 * it “outrageous”": an article or a quotation mark after at least one word, within the clause.
 * "She called him on Monday" has none.
 */
function hasComplement(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  for (let k = i + 2; k < tokens.length && k <= i + COMPLEMENT_WINDOW; k++) {
    if (breakBefore(ctx, k) && !/["\u201c']/u.test(gapBefore(ctx, k))) return false;
    if (['a', 'an'].includes(tokens[k]!.lower) || ctx.quoted[tokens[k]!.start]) return true;
    // "called her son her hero", "calls Ohio his home": a possessive after the object, not a preposition's
    if (k >= i + 3 && pronounByForm.get(tokens[k]!.lower)?.case === 'possessive' && !tokens[k - 1]!.tags.has('Preposition')) return true;
    // "called him divisive", "calls Clinton unqualified": a pronoun or name, then an adjective
    const object = tokens[k - 1]!;
    if (k === i + 2 && (OBJECT_PRONOUNS.has(object.lower) || object.tags.has('ProperNoun')) && tokens[k]!.tags.has('Adjective')
      && !tokens[k]!.tags.has('Noun') && !tokens[k]!.tags.has('Adverb')) return true;
    // "called it the nerd prom", "calls himself a moderate", "calling them rapists": a pronoun, then a noun phrase
    if (k === i + 2 && isPronounObject(object) && (DETERMINERS.has(tokens[k]!.lower) || tokens[k]!.tags.has('Noun'))
      && !tokens[k]!.tags.has('Preposition') && !tokens[k]!.tags.has('Pronoun') && !breakBefore(ctx, k)) return true;
  }
  return false;
}

/** Whether a token is an object or reflexive pronoun ("it", "them", "himself"). */
function isPronounObject(t: Token): boolean {
  return OBJECT_PRONOUNS.has(t.lower) || pronounByForm.get(t.lower)?.case === 'reflexive';
}

/** Whether the verb is a passive participle ("must be addressed", "was found"): its subject is not a source. */
function isPassive(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (!t.tags.has('PastTense') && !t.tags.has('Participle')) return false;
  let k = i - 1;
  while (k >= 0 && (ctx.tokens[k]!.tags.has('Adverb') || ctx.tokens[k]!.lower === 'not')) k--;
  // "“… the safer people are,” said Ruiz": a "be" that ends a quotation is no auxiliary of the verb after it
  for (let m = k + 1; m <= i; m++) if (breakBefore(ctx, m)) return false;
  return k >= 0 && BE_FORMS.has(ctx.tokens[k]!.lower);
}

/** Whether a modal heads the passive's verb chain ("must be addressed", "will not be decided"), within its clause. */
function isModalPassive(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4 && !breakBefore(ctx, k + 1); k--) if (MODALS.has(ctx.tokens[k]!.lower)) return true;
  return false;
}

/**
 * Whether the verb is a participle with its agent after it: "a plan *backed* by unions", "the
 * statement *issued* by the campaign". Its noun is what was backed or issued, not a source. "said by
 * telephone" names a medium, and "responded by calling" a manner: both report.
 */
function isAgentivePassive(ctx: SentenceContext, i: number, entry: CueVerb): boolean {
  const by = ctx.tokens[i + 1];
  const after = ctx.tokens[i + 2];
  if (by?.lower !== 'by' || breakBefore(ctx, i + 1) || ctx.tokens[i]!.lower !== entry.forms[3]) return false;
  return after !== undefined && !MEANS_OF_COMMUNICATION.has(after.lower) && !after.tags.has('Gerund') && !/ing$/u.test(after.lower);
}

/** Whether a reflexive object after the verb gives it a sense that reports nothing ("found himself in trouble"). */
function hasNonReportingReflexive(ctx: SentenceContext, i: number, entry: CueVerb): boolean {
  const object = ctx.tokens[i + 1];
  return REFLEXIVE_NON_REPORTING_LEMMAS.has(entry.lemma) && object !== undefined && !breakBefore(ctx, i + 1)
    && pronounByForm.get(object.lower)?.case === 'reflexive';
}

/** Hyphens that join a word to the one before it in a compound modifier. */
const COMPOUND_HYPHEN = /^[-\u2010\u2011]$/u;

/**
 * Whether the verb form is the second half of a hyphenated compound modifier ("best-known
 * investors", "a Clinton-backed bill", "late-deciding voters"): an adjective, not a verb.
 */
function isCompoundModifier(ctx: SentenceContext, i: number): boolean {
  return i > 0 && COMPOUND_HYPHEN.test(gapBefore(ctx, i));
}

/** Whether a word may modify the reporting noun of a light verb's object ("no", "serious", "increasingly strident"). */
function isNounModifier(t: Token): boolean {
  // "that" after the verb opens a clause, not a noun phrase
  if (t.lower === 'that') return false;
  return DETERMINERS.has(t.lower) || ((has(t, 'Adjective') || has(t, 'Adverb')) && !has(t, 'Verb'));
}

/**
 * The cue of a light verb with a reporting noun for object ("expressed *support for* X", "raised
 * *serious concerns about* X", "made *the case that* X"): the noun phrase within a few words, with
 * no clause break, then the noun's preposition (cue ends there) or "that" (cue ends at the noun; the
 * content starts after the complementizer, as after "said that").
 */
function lightVerbCue(ctx: SentenceContext, i: number, entry: CueVerb): CueMatch | undefined {
  const { tokens } = ctx;
  if (!LIGHT_REPORTING_VERBS.has(entry.lemma)) return undefined;
  let k = i + 1;
  while (k < tokens.length && k - i - 1 < LIGHT_OBJECT_MODIFIERS && !breakBefore(ctx, k) && isNounModifier(tokens[k]!)
    && !isLightObjectNoun(tokens[k]!.lower)) k++;
  const head = tokens[k];
  const next = tokens[k + 1];
  if (!head || !next || breakBefore(ctx, k) || breakBefore(ctx, k + 1)) return undefined;
  const opens = contentOpenersAfter(head.lower);
  const stance = cueNounByForm.get(head.lower)?.stance;
  const ofNoun = stance ? { stance } : {};
  // the preposition's object is the content, a noun phrase ("support for the bridge"), not a clause running on
  if (next.lower !== 'that' && opens.includes(next.lower)) return { index: i, last: k + 1, lemma: entry.lemma, kind: 'verb', frame: 'object', ...ofNoun };
  if (next.lower === 'that' && opens.includes('that')) return { index: i, last: k, lemma: entry.lemma, kind: 'verb', frame: 'clause', ...ofNoun };
  return undefined;
}

/** Whether a noun reports as a light verb's object: a cue noun, or one of the light-verb-only nouns ("frustration"). */
function isLightObjectNoun(form: string): boolean {
  return cueNounByForm.has(form) || LIGHT_OBJECT_NOUNS.has(form);
}

/** The words that open a light verb's content after this noun: its prepositions, and "that" if it takes a that-clause. */
function contentOpenersAfter(form: string): readonly string[] {
  const noun = cueNounByForm.get(form);
  if (!noun) return LIGHT_OBJECT_NOUNS.get(form) ?? [];
  return [...(noun.attach.includes('prep') ? noun.preps ?? [] : []), ...(noun.attach.includes('that-clause') ? ['that'] : [])];
}

/**
 * The verb cues of a sentence, in order; words inside quotations are not cues. With `model`, the
 * cue classifier decides which lexicon forms are cues here; without it, the precision rule does.
 */
export function findVerbCues(ctx: SentenceContext, model: LinearModel | undefined): CueMatch[] {
  const cues: CueMatch[] = [];
  const { tokens } = ctx;
  tokens.forEach((t, i) => {
    const entry = cueVerbByForm.get(t.lower);
    if (!entry || isQuotedToken(ctx, t) || !usedAsVerb(ctx, i) || isPassiveAsked(ctx, i)
      || hasNonReportingReflexive(ctx, i, entry) || isCompoundModifier(ctx, i)) return;
    // "a plan backed by unions" modifies its noun and reports nothing (half the time it is a cue in
    // PolNeAR train); "The plan was rejected by the council" is a report with the agent as source
    // (62% of the time)
    if (isAgentivePassive(ctx, i, entry)) {
      if (isPassive(ctx, i) && !isModalPassive(ctx, i) && (passesPrecisionRule(ctx, i, entry) || (model && isCueByModel(model, ctx, i, entry.lemma)))) {
        cues.push({ index: i, last: i, lemma: entry.lemma, kind: 'verb', frame: 'object', byAgent: true });
      }
      return;
    }
    const next = tokens[i + 1];
    // "The plan seems to work": a raising verb's subject is part of the content (hedge.ts)
    if (next && entry.frame.includes('to-infinitive') && isSourcelessPhraseAt(ctx, i)) return;
    // "expressed support for", "made no mention of": the reporting noun makes a cue of its light verb
    // even where the verb alone is too rarely one for the precision rule or the model ("made" 9% of
    // its uses); not "raised", whose "questions about" and "concerns about" are mostly no one's claim
    const light = isPassive(ctx, i) ? undefined : lightVerbCue(ctx, i, entry);
    const licensedByNoun = light !== undefined && !GATED_LIGHT_VERBS.has(entry.lemma);
    if (!licensedByNoun && !passesPrecisionRule(ctx, i, entry) && !(model && isCueByModel(model, ctx, i, entry.lemma))) return;
    if (light) {
      cues.push(light);
      return;
    }
    // "called for", and past adverbs or a time phrase: "spoke passionately about", "called Wednesday for"
    const prep = entry.preps ? prepositionAfterAddressee(ctx, i, entry.preps) : undefined;
    if (prep !== undefined && entry.preps!.includes(tokens[prep]!.lower)) {
      cues.push({ index: i, last: prep, lemma: `${entry.lemma} ${tokens[prep]!.lower}`, kind: 'verb', frame: 'prep' });
      return;
    }
    // "backed off", "stepped down": a particle makes another verb, unless the lexicon lists it
    if (next && !breakBefore(ctx, i + 1) && MEANING_PARTICLES.has(next.lower) && !entry.preps?.includes(next.lower)) return;
    if (entry.bare === false && entry.frame.includes('complement') && hasComplement(ctx, i) && !isPassive(ctx, i)) {
      cues.push({ index: i, last: i, lemma: entry.lemma, kind: 'verb', frame: 'complement' });
      return;
    }
    if (entry.bare === false || !fitsFrame(ctx, i, entry) || isPassive(ctx, i)) return;
    cues.push({ index: i, last: i, lemma: entry.lemma, kind: 'verb', frame: entry.frame[0]! });
  });
  return cues;
}
