/**
 * One record per extracted claim saying whether it was right, for calibration (reliability tables by
 * confidence) and per-rule precision.
 */
import type { Claim } from '../types.js';
import type { DocAlignment } from './align.js';

/**
 * How a prediction was counted: `correct` (end-to-end right), `wrong` (counted, not end-to-end right),
 * `optional` (paired with an optional gold: not counted), `unscored` (its content covers no token).
 */
export type PredictionOutcome = 'correct' | 'wrong' | 'optional' | 'unscored';

/** One claim and how it scored. */
export interface PredictionRecord {
  /** Gold document id. */
  doc: string;
  /** Index of the claim in that document's claims. */
  index: number;
  claim: Claim;
  outcome: PredictionOutcome;
  /** Index in the gold document's `attributions` of its pair, when paired. */
  gold?: number;
  /** Content token Jaccard with its pair (0 when unpaired). */
  jaccard: number;
  contentExact: boolean;
  contentPartial: boolean;
  /** Whether the source overlaps its pair's; absent when unpaired or sources are unannotated. */
  sourceOverlap?: boolean;
  /** Content partial and source overlap. */
  e2e: boolean;
  /** End-to-end and the cue overlaps too. */
  e2eCue: boolean;
}

/** The records of one document's claims, in claim order. */
export function predictionRecords(d: DocAlignment, claims: readonly Claim[]): PredictionRecord[] {
  const byIndex = new Map(d.pred.map((p, i) => [p.index, i]));
  return claims.map((claim, index): PredictionRecord => {
    const base = { doc: d.id, index, claim, jaccard: 0, contentExact: false, contentPartial: false, e2e: false, e2eCue: false };
    const i = byIndex.get(index);
    if (i === undefined) return { ...base, outcome: 'unscored' };
    const j = d.predToGold[i];
    if (j === undefined) return { ...base, outcome: 'wrong' };
    const gold = d.gold[j].index;
    const judgement = d.judgements[j];
    if (!judgement) return { ...base, outcome: 'optional', gold };
    return {
      ...base,
      outcome: judgement.e2e ? 'correct' : 'wrong',
      gold,
      jaccard: judgement.jaccard,
      contentExact: judgement.exact,
      contentPartial: judgement.partial,
      sourceOverlap: judgement.source?.overlap,
      e2e: judgement.e2e,
      e2eCue: judgement.e2eCue,
    };
  });
}
