/**
 * The scorer: a typed reimplementation of `../shared/eval/score.mjs` (rules at the top of that file).
 * `scoreDocs` returns the same object as `node score.mjs GOLD PRED --json`.
 */
import { alignDocs, type Alignment } from './align.js';
import { newCounts, tallyDoc, type CountsBySlice } from './counts.js';
import { summarize } from './metrics.js';
import { KIND_SLICES, type GoldDoc, type PredictionDoc, type ScoreResult } from './types.js';

/** Scores already aligned documents. */
export function scoreAlignment(alignment: Alignment): ScoreResult {
  const slices: CountsBySlice = new Map();
  for (const d of alignment.docs) tallyDoc(slices, d);
  const result: ScoreResult = { notes: { ...alignment.notes }, overall: summarize(slices.get('all') ?? newCounts()), by_kind: {} };
  for (const k of KIND_SLICES) {
    const c = slices.get(k);
    if (c && (c.gold || c.pred)) result.by_kind[k] = summarize(c);
  }
  return result;
}

/** Scores prediction documents against gold documents (matched by id). */
export function scoreDocs(gold: readonly GoldDoc[], predictions: readonly PredictionDoc[]): ScoreResult {
  return scoreAlignment(alignDocs(gold, predictions));
}
