/**
 * Features of a candidate cue word in its sentence, shared by the training script
 * (`scripts/train-cue-model.mjs`) and the classifier, so both see exactly the same thing.
 */
import type { Token } from '../document.js';
import type { SentenceContext } from '../extract/context.js';
import { gapAfter, gapBefore } from '../extract/tokens.js';
import { organizationWordByWord, speakerNounByForm } from '../lexicon/index.js';
import { AUXILIARIES, CLAUSE_SUBJECT_PRONOUNS } from '../lexicon/grammar.js';

/** A coarse word class from compromise's tags: enough to tell "he said" from "the said". */
function wordClass(t: Token | undefined): string {
  if (!t) return 'none';
  const tags = t.tags;
  if (tags.has('Pronoun')) return 'pron';
  if (tags.has('ProperNoun')) return 'proper';
  if (tags.has('Determiner')) return 'det';
  if (tags.has('Preposition')) return 'prep';
  if (tags.has('Conjunction')) return 'conj';
  if (tags.has('Adverb')) return 'adv';
  if (tags.has('Adjective')) return 'adj';
  if (tags.has('Auxiliary') || tags.has('Modal') || tags.has('Copula')) return 'aux';
  if (tags.has('Gerund')) return 'ger';
  if (tags.has('Verb')) return 'verb';
  if (tags.has('Noun')) return 'noun';
  if (tags.has('Value')) return 'num';
  return 'other';
}

/** The punctuation between two tokens, reduced to one symbol. */
function gapClass(text: string): string {
  if (/[:]/u.test(text)) return 'colon';
  if (/["\u201c\u201d\u2018\u2019]/u.test(text) || /''/u.test(text)) return 'quote';
  if (/,/u.test(text)) return 'comma';
  if (/[\u2014\u2013()-]/u.test(text)) return 'dash';
  if (/[.!?;]/u.test(text)) return 'stop';
  return '';
}

/** Verb form of the candidate: past, present, gerund, base (from its tags). */
function verbForm(t: Token): string {
  if (t.tags.has('Gerund')) return 'ger';
  if (t.tags.has('PastTense')) return 'past';
  if (t.tags.has('PresentTense')) return 'pres';
  if (t.tags.has('Infinitive')) return 'inf';
  if (t.tags.has('Noun')) return 'noun';
  return 'x';
}

/** The punctuation class between token `k - 1` and token `k` of the sentence (its start or end at the edges). */
function gapAt(ctx: SentenceContext, k: number): string {
  return gapClass(k < ctx.tokens.length ? gapBefore(ctx, k) : gapAfter(ctx, k - 1));
}

/**
 * The subject before the verb at `i`, past adverbs and auxiliaries ("she has also said"): a personal
 * pronoun, a person, an organization, another name, a common noun, a relative pronoun, "to" (an
 * infinitive: "plans to support"), or nothing in the clause.
 */
export function subjectClass(ctx: SentenceContext, i: number): string {
  const { tokens } = ctx;
  let k = i - 1;
  while (k >= 0 && gapAt(ctx, k + 1) === '' && (AUXILIARIES.has(tokens[k]!.lower) || tokens[k]!.tags.has('Adverb'))) k--;
  if (k < 0) return 'none';
  if (gapAt(ctx, k + 1) !== '') return 'break';
  const w = tokens[k]!;
  if (CLAUSE_SUBJECT_PRONOUNS.has(w.lower)) return w.lower === 'it' ? 'it' : 'pron';
  if (w.lower === 'who') return 'who';
  if (w.lower === 'which' || w.lower === 'that') return 'rel';
  if (w.lower === 'to') return 'to';
  if (w.tags.has('Person')) return 'person';
  if (w.tags.has('Organization') || organizationWordByWord.has(w.lower)) return 'org';
  const speaker = speakerNounByForm.get(w.lower);
  if (speaker) return `speaker-${speaker.kind}`;
  if (w.tags.has('ProperNoun')) return 'proper';
  if (w.tags.has('Noun')) return w.tags.has('Plural') ? 'nouns' : 'noun';
  return wordClass(w);
}

/** Feature strings of the token at `i`, whose lemma is `lemma`. */
export function cueFeatures(ctx: SentenceContext, i: number, lemma: string): string[] {
  const { tokens, quoted } = ctx;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const next = tokens[i + 1];
  const next2 = tokens[i + 2];
  const classBefore = gapClass(gapBefore(ctx, i));
  const classAfter = gapClass(gapAfter(ctx, i));
  const L = `l=${lemma}`;
  const f = [
    'bias', L, `w=${t.lower}`, `vf=${verbForm(t)}`, `${L}|vf=${verbForm(t)}`,
    `pw=${prev?.lower ?? '<s>'}`, `nw=${next?.lower ?? '</s>'}`, `nw2=${next2?.lower ?? '</s>'}`,
    `pc=${wordClass(prev)}`, `nc=${wordClass(next)}`, `pc2=${wordClass(prev2)}`, `nc2=${wordClass(next2)}`,
    `gb=${classBefore}`, `ga=${classAfter}`,
    `${L}|ga=${classAfter}`, `${L}|gb=${classBefore}`,
    `${L}|nc=${wordClass(next)}`, `${L}|pc=${wordClass(prev)}`, `${L}|nw=${next?.lower ?? '</s>'}`,
    `${L}|pw=${prev?.lower ?? '<s>'}`,
    `q=${quoted[t.start] ? 1 : 0}`, `sq=${/["\u201c\u201d]/u.test(ctx.sentence.text) ? 1 : 0}`,
    `cap=${/^\p{Lu}/u.test(t.text) ? 1 : 0}`, `first=${i === 0 ? 1 : 0}`, `last=${i === tokens.length - 1 ? 1 : 0}`,
    `pos=${Math.min(3, Math.floor((4 * i) / Math.max(1, tokens.length)))}`,
    `pc|nc=${wordClass(prev)}|${wordClass(next)}`,
  ];
  const subj = subjectClass(ctx, i);
  f.push(`subj=${subj}`, `${L}|subj=${subj}`);
  return f;
}
