/**
 * What may stand between a reporting verb and its content: a time ("said Friday"), the addressee
 * ("told reporters"), a manner adverb ("said sarcastically"), the medium ("said in a statement", "said
 * on Twitter") and the audience ("said to reporters"). The content begins after them.
 */
import { CLAUSE_SUBJECT_PRONOUNS, DETERMINERS, OBJECT_PRONOUNS } from '../lexicon/grammar.js';
import { ADDRESSEE_FIRST_CUES, AUDIENCE_NOUNS, BROADCASTERS, MEDIUM_EXTENSIONS, MEDIUM_NOUNS, MEDIUM_PREPOSITIONS } from '../lexicon/cue-complements.js';
import type { SentenceContext } from './context.js';
import { skipTime } from './content.js';
import type { CueMatch } from './cues.js';
import { breakBefore, isNounPhraseWord } from './noun-phrase.js';

/**
 * Index after the addressee of "told" and its kin: one pronoun ("told him") or one noun phrase
 * ("told reporters", "told The Associated Press"), which ends where a new phrase begins.
 */
function skipAddressee(ctx: SentenceContext, j: number): number {
  const { tokens } = ctx;
  if (j >= tokens.length) return j;
  if (OBJECT_PRONOUNS.has(tokens[j]!.lower)) return j + 1;
  let k = j;
  if (DETERMINERS.has(tokens[k]!.lower)) k++;
  while (k < tokens.length && !breakBefore(ctx, k) && k - j < 6 && isNounPhraseWord(tokens[k]!, false)
    && !DETERMINERS.has(tokens[k]!.lower) && !CLAUSE_SUBJECT_PRONOUNS.has(tokens[k]!.lower)) k++;
  return k > j && (k === tokens.length || !ctx.tokens[k]!.tags.has('Verb') || tokens[k]!.lower === 'that') ? k : j;
}

/** Index after the addressee or medium phrases that may follow a cue ("told reporters", "said in a statement"). */
export function skipCueComplements(ctx: SentenceContext, c: CueMatch, from: number): number {
  const { tokens } = ctx;
  let j = skipTime(tokens, from);
  if (ADDRESSEE_FIRST_CUES.has(c.lemma)) j = skipAddressee(ctx, j);
  for (let guard = 0; guard < 3; guard++) {
    const before = j;
    j = skipTime(tokens, j);
    // "said sarcastically", "said then"
    while (j < tokens.length && !breakBefore(ctx, j) && (/ly$/u.test(tokens[j]!.lower) || tokens[j]!.lower === 'then') && tokens[j]!.tags.has('Adverb')) j++;
    // "in a statement", "in an interview with Fox News", "on Twitter"
    if (j + 1 < tokens.length && MEDIUM_PREPOSITIONS.has(tokens[j]!.lower)) {
      let k = j + 1;
      while (k < tokens.length && k - j <= 4 && !MEDIUM_NOUNS.has(tokens[k]!.lower)) k++;
      if (k < tokens.length && MEDIUM_NOUNS.has(tokens[k]!.lower)) {
        // "in a video message": the last of the medium nouns in a row
        while (k + 1 < tokens.length && !breakBefore(ctx, k + 1) && MEDIUM_NOUNS.has(tokens[k + 1]!.lower)) k++;
        j = k + 1;
        while (j < tokens.length && !breakBefore(ctx, j) && MEDIUM_EXTENSIONS.has(tokens[j]!.lower)) {
          j++;
          while (j < tokens.length && !breakBefore(ctx, j) && tokens[j]!.lower !== 'that' && !tokens[j]!.tags.has('Verb')) j++;
        }
      } else if (BROADCASTERS.has(tokens[j + 1]!.lower)) {
        j += 2;
        while (j < tokens.length && !breakBefore(ctx, j) && /^\p{Lu}/u.test(tokens[j]!.text)) j++;
      }
    }
    if (j < tokens.length && tokens[j]!.lower === 'to' && AUDIENCE_NOUNS.has(tokens[j + 1]?.lower ?? '')) j += 2;
    // "admitted to the newspaper that …", "confided to her that …": any addressee, when "that" follows it
    if (j < tokens.length && tokens[j]!.lower === 'to') {
      const k = skipAddressee(ctx, j + 1);
      if (k > j + 1 && tokens[k]?.lower === 'that') j = k;
    }
    if (j === before) break;
  }
  return j;
}
