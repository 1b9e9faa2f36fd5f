/**
 * Where a clause joined by a bare "and" or "but" (no comma) starts, when it has a subject that names
 * someone and a reporting verb of its own: "A woman asked for a photo *and the senator said*, “…”".
 * An object phrase cannot run on into a new subject and finite verb, so the earlier cue's content
 * ends before the coordinator, and the later cue reports on its own.
 */
import { CLAUSE_COORDINATORS, CLAUSE_SUBJECT_PRONOUNS } from '../lexicon/grammar.js';
import type { Token } from '../document.js';
import { organizationWordByWord, speakerNounByForm } from '../lexicon/index.js';
import type { SentenceContext, TokenRange } from './context.js';
import type { CueMatch } from './cues.js';
import { breakBefore, speakerBefore } from './noun-phrase.js';
import { has, isCapitalized, isPredicateVerb } from './tokens.js';

/** Whether a subject names someone: a personal pronoun other than "it", a name, or a person noun. */
function namesSomeone(ctx: SentenceContext, subject: TokenRange): boolean {
  const head = ctx.tokens[subject.last]!;
  return (subject.first === subject.last && CLAUSE_SUBJECT_PRONOUNS.has(head.lower) && head.lower !== 'it')
    || has(head, 'Person') || speakerNounByForm.get(head.lower)?.kind === 'person';
}

/** Whether a word may name someone who speaks: a name, a pronoun, a speaker noun or an organization word. */
const mayName = (t: Token) => has(t, 'Person') || has(t, 'ProperNoun') || has(t, 'Organization') || has(t, 'Pronoun') || has(t, 'Place')
  || speakerNounByForm.has(t.lower) || organizationWordByWord.has(t.lower) || isCapitalized(t);

/**
 * The subject after the last bare coordinator inside `phrase` when the phrase stands right after a
 * verb or preposition: "asked for an autograph and *the senator* said", where the noun-phrase rules
 * join the object ("an autograph") to the new subject. `undefined` when the phrase has no such
 * coordinator or the second conjunct names no one.
 */
export function subjectAfterObjectConjunct(ctx: SentenceContext, phrase: TokenRange): TokenRange | undefined {
  const { tokens } = ctx;
  if (phrase.first < 1 || breakBefore(ctx, phrase.first)) return undefined;
  const before = tokens[phrase.first - 1]!;
  if (!(has(before, 'Preposition') || (has(before, 'Verb') && !has(before, 'Noun')))) return undefined;
  for (let k = phrase.last - 1; k > phrase.first; k--) {
    if (!CLAUSE_COORDINATORS.has(tokens[k]!.lower)) continue;
    if (breakBefore(ctx, k) || breakBefore(ctx, k + 1)) return undefined;
    // "said the United States and its allies will …", "both he and Rubio promised": a conjunct that
    // could speak too makes one coordinated subject
    for (let j = phrase.first; j < k; j++) if (mayName(tokens[j]!)) return undefined;
    const subject = { first: k + 1, last: phrase.last };
    return namesSomeone(ctx, subject) ? subject : undefined;
  }
  return undefined;
}

/**
 * The text offset of the bare coordinator before `next`'s subject, when `next` is a finite cue whose
 * subject names someone ("and she said", "but Ms. Lee replied", "an autograph and the senator
 * said"); `undefined` otherwise.
 */
export function bareCoordinationBefore(ctx: SentenceContext, next: CueMatch): number | undefined {
  const { tokens } = ctx;
  const verb = tokens[next.index]!;
  if (!isPredicateVerb(verb) && !has(verb, 'PastTense')) return undefined;
  const phrase = speakerBefore(ctx, next.index);
  if (!phrase || phrase.first < 2) return undefined;
  const coordinator = phrase.first - 1;
  if (CLAUSE_COORDINATORS.has(tokens[coordinator]!.lower)) {
    return !breakBefore(ctx, phrase.first) && !breakBefore(ctx, coordinator) && namesSomeone(ctx, phrase) ? tokens[coordinator]!.start : undefined;
  }
  const subject = subjectAfterObjectConjunct(ctx, phrase);
  return subject ? tokens[subject.first - 1]!.start : undefined;
}
