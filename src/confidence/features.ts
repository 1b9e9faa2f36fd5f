/**
 * Features of a finished claim for the confidence model, shared by `scripts/train-confidence.mjs`
 * and `estimateConfidence`, so both see the same thing.
 */
import { cueVerbFormCounts, normalizeWord } from '../lexicon/index.js';
import type { ResolvedClaim } from '../resolve/speakers.js';

/** Buckets a number by the upper bounds given, so that the model learns a weight per range. */
function bucket(value: number, bounds: readonly number[]): string {
  const k = bounds.findIndex(b => value <= b);
  return k < 0 ? `>${bounds[bounds.length - 1]}` : `<=${bounds[k]}`;
}

const WORDS = /[\p{L}\p{N}]+/gu;

/** The feature strings of one claim. */
export function confidenceFeatures(claim: ResolvedClaim): string[] {
  const [rule, continued] = claim.rule.split('+');
  const words = claim.content.spans.reduce((n, [s, e]) => n + (claim.content.text.slice(s - claim.content.start, e - claim.content.start).match(WORDS)?.length ?? 0), 0);
  const cueWord = normalizeWord(claim.cue.text.split(/\s+/u)[0] ?? '');
  const precision = cueVerbFormCounts(cueWord)?.precision;
  const speaker = claim.speaker;
  return [
    'bias',
    `rule=${rule}`,
    `continued=${continued ? 1 : 0}`,
    `kind=${claim.kind}`,
    `rule|kind=${rule}|${claim.kind}`,
    `stance=${claim.stance}`,
    `lemma=${claim.cue.lemma}`,
    `cueprec=${precision === undefined ? 'none' : bucket(precision, [0.2, 0.4, 0.6, 0.8, 0.9])}`,
    `words=${bucket(words, [2, 5, 10, 20, 40])}`,
    `kind|words=${claim.kind}|${bucket(words, [2, 5, 10, 20, 40])}`,
    `speaker=${speaker ? speaker.resolution : 'none'}`,
    `stype=${speaker ? speaker.type : 'none'}`,
    `swords=${speaker ? bucket(speaker.text.split(/\s+/u).length, [1, 2, 4, 8]) : 'none'}`,
    `hedge=${claim.hedge ? 1 : 0}`,
    `nonclaim=${claim.nonClaim ? 1 : 0}`,
  ];
}
