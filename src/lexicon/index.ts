/**
 * The lexicon: typed word lists with provenance (see README.md) and fast lookups over them.
 * The data is checked once when this module loads; a problem throws, since it is a bug in the data.
 * Every lookup takes words as `normalizeWord` returns them: lower case, with ’ written '.
 */
import { checkCueVerbs } from './check.js';
import { checkCueNouns, checkCuePhrases, checkNonClaims, checkPronouns, checkSpeakers } from './check-more.js';
import { cueNouns } from './cue-nouns.js';
import { cueModifiers, cuePhrases } from './cue-phrases.js';
import { cueVerbs } from './cue-verbs.js';
import { matchPattern } from './match.js';
import type { PatternMatch } from './match.js';
import { nonClaims } from './non-claims.js';
import { alsoObjectForms, pronouns } from './pronouns.js';
import { organizationWords, speakerNouns, speakerTitles, unnamedMarkers } from './speakers.js';
import type {
  CueModifier, CueNoun, CuePhrase, CueVerb, NonClaim, OrganizationWord, Pronoun, SpeakerNoun, SpeakerTitle, TrainCounts,
} from './types.js';

export type * from './types.js';
export { FRAMES, NON_CLAIM_KINDS, NOUN_ATTACHMENTS, PHRASE_KINDS, SPEAKER_NOUN_KINDS, SPEAKER_POSITIONS, STANCES } from './types.js';
export { MAX_SLOT_WORDS, matchPattern } from './match.js';
export type { PatternMatch } from './match.js';
export {
  alsoObjectForms, cueModifiers, cueNouns, cuePhrases, cueVerbs, nonClaims, organizationWords, pronouns, speakerNouns, speakerTitles,
  unnamedMarkers,
};

/** Every problem found in the lexicon data (empty when clean). Used at load time and by the tests. */
export function lexiconProblems(): string[] {
  return [
    ...checkCueVerbs(cueVerbs),
    ...checkCueNouns(cueNouns),
    ...checkCuePhrases(cuePhrases, cueModifiers),
    ...checkSpeakers(speakerNouns, speakerTitles, organizationWords, unnamedMarkers),
    ...checkPronouns(pronouns),
    ...checkNonClaims(nonClaims),
  ];
}

const problems = lexiconProblems();
if (problems.length) throw new Error(`claims lexicon data is invalid:\n${problems.join('\n')}`);

/** The form lookups expect: lower case, typographic apostrophe ’ replaced by ' ("Didn’t" → "didn't"). */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/\u2019/g, "'");
}

const byForms = <T>(list: readonly T[], forms: (e: T) => readonly string[]): ReadonlyMap<string, T> =>
  new Map(list.flatMap((e) => forms(e).map((f) => [f, e] as const)));

/** Cue verb entry by any form ("said" → the entry for "say"). */
export const cueVerbByForm: ReadonlyMap<string, CueVerb> = byForms(cueVerbs, (v) => v.forms);

/** Cue noun entry by singular or plural ("statements" → "statement"). */
export const cueNounByForm: ReadonlyMap<string, CueNoun> = byForms(cueNouns, (n) => n.forms);

/** Cue modifier by word ("has", "also", "repeatedly"). */
export const cueModifierByWord: ReadonlyMap<string, CueModifier> = byForms(cueModifiers, (m) => [m.word]);

/** Speaker noun entry by singular or plural ("officials" → "official"). */
export const speakerNounByForm: ReadonlyMap<string, SpeakerNoun> = byForms(speakerNouns, (n) => n.forms);

/** Title entry by word, without a final period ("sen" for "Sen."). */
export const speakerTitleByWord: ReadonlyMap<string, SpeakerTitle> = byForms(speakerTitles, (t) => [t.word]);

/** Organization word entry by word ("times", "department", "cnn"). */
export const organizationWordByWord: ReadonlyMap<string, OrganizationWord> = byForms(organizationWords, (o) => [o.word]);

/** Pronoun entry by form. "her" maps to its possessive entry; see `alsoObjectForms`. */
export const pronounByForm: ReadonlyMap<string, Pronoun> = byForms(pronouns, (p) => [p.form]);

const verbFormCounts = new Map<string, TrainCounts>();
for (const v of cueVerbs) {
  v.forms.forEach((f, i) => {
    const [uses, occurrences] = v.train.forms[i] ?? [0, 0];
    verbFormCounts.set(f, { uses, occurrences, precision: occurrences ? Math.round((uses / occurrences) * 100) / 100 : 0 });
  });
}

/**
 * PolNeAR train counts of one verb form ("said": precision 0.92, "say": 0.48); `undefined` when the
 * word is not a cue verb form.
 */
export function cueVerbFormCounts(form: string): TrainCounts | undefined {
  return verbFormCounts.get(form);
}

/** True for a person role noun, singular or plural ("spokeswoman", "officials", "witness"). */
export function isSpeakerRoleNoun(word: string): boolean {
  return speakerNounByForm.get(word)?.kind === 'person';
}

/** True for a title written before names; a final period is ignored ("Sen." → "sen."). */
export function isSpeakerTitle(word: string): boolean {
  return speakerTitleByWord.has(word.replace(/\.$/, ''));
}

/** True for a word that ends or is an organization name ("times", "ministry", "cnn"). */
export function isOrganizationWord(word: string): boolean {
  return organizationWordByWord.has(word);
}

/** True for a pronoun form that can be the subject speaker of a cue ("he", "they", "who"). */
export function isSubjectPronoun(word: string): boolean {
  return pronounByForm.get(word)?.speakerUse === 'subject';
}

const unnamedDeterminers: ReadonlySet<string> = new Set(unnamedMarkers.filter((u) => u.position === 'determiner').map((u) => u.pattern));

/** True for a determiner that makes a speaker mention indefinite ("a", "one", "some", "another"). */
export function isUnnamedDeterminer(word: string): boolean {
  return unnamedDeterminers.has(word);
}

/** A phrase from one of the pattern lists matched in a list of words. */
export interface PhraseMatch<T> extends PatternMatch {
  /** The matched entry. */
  readonly entry: T;
}

function patternIndex<T>(list: readonly T[], pattern: (e: T) => string) {
  const byFirst = new Map<string, { entry: T; words: readonly string[] }[]>();
  for (const entry of list) {
    const words = pattern(entry).split(' ');
    const first = words[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), { entry, words }]);
  }
  return (words: readonly string[], start: number): PhraseMatch<T> | undefined => {
    let best: PhraseMatch<T> | undefined;
    for (const c of byFirst.get(words[start] ?? '') ?? []) {
      const m = matchPattern(c.words, words, start);
      if (m && (!best || m.end > best.end)) best = { ...m, entry: c.entry };
    }
    return best;
  };
}

/**
 * The longest cue phrase starting at `words[start]` ("according to", "as * put it"), or `undefined`.
 * `words` are lower-case word tokens without punctuation.
 */
export const matchCuePhrase: (words: readonly string[], start: number) => PhraseMatch<CuePhrase> | undefined =
  patternIndex(cuePhrases, (p) => p.pattern);

/** The longest non-claim phrase starting at `words[start]` ("declined to comment"), or `undefined`. */
export const matchNonClaim: (words: readonly string[], start: number) => PhraseMatch<NonClaim> | undefined =
  patternIndex(nonClaims, (n) => n.pattern);

/** True when any cue phrase matches somewhere in `words` (used by the measurement script). */
export function cuePhraseMatch(words: readonly string[]): boolean {
  return words.some((_, i) => matchCuePhrase(words, i) !== undefined);
}
