/**
 * Running an extractor over gold documents and scoring it: the core of `claims eval`.
 */
import type { Claim } from '../types.js';
import { alignDoc, emptyNotes, type DocAlignment } from './align.js';
import { toPredictionDoc } from './predictions.js';
import { predictionRecords, type PredictionRecord } from './records.js';
import { scoreAlignment } from './score.js';
import type { GoldDoc, PredictionDoc, ScoreResult } from './types.js';

/** One gold document with what the extractor found in it. */
export interface EvaluatedDoc {
  /** The gold document. */
  gold: GoldDoc;
  /** The extracted claims, in the extractor's order. */
  claims: Claim[];
  /** The claims in scorer format (a line of `--predictions`). */
  prediction: PredictionDoc;
  /** Tokens, pairs and judgements (for error analysis; not meant for JSON output). */
  alignment: DocAlignment;
}

/** Everything `claims eval` reports. */
export interface EvalResult {
  /** The scores, identical to `node score.mjs GOLD PRED --json` on {@link EvaluatedDoc.prediction}. */
  score: ScoreResult;
  /** Per document, in gold order. */
  docs: EvaluatedDoc[];
  /** One record per claim, in document then claim order. */
  predictions: PredictionRecord[];
}

/** Extracts claims from every gold document's text and scores them against its attributions. */
export function evaluate(gold: readonly GoldDoc[], extract: (text: string) => Claim[]): EvalResult {
  const claims = gold.map((g) => {
    try {
      return extract(g.text);
    } catch (err) {
      throw new Error(`${g.id}: extraction failed: ${(err as Error).message}`, { cause: err });
    }
  });
  const predictions = gold.map((g, k) => toPredictionDoc(g.id, g.text, claims[k]));
  const notes = emptyNotes();
  // aligned by position, not id, so a repeated id cannot pick up another document's claims
  const alignment = { notes, docs: gold.map((g, k) => alignDoc(g, predictions[k], notes)) };
  const docs = gold.map((g, k): EvaluatedDoc => ({
    gold: g,
    claims: claims[k],
    prediction: predictions[k],
    alignment: alignment.docs[k],
  }));
  return {
    score: scoreAlignment(alignment),
    docs,
    predictions: docs.flatMap((d) => predictionRecords(d.alignment, d.claims)),
  };
}
