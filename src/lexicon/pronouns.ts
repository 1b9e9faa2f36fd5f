/**
 * Personal and relative pronouns with person, number, gender and animacy, and how each form can be a
 * speaker mention. The paradigm is standard English grammar (e.g. Huddleston & Pullum 2002, ch. 5);
 * counts are measured in PolNeAR train. PolNeAR annotates a pronoun source where it stands ("he
 * said"), and "who"/"which"/"that" as the source of relative clauses ("the senator, who said …").
 * "her" is listed once, as possessive; it is also the object form (see `alsoObjectForms`).
 */
import type { Pronoun } from './types.js';

const SRC = 'English pronoun paradigm; measured in PolNeAR train';

/** Pronoun forms, by person. */
export const pronouns: readonly Pronoun[] = [
  { form: 'i', person: 1, number: 'singular', gender: 'any', animacy: 'animate', case: 'subject', speakerUse: 'subject',
    train: { wholeSource: 140, inSource: 147, occurrences: 2415 }, source: SRC },
  { form: 'me', person: 1, number: 'singular', gender: 'any', animacy: 'animate', case: 'object', speakerUse: 'object',
    train: { wholeSource: 7, inSource: 11, occurrences: 412 }, source: SRC },
  { form: 'my', person: 1, number: 'singular', gender: 'any', animacy: 'animate', case: 'possessive', speakerUse: 'possessor',
    train: { wholeSource: 8, inSource: 13, occurrences: 419 }, source: SRC },
  { form: 'mine', person: 1, number: 'singular', gender: 'any', animacy: 'animate', case: 'independent-possessive', speakerUse: 'none',
    train: { wholeSource: 0, inSource: 1, occurrences: 13 }, source: SRC },
  { form: 'myself', person: 1, number: 'singular', gender: 'any', animacy: 'animate', case: 'reflexive', speakerUse: 'none',
    train: { wholeSource: 0, inSource: 0, occurrences: 23 }, source: SRC },
  { form: 'we', person: 1, number: 'plural', gender: 'any', animacy: 'animate', case: 'subject', speakerUse: 'subject',
    train: { wholeSource: 51, inSource: 52, occurrences: 1503 }, source: SRC },
  { form: 'us', person: 1, number: 'plural', gender: 'any', animacy: 'animate', case: 'object', speakerUse: 'object',
    train: { wholeSource: 3, inSource: 11, occurrences: 309 }, source: SRC },
  { form: 'our', person: 1, number: 'plural', gender: 'any', animacy: 'animate', case: 'possessive', speakerUse: 'possessor',
    train: { wholeSource: 0, inSource: 11, occurrences: 711 }, source: SRC },
  { form: 'ours', person: 1, number: 'plural', gender: 'any', animacy: 'animate', case: 'independent-possessive', speakerUse: 'none',
    train: { wholeSource: 0, inSource: 0, occurrences: 2 }, source: SRC },
  { form: 'ourselves', person: 1, number: 'plural', gender: 'any', animacy: 'animate', case: 'reflexive', speakerUse: 'none',
    train: { wholeSource: 0, inSource: 0, occurrences: 14 }, source: SRC },
  { form: 'you', person: 2, number: 'any', gender: 'any', animacy: 'animate', case: 'subject', speakerUse: 'subject',
    train: { wholeSource: 48, inSource: 51, occurrences: 1265 }, source: SRC },
  { form: 'your', person: 2, number: 'any', gender: 'any', animacy: 'animate', case: 'possessive', speakerUse: 'possessor',
    train: { wholeSource: 0, inSource: 2, occurrences: 240 }, source: SRC },
  { form: 'yours', person: 2, number: 'any', gender: 'any', animacy: 'animate', case: 'independent-possessive', speakerUse: 'none',
    train: { wholeSource: 0, inSource: 0, occurrences: 1 }, source: SRC },
  { form: 'yourself', person: 2, number: 'singular', gender: 'any', animacy: 'animate', case: 'reflexive', speakerUse: 'none',
    train: { wholeSource: 0, inSource: 0, occurrences: 16 }, source: SRC },
  { form: 'yourselves', person: 2, number: 'plural', gender: 'any', animacy: 'animate', case: 'reflexive', speakerUse: 'none',
    train: { wholeSource: 0, inSource: 0, occurrences: 1 }, source: SRC },
  { form: 'he', person: 3, number: 'singular', gender: 'masculine', animacy: 'animate', case: 'subject', speakerUse: 'subject',
    train: { wholeSource: 2037, inSource: 2062, occurrences: 5259 }, source: SRC },
  { form: 'him', person: 3, number: 'singular', gender: 'masculine', animacy: 'animate', case: 'object', speakerUse: 'object',
    train: { wholeSource: 15, inSource: 31, occurrences: 1046 }, source: SRC },
  { form: 'his', person: 3, number: 'singular', gender: 'masculine', animacy: 'animate', case: 'possessive', speakerUse: 'possessor',
    train: { wholeSource: 105, inSource: 321, occurrences: 3965 }, source: SRC },
  { form: 'himself', person: 3, number: 'singular', gender: 'masculine', animacy: 'animate', case: 'reflexive', speakerUse: 'none',
    train: { wholeSource: 0, inSource: 7, occurrences: 183 }, source: SRC },
  { form: 'she', person: 3, number: 'singular', gender: 'feminine', animacy: 'animate', case: 'subject', speakerUse: 'subject',
    train: { wholeSource: 769, inSource: 790, occurrences: 2009 }, source: SRC },
  { form: 'her', person: 3, number: 'singular', gender: 'feminine', animacy: 'animate', case: 'possessive', speakerUse: 'possessor',
    train: { wholeSource: 44, inSource: 157, occurrences: 2197 }, source: SRC },
  { form: 'hers', person: 3, number: 'singular', gender: 'feminine', animacy: 'animate', case: 'independent-possessive', speakerUse: 'none',
    train: { wholeSource: 0, inSource: 0, occurrences: 3 }, source: SRC },
  { form: 'herself', person: 3, number: 'singular', gender: 'feminine', animacy: 'animate', case: 'reflexive', speakerUse: 'none',
    train: { wholeSource: 0, inSource: 2, occurrences: 77 }, source: SRC },
  { form: 'it', person: 3, number: 'singular', gender: 'neuter', animacy: 'inanimate', case: 'subject', speakerUse: 'subject',
    train: { wholeSource: 110, inSource: 115, occurrences: 3333 }, source: SRC },
  { form: 'its', person: 3, number: 'singular', gender: 'neuter', animacy: 'inanimate', case: 'possessive', speakerUse: 'possessor',
    train: { wholeSource: 6, inSource: 29, occurrences: 756 }, source: SRC },
  { form: 'itself', person: 3, number: 'singular', gender: 'neuter', animacy: 'inanimate', case: 'reflexive', speakerUse: 'none',
    train: { wholeSource: 0, inSource: 4, occurrences: 72 }, source: SRC },
  { form: 'they', person: 3, number: 'any', gender: 'any', animacy: 'any', case: 'subject', speakerUse: 'subject',
    train: { wholeSource: 258, inSource: 263, occurrences: 1985 }, source: SRC },
  { form: 'them', person: 3, number: 'any', gender: 'any', animacy: 'any', case: 'object', speakerUse: 'object',
    train: { wholeSource: 5, inSource: 19, occurrences: 758 }, source: SRC },
  { form: 'their', person: 3, number: 'any', gender: 'any', animacy: 'any', case: 'possessive', speakerUse: 'possessor',
    train: { wholeSource: 20, inSource: 43, occurrences: 1509 }, source: SRC },
  { form: 'theirs', person: 3, number: 'any', gender: 'any', animacy: 'any', case: 'independent-possessive', speakerUse: 'none',
    train: { wholeSource: 0, inSource: 0, occurrences: 2 }, source: SRC },
  { form: 'themselves', person: 3, number: 'plural', gender: 'any', animacy: 'any', case: 'reflexive', speakerUse: 'none',
    train: { wholeSource: 0, inSource: 5, occurrences: 111 }, source: SRC },
  { form: 'who', person: 3, number: 'any', gender: 'any', animacy: 'animate', case: 'relative', speakerUse: 'subject',
    train: { wholeSource: 415, inSource: 886, occurrences: 2732 }, source: SRC },
  { form: 'whom', person: 3, number: 'any', gender: 'any', animacy: 'animate', case: 'relative', speakerUse: 'none',
    train: { wholeSource: 0, inSource: 9, occurrences: 88 }, source: SRC },
  { form: 'whose', person: 3, number: 'any', gender: 'any', animacy: 'any', case: 'relative', speakerUse: 'possessor',
    train: { wholeSource: 8, inSource: 44, occurrences: 152 }, source: SRC },
  { form: 'which', person: 3, number: 'any', gender: 'neuter', animacy: 'inanimate', case: 'relative', speakerUse: 'subject',
    train: { wholeSource: 80, inSource: 113, occurrences: 1130 }, source: SRC },
  { form: 'that', person: 3, number: 'any', gender: 'any', animacy: 'any', case: 'relative', speakerUse: 'subject',
    train: { wholeSource: 66, inSource: 128, occurrences: 8473 }, source: SRC },
];

/** Forms that are also object pronouns though listed under another case ("her"). */
export const alsoObjectForms: readonly string[] = ['her'];
