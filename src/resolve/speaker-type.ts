/**
 * What kind of source a mention names, from its words: pronouns, unnamed markers ("a witness"),
 * the head noun (lexicon `speakerNouns`), organization name endings ("… Ministry", "… Times"),
 * and capitalised names.
 */
import { isUnnamedDeterminer, organizationWordByWord, pronounByForm, speakerNounByForm, speakerTitleByWord } from '../lexicon/index.js';
import type { SpeakerType } from '../types.js';

/** Prepositions that end a mention's head phrase. */
const POST_MODIFIERS = new Set(['of', 'for', 'on', 'in', 'at', 'from', 'with', 'who', 'which']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** The words of a mention, stripped of a trailing possessive and final periods. */
export function mentionWords(text: string): string[] {
  return [...text.matchAll(WORD)].map(m => m[0].replace(/['’]s$/u, '').replace(/\.$/u, ''));
}

/** The type of a mention that is not a pronoun. */
export function typeOfMention(text: string): SpeakerType {
  const all = mentionWords(text.split(/[,(]/u)[0]!);
  // the head stands before a post-modifier: "claims *on* social media", "a spokesman *for* the party"
  const post = all.findIndex((w, i) => i > 0 && POST_MODIFIERS.has(w.toLowerCase()));
  const words = post > 0 ? all.slice(0, post) : all;
  if (words.length === 0) return 'other';
  const lower = words.map(w => w.toLowerCase());
  const head = lower[lower.length - 1]!;
  const last = words[words.length - 1]!;
  if (/^\p{Lu}/u.test(last) && organizationWordByWord.has(head)) return 'organization';
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(last)) return 'organization'; // "CNN", "FBI"
  // "The rebel faction Jaish al-Nasr", "union leader Maria Ortiz": the common noun says what the name is
  const described = /^\p{Lu}/u.test(last) ? [...lower].reverse().find((w, r) => r > 0 && !/^\p{Lu}/u.test(words[lower.length - 1 - r]!) && speakerNounByForm.has(w)) : undefined;
  const noun = speakerNounByForm.get(described ?? head);
  if (noun?.kind === 'document') return 'other';
  if (isUnnamedDeterminer(lower[0]!) && ['a', 'an', 'one', 'another'].includes(lower[0]!) && noun?.kind !== 'organization') return 'unnamed';
  if (described && noun) return noun.kind === 'group' ? 'organization' : noun.kind === 'person' ? 'person' : 'organization';
  if (noun) {
    if (noun.kind === 'organization') return 'organization';
    if (noun.kind === 'group') return 'group';
    return noun.forms.length > 1 && head === noun.forms[1] && noun.forms[1] !== noun.forms[0] ? 'group' : 'person';
  }
  const capitalized = words.filter(w => /^\p{Lu}/u.test(w));
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
