/**
 * Evaluation of an extractor against annotated documents: the library side of `claims eval`.
 * The scorer reimplements `../shared/eval/score.mjs` and agrees with it exactly (see docs/eval.md).
 */
export type {
  GoldAttribution, GoldDoc, KindSlice, Metrics, PredictedAttribution, PredictionDoc, Prf, ScoreNotes,
  ScoreResult, SpanList, SpanPair, UnannotatedRole,
} from './types.js';
export { readGold } from './read-gold.js';
export { evaluate } from './evaluate.js';
export type { EvalResult, EvaluatedDoc } from './evaluate.js';
export { scoreDocs } from './score.js';
export { toPredictionDoc, claimToAttribution } from './predictions.js';
export { formatScores, formatScoreTable } from './table.js';
export { analyzeErrors, DEFAULT_BREAKDOWN_TOP, DEFAULT_EXAMPLE_LIMIT } from './errors.js';
export type { Breakdown, ErrorGroup, ErrorOptions, ErrorReport } from './errors.js';
export type { ErrorCause, ErrorExample, GoldSide, PredictedSide, RoleTexts } from './error-example.js';
export { formatErrors, formatErrorReport } from './errors-format.js';
export type { PredictionOutcome, PredictionRecord } from './records.js';
export { PARTIAL_JACCARD } from './judge.js';
export { calibrate, formatCalibration, CALIBRATION_EDGES, HIGH_CONFIDENCE } from './calibration.js';
export type { Calibration, CalibrationAtLeast, CalibrationBin } from './calibration.js';
export { tokenize } from './tokens.js';
export { quotedMask } from './quote-mask.js';
