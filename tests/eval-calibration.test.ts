/** The reliability table of `claims eval --calibration`, on the invented fixture gold with set confidences. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrate, evaluate, formatCalibration, readGold, type PredictionDoc, type PredictionRecord } from '../src/eval/index.js';
import type { Claim } from '../src/types.js';
import { extractorFrom } from '../fixtures/eval/helpers.js';

const gold = readGold(fs.readFileSync('fixtures/eval/gold.jsonl', 'utf8'), 'gold.jsonl');
const preds = fs.readFileSync('fixtures/eval/pred.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as PredictionDoc);
const textOf = (id: string): string => gold.find((g) => g.id === id)?.text ?? '';
const plain = extractorFrom(preds.map((p) => ({ ...p, text: textOf(p.id) })));

/**
 * A confidence per claim, in document then claim order. The outcomes (tests/eval-evaluate.test.ts):
 * basic 3 correct; colon 3 correct, 1 wrong; discontinuous wrong, correct, optional, correct;
 * unannotated-cue correct, wrong, unscored.
 */
const CONFIDENCES = [0.95, 0.92, 0.85, 0.75, 0.65, 0.55, 0.3, 0.91, 0.9, 0.99, 0.5, 0.45, 1, 0.99];

function withConfidences(): (text: string) => Claim[] {
  let next = 0;
  return (text) => plain(text).map((claim) => ({ ...claim, stance: 'asserts', confidence: CONFIDENCES[next++]! }));
}

const result = evaluate(gold, withConfidences());
const calibration = calibrate(result.predictions);

describe('calibrate', () => {
  it('the fixture has the outcomes the confidences were set for', () => {
    expect(result.predictions.map((p) => `${p.outcome} ${p.claim.confidence}`)).toEqual([
      'correct 0.95', 'correct 0.92', 'correct 0.85',
      'correct 0.75', 'correct 0.65', 'correct 0.55', 'wrong 0.3',
      'wrong 0.91', 'correct 0.9', 'optional 0.99', 'correct 0.5',
      'correct 0.45', 'wrong 1', 'unscored 0.99',
    ]);
  });

  it('bins scored claims by confidence, the last bin including 1, and leaves out optional and unscored', () => {
    expect(calibration.bins.map((b) => [b.min, b.max, b.claims, b.correct])).toEqual([
      [0, 0.5, 2, 1],
      [0.5, 0.6, 2, 2],
      [0.6, 0.7, 1, 1],
      [0.7, 0.8, 1, 1],
      [0.8, 0.9, 1, 1],
      [0.9, 1, 5, 3],
    ]);
    expect(calibration.leftOut).toBe(2);
  });

  it('gives the share right and the mean confidence per bin', () => {
    expect(calibration.bins[0]).toMatchObject({ right: 0.5, meanConfidence: 0.375 });
    expect(calibration.bins[5]!.right).toBeCloseTo(0.6);
    expect(calibration.bins[5]!.meanConfidence).toBeCloseTo((0.95 + 0.92 + 0.91 + 0.9 + 1) / 5);
  });

  it('summarises claims at >= 0.9 and all claims; the latter is the end-to-end precision', () => {
    expect(calibration.atLeast).toMatchObject({ confidence: 0.9, claims: 5, correct: 3, right: 0.6 });
    expect(calibration.all).toMatchObject({ confidence: 0, claims: 12, correct: 9 });
    expect(calibration.all.right).toBe(result.score.overall.e2e.p);
  });

  it('an empty bin has no share and no mean, not 0', () => {
    const none = calibrate([]);
    expect(none.bins.every((b) => b.claims === 0 && b.right === null && b.meanConfidence === null)).toBe(true);
    expect(none.atLeast).toEqual({ confidence: 0.9, claims: 0, correct: 0, right: null, meanConfidence: null });
  });

  it('puts a claim exactly on an edge in the upper bin', () => {
    const record = (confidence: number): PredictionRecord => ({ ...result.predictions[0]!, claim: { ...result.predictions[0]!.claim, confidence } });
    const bins = calibrate([0.5, 0.6, 0.7, 0.8, 0.9, 1, 0.49].map(record)).bins.map((b) => b.claims);
    expect(bins).toEqual([1, 1, 1, 1, 1, 2]);
  });
});

describe('formatCalibration', () => {
  it('prints one row per bin, all claims, and the >= 0.9 line', () => {
    expect(formatCalibration(calibration)).toBe(
      [
        'Calibration: confidence against being right end to end (content and speaker)',
        'confidence    claims  mean conf   right',
        '[0.0, 0.5)         2       0.38   50.0%',
        '[0.5, 0.6)         2       0.53  100.0%',
        '[0.6, 0.7)         1       0.65  100.0%',
        '[0.7, 0.8)         1       0.75  100.0%',
        '[0.8, 0.9)         1       0.85  100.0%',
        '[0.9, 1.0]         5       0.94   60.0%',
        'all               12       0.73   75.0%',
        'claims at >= 0.9: 5, right 60.0%',
        '(2 claims left out: paired with optional gold, or content without tokens)',
      ].join('\n'),
    );
  });
  it('shows an empty bin as "-"', () => {
    expect(formatCalibration(calibrate([]))).toContain('[0.0, 0.5)         0          -       -');
  });
});
