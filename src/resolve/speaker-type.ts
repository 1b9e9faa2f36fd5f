/**
 * What kind of source a mention names, from its words: pronouns, unidentified speakers ("a witness",
 * "officials"), the head noun (lexicon `speakerNouns`), institution words (government, media, poll),
 * organization name endings ("… Times"), and capitalised names.
 */
import {
  ANONYMOUS_PLURALS, GOVERNMENT_WORDS, MEDIA_WORDS, ORGANIZATION_NOUNS, POLL_WORDS,
} from '../lexicon/institutions.js';
import { isUnnamedDeterminer, organizationWordByWord, pronounByForm, speakerNounByForm, speakerTitleByWord } from '../lexicon/index.js';
import type { SpeakerType } from '../types.js';

/** Prepositions that end a mention's head phrase ("claims *on* social media", "a spokesman *for* the party"). */
const POST_MODIFIERS = new Set(['of', 'for', 'on', 'in', 'at', 'from', 'with', 'who', 'which', 'familiar', 'close']);
/** Determiners that leave the speaker unidentified: "a witness", "one official", "some sources". */
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'two', 'three', 'many', 'few', 'other']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const isCapitalized = (w: string) => /^\p{Lu}/u.test(w);

/** The words of a mention, stripped of a trailing possessive and final periods. */
export function mentionWords(text: string): string[] {
  return [...text.matchAll(WORD)].map(m => m[0].replace(/['’]s$/u, '').replace(/\.$/u, ''));
}

/** The words up to the head (before a post-modifier), lower-cased, and the original words. */
function headPhrase(text: string): { words: string[]; lower: string[] } {
  const all = mentionWords(text.split(/[,(]/u)[0]!);
  const post = all.findIndex((w, i) => i > 0 && POST_MODIFIERS.has(w.toLowerCase()));
  const words = post > 0 ? all.slice(0, post) : all;
  return { words, lower: words.map(w => w.toLowerCase()) };
}

/** The type of an institution word, if it is one. */
function institutionType(word: string): SpeakerType | undefined {
  if (POLL_WORDS.has(word)) return 'poll';
  if (MEDIA_WORDS.has(word)) return 'media';
  if (GOVERNMENT_WORDS.has(word)) return 'government';
  return undefined;
}

/** The type of a mention that is not a pronoun. */
export function typeOfMention(text: string): SpeakerType {
  const { words, lower } = headPhrase(text);
  if (words.length === 0) return 'other';
  const head = lower[lower.length - 1]!;
  const last = words[words.length - 1]!;
  const institution = institutionType(head);
  if (institution && (isCapitalized(last) || institution === 'poll' || lower[0] === 'the' || words.length === 1)) return institution;
  if (isCapitalized(last) && organizationWordByWord.has(head)) return 'organization';
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(last)) return 'organization'; // an acronym: "NAACP"
  // "The rebel faction Jaish al-Nasr", "union leader Maria Ortiz": the common noun says what the name is
  const described = isCapitalized(last)
    ? [...lower].reverse().find((w, r) => r > 0 && !isCapitalized(words[lower.length - 1 - r]!) && (speakerNounByForm.has(w) || institutionType(w)))
    : undefined;
  if (described && institutionType(described)) return institutionType(described)!;
  const orgNoun = lower.findIndex((w, i) => i < lower.length - 1 && ORGANIZATION_NOUNS.has(w));
  if (orgNoun >= 0 && words.slice(orgNoun + 1).some(isCapitalized)) return 'organization';
  const noun = speakerNounByForm.get(described ?? head);
  if (noun?.kind === 'document') return 'document';
  const indefinite = INDEFINITE.has(lower[0]!) || isUnnamedDeterminer(lower[0]!);
  if (indefinite && noun?.kind !== 'organization' && !isCapitalized(last)) return 'anonymous';
  if (words.length === 1 && ANONYMOUS_PLURALS.has(head)) return 'anonymous';
  if (described && noun) return noun.kind === 'person' ? 'person' : 'organization';
  if (noun) {
    if (noun.kind === 'organization') return 'organization';
    if (noun.kind === 'group') return 'group';
    return noun.forms.length > 1 && head === noun.forms[1] && noun.forms[1] !== noun.forms[0] ? 'group' : 'person';
  }
  const capitalized = words.filter(isCapitalized);
  if (capitalized.length === words.length || lower.some(w => speakerTitleByWord.has(w))) return 'person';
  if (/s$/u.test(head) && !/ss$/u.test(head)) return 'group';
  return 'other';
}

/** The type a pronoun implies before resolution: "he" a person, "they" a group, "it" an organization. */
export function typeOfPronoun(word: string): SpeakerType | undefined {
  const p = pronounByForm.get(word.toLowerCase());
  if (!p || p.case !== 'subject') return undefined;
  if (p.number === 'plural' || word.toLowerCase() === 'they') return 'group';
  if (p.animacy === 'inanimate') return 'organization';
  return 'person';
}
