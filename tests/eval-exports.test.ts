import { expect, it } from 'vitest';
import * as evaluation from '../src/eval/index.js';

it('pins the public exports of src/eval (the CLI depends on them)', () => {
  expect(Object.keys(evaluation).sort()).toEqual([
    'DEFAULT_BREAKDOWN_TOP',
    'DEFAULT_EXAMPLE_LIMIT',
    'PARTIAL_JACCARD',
    'analyzeErrors',
    'claimToAttribution',
    'evaluate',
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
