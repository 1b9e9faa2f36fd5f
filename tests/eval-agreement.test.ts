/**
 * Our scorer against the reference scorer ../shared/eval/score.mjs, which CI may not have.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate, formatScoreTable, readGold, scoreDocs, toPredictionDoc, type PredictionDoc } from '../src/eval/index.js';
import { extractorFrom, goldDoc, pred } from '../fixtures/eval/helpers.js';
import { RULE_CASES } from '../fixtures/eval/rule-cases.js';

const scorer = fileURLToPath(new URL('../../shared/eval/score.mjs', import.meta.url));
const goldFile = fileURLToPath(new URL('../fixtures/eval/gold.jsonl', import.meta.url));
const predFile = fileURLToPath(new URL('../fixtures/eval/pred.jsonl', import.meta.url));

const readLines = (file: string): PredictionDoc[] =>
  fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PredictionDoc);

const runScorer = (gold: string, predictions: string, json: boolean): string =>
  execFileSync('node', [scorer, gold, predictions, ...(json ? ['--json'] : [])], { encoding: 'utf8' });

describe.skipIf(!fs.existsSync(scorer))('agreement with ../shared/eval/score.mjs', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-eval-test-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const gold = readGold(fs.readFileSync(goldFile, 'utf8'), goldFile);

  it('gives the same JSON on the fixture gold and predictions', () => {
    const theirs: unknown = JSON.parse(runScorer(goldFile, predFile, true));
    const ours = scoreDocs(gold, readLines(predFile));
    expect(ours).toEqual(theirs);
    expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
  });

  it('prints the same table', () => {
    expect(formatScoreTable(scoreDocs(gold, readLines(predFile)))).toBe(runScorer(goldFile, predFile, false).trimEnd());
  });

  it('reproduces the evaluate() figures from the predictions written with toPredictionDoc', () => {
    const result = evaluate(gold, extractorFrom(readLines(predFile).map((p) => ({ ...p, text: gold.find((g) => g.id === p.id)?.text ?? '' }))));
    const written = path.join(tmp, 'evaluate-pred.jsonl');
    fs.writeFileSync(written, result.docs.map((d) => JSON.stringify(toPredictionDoc(d.gold.id, d.gold.text, d.claims))).join('\n') + '\n');
    expect(result.score).toEqual(JSON.parse(runScorer(goldFile, written, true)));
  });

  it.each(RULE_CASES)('agrees on the rule case: $name', async (c) => {
    const reference = (await import(scorer)) as { scoreDocs: (g: unknown, p: unknown) => unknown };
    const g = [goldDoc('case', c.text, c.gold, c.unannotated ? { unannotated: c.unannotated } : {})];
    const p = [{ id: 'case', attributions: c.pred.map((a) => pred(c.text, a)) }];
    expect(scoreDocs(g, p)).toEqual(reference.scoreDocs(g, p));
  });
});
