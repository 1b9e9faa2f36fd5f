/**
 * Calibration of the claims' confidence: a reliability table of how often claims are right end to end
 * (content found and speaker right, the headline metric) at each level of confidence, from the
 * per-claim records of an evaluation (`claims eval --calibration`). Claims paired with an optional gold
 * attribution, or whose content covers no token, count neither way and are left out.
 */
import type { PredictionRecord } from './records.js';

/** Bin edges: [0, .5), [.5, .6), …, [.8, .9), [.9, 1]; the last bin includes 1. */
export const CALIBRATION_EDGES: readonly number[] = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

/** The confidence the summary line is about: claims at or above it should be right 90% of the time. */
export const HIGH_CONFIDENCE = 0.9;

/** Claims in one confidence range and how many were right. */
export interface CalibrationBin {
  /** Lowest confidence in the bin (included). */
  min: number;
  /** Highest confidence in the bin: excluded, except 1 in the last bin. */
  max: number;
  /** Scored claims with a confidence in the bin. */
  claims: number;
  /** How many of them were right end to end. */
  correct: number;
  /** `correct / claims`, or `null` for an empty bin. */
  right: number | null;
  /** Mean confidence of the bin's claims, or `null` for an empty bin. */
  meanConfidence: number | null;
}

/** Claims at or above a confidence and how many were right. */
export interface CalibrationAtLeast {
  confidence: number;
  claims: number;
  correct: number;
  right: number | null;
  meanConfidence: number | null;
}

/** The reliability table. */
export interface Calibration {
  bins: CalibrationBin[];
  /** Every scored claim. */
  all: CalibrationAtLeast;
  /** Claims at confidence ≥ {@link HIGH_CONFIDENCE}. */
  atLeast: CalibrationAtLeast;
  /** Claims left out: paired with optional gold, or with content that covers no token. */
  leftOut: number;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function binOf(confidence: number): number {
  const last = CALIBRATION_EDGES.length - 2;
  for (let k = 0; k < last; k++) if (confidence < CALIBRATION_EDGES[k + 1]!) return k;
  return last;
}

/** The reliability table of an evaluation's per-claim records. */
export function calibrate(predictions: readonly PredictionRecord[]): Calibration {
  const scored = predictions.filter((p) => p.outcome === 'correct' || p.outcome === 'wrong');
  const bins = CALIBRATION_EDGES.slice(0, -1).map((min, k) => ({ min, max: CALIBRATION_EDGES[k + 1]!, claims: 0, correct: 0, sum: 0 }));
  for (const p of scored) {
    const bin = bins[binOf(p.claim.confidence)]!;
    bin.claims += 1;
    bin.sum += p.claim.confidence;
    if (p.outcome === 'correct') bin.correct += 1;
  }
  const summary = (confidence: number): CalibrationAtLeast => {
    const above = scored.filter((p) => p.claim.confidence >= confidence);
    const correct = above.filter((p) => p.outcome === 'correct').length;
    const sum = above.reduce((total, p) => total + p.claim.confidence, 0);
    return { confidence, claims: above.length, correct, right: ratio(correct, above.length), meanConfidence: ratio(sum, above.length) };
  };
  return {
    bins: bins.map(({ sum, ...bin }) => ({ ...bin, right: ratio(bin.correct, bin.claims), meanConfidence: ratio(sum, bin.claims) })),
    all: summary(0),
    atLeast: summary(HIGH_CONFIDENCE),
    leftOut: predictions.length - scored.length,
  };
}

const pct = (v: number | null): string => (v === null ? '-' : `${(100 * v).toFixed(1)}%`);
const conf = (v: number | null): string => (v === null ? '-' : v.toFixed(2));
const edge = (v: number): string => v.toFixed(1);

/**
 * The reliability table as text: per confidence bin, the number of claims, their mean confidence and
 * the share right end to end; then all claims, and the line "claims at >= 0.9: N, right X%".
 */
export function formatCalibration(calibration: Calibration): string {
  const row = (cells: string[]) => cells[0]!.padEnd(12) + cells.slice(1).map((cell, k) => cell.padStart([8, 11, 8][k]!)).join('');
  const last = calibration.bins.length - 1;
  const lines = [
    'Calibration: confidence against being right end to end (content and speaker)',
    row(['confidence', 'claims', 'mean conf', 'right']),
    ...calibration.bins.map((bin, k) => row([`[${edge(bin.min)}, ${edge(bin.max)}${k === last ? ']' : ')'}`, String(bin.claims), conf(bin.meanConfidence), pct(bin.right)])),
    row(['all', String(calibration.all.claims), conf(calibration.all.meanConfidence), pct(calibration.all.right)]),
    `claims at >= ${calibration.atLeast.confidence}: ${calibration.atLeast.claims}, right ${pct(calibration.atLeast.right)}`,
  ];
  if (calibration.leftOut > 0) lines.push(`(${calibration.leftOut} claims left out: paired with optional gold, or content without tokens)`);
  return lines.join('\n');
}
