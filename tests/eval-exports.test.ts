import { expect, it } from 'vitest';
import * as evaluation from '../src/eval/index.js';

it('pins the public exports of src/eval (the CLI depends on them)', () => {
  expect(Object.keys(evaluation).sort()).toEqual([
    'CALIBRATION_EDGES',
    'DEFAULT_BREAKDOWN_TOP',
    'DEFAULT_EXAMPLE_LIMIT',
    'HIGH_CONFIDENCE',
    'PARTIAL_JACCARD',
    'analyzeErrors',
    'calibrate',
    'claimToAttribution',
    'evaluate',
    'formatCalibration',
    'formatErrorReport',
    'formatErrors',
    'formatScoreTable',
    'formatScores',
    'quotedMask',
    'readGold',
    'scoreDocs',
    'toPredictionDoc',
    'tokenize',
  ]);
});
