import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeErrors, evaluate, formatErrors, readGold, type PredictionDoc } from '../src/eval/index.js';
import { contextAround } from '../src/eval/context.js';
import { cueGroup } from '../src/eval/cue-lemma.js';
import { extractorFrom, goldDoc, pred, type AttributionSpec } from '../fixtures/eval/helpers.js';

/** Evaluates one invented document and returns its only error example of `cause`. */
function only(text: string, gold: AttributionSpec[], predicted: AttributionSpec[], cause: string) {
  const g = [goldDoc('doc', text, gold)];
  const report = analyzeErrors(evaluate(g, extractorFrom([{ text, attributions: predicted.map((a) => pred(text, a)) }])));
  const group = report.groups.find((x) => x.cause === cause);
  expect(group?.count).toBe(1);
  return group!.examples[0];
}

const T = 'The mayor said the bridge would reopen in May. Critics claimed the plan was “a fantasy” and costly.';
const mayor: AttributionSpec = { source: 'The mayor', cue: 'said', content: 'the bridge would reopen in May' };
const critics: AttributionSpec = { source: 'Critics', cue: 'claimed', content: 'the plan was “a fantasy” and costly', kind: 'mixed' };

describe('error causes (one invented document each)', () => {
  it.each<[string, AttributionSpec[], AttributionSpec[], string, string]>([
    ['nothing predicted', [mayor], [], 'missed-no-prediction', 'nothing predicted here'],
    ['a prediction over two golds pairs with one', [mayor, critics],
      [{ content: 'the bridge would reopen in May. Critics claimed the plan was', source: 'The mayor', cue: 'said' }],
      'missed-no-prediction', 'overlapping prediction paired with another gold'],
    ['right cue, content on the wrong side', [mayor], [{ content: 'The mayor', source: 'bridge', cue: 'said' }],
      'missed-no-prediction', 'cue found, content elsewhere'],
    ['content too short', [mayor], [{ content: 'the bridge', source: 'The mayor', cue: 'said' }],
      'missed-content-boundary', 'predicted content too short (inside gold)'],
    ['content too long', [mayor], [{ content: 'said the bridge would reopen in May. Critics claimed the plan was “a fantasy” and costly', source: 'The mayor', cue: 'said' }],
      'missed-content-boundary', 'predicted content too long (contains gold)'],
    ['content shifted', [mayor], [{ content: 'in May. Critics claimed the plan', source: 'The mayor', cue: 'said' }],
      'missed-content-boundary', 'predicted content shifted (partly overlapping)'],
    ['no source', [mayor], [{ content: 'the bridge would reopen in May', cue: 'said' }], 'missed-wrong-source', 'no source predicted'],
    ['source where gold has none', [{ ...mayor, source: undefined }], [{ content: 'the bridge would reopen in May', source: 'The mayor', cue: 'said' }],
      'missed-wrong-source', 'gold has no source'],
    ['source taken from the content', [mayor], [{ content: 'the bridge would reopen in May', source: 'the bridge', cue: 'said' }],
      'missed-wrong-source', 'predicted source is inside the gold content'],
    ['gold source swallowed by the content', [mayor], [{ content: 'The mayor said the bridge would reopen in May', source: 'Critics', cue: 'said' }],
      'missed-wrong-source', 'gold source is inside the predicted content'],
    ['another source', [mayor], [{ content: 'the bridge would reopen in May', source: 'Critics', cue: 'said' }],
      'missed-wrong-source', 'different source'],
    ['a nested attribution', [critics], [critics, { content: 'a fantasy', source: 'the plan', cue: 'was' }],
      'spurious', 'cue inside a gold content (nested attribution, not annotated)'],
    ['a second prediction for one gold', [mayor], [mayor, { content: 'would reopen in May', source: 'The mayor', cue: 'said' }],
      'spurious', 'overlaps a gold paired with another prediction'],
    ['nothing there', [mayor], [mayor, { content: 'Critics', source: 'the plan', cue: 'claimed' }], 'spurious', 'no gold content overlaps'],
    ['wrong cue', [mayor], [{ content: 'the bridge would reopen in May', source: 'The mayor', cue: 'would' }], 'wrong-cue', 'cue does not overlap'],
  ])('%s', (_name, gold, predicted, cause, detail) => {
    expect(only(T, gold, predicted, cause).detail).toBe(detail);
  });

  it('shows both sides as text, with the sentence around them', () => {
    const e = only(T, [mayor], [{ content: 'the bridge', source: 'mayor', cue: 'said', rule: 'verb-after' }], 'missed-content-boundary');
    expect(e.context.text).toBe('The mayor said the bridge would reopen in May.');
    expect(e.gold).toMatchObject({ content: 'the bridge would reopen in May', source: 'The mayor', cue: 'said', kind: 'indirect', index: 0 });
    expect(e.predicted).toMatchObject({ content: 'the bridge', source: 'mayor', cue: 'said', rule: 'verb-after', cueLemma: 'said', index: 0 });
    expect(e.jaccard).toBe(2 / 6);
  });
});

describe('analyzeErrors on the fixture evaluation', () => {
  const gold = readGold(fs.readFileSync('fixtures/eval/gold.jsonl', 'utf8'), 'gold.jsonl');
  const preds = fs.readFileSync('fixtures/eval/pred.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as PredictionDoc);
  const result = evaluate(gold, extractorFrom(preds.map((p) => ({ ...p, text: gold.find((g) => g.id === p.id)?.text ?? '' }))));
  const report = analyzeErrors(result);
  const count = (cause: string): number => report.groups.find((g) => g.cause === cause)?.count ?? -1;

  it('sums up the end-to-end errors', () => {
    expect(report.summary).toEqual({ gold: 11, predicted: 12, correct: 9, missed: 2, falsePositives: 3 });
  });

  it('accounts for every miss and every false positive exactly once', () => {
    const pairedWrong = count('missed-content-boundary') + count('missed-wrong-source');
    expect(count('missed-no-prediction') + pairedWrong).toBe(report.summary.missed);
    expect(count('spurious') + pairedWrong).toBe(report.summary.falsePositives);
  });

  it('breaks each group down, most frequent first', () => {
    const spurious = report.groups.find((g) => g.cause === 'spurious')!;
    expect(spurious.breakdowns.map((b) => b.by)).toEqual(['detail', 'rule', 'cue lemma', 'kind']);
    expect(spurious.breakdowns.find((b) => b.by === 'kind')?.counts).toEqual([{ value: 'direct', count: 1 }, { value: 'indirect', count: 1 }]);
  });

  it('limits examples and breakdown values', () => {
    const small = analyzeErrors(result, { limit: 1, top: 1 });
    const spurious = small.groups.find((g) => g.cause === 'spurious')!;
    expect(spurious.examples).toHaveLength(1);
    expect(spurious.breakdowns[0]).toMatchObject({ counts: [{ count: 1 }], others: 1 });
    expect(analyzeErrors(result, { limit: 0 }).groups.every((g) => g.examples.length === 0)).toBe(true);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(JSON.stringify(report)).not.toMatch(/\{\}/);
  });

  it('formats the summary first, then only the groups that occur', () => {
    const text = formatErrors(result, { limit: 2 });
    expect(text.split('\n')[0]).toBe('End-to-end: 9 right of 11 gold and 12 predicted attributions; 2 missed, 3 false positives.');
    expect(text).toContain('== spurious: prediction paired with no gold: 2 ==');
    expect(text).not.toContain('== missed: paired, but content Jaccard');
    expect(text).toContain('      pred content ⟨Officials were blunt⟩ | source — | cue ⟨were⟩');
  });
});

describe('cueGroup', () => {
  it.each([
    ['said', 'say', true],
    ['has been telling', 'tell', true],
    ['according to', 'according to', false],
    [':', ':', false],
    ['', '(none)', false],
  ])('%s → %s', (cue, lemma, knownVerb) => {
    expect(cueGroup(cue)).toEqual({ lemma, knownVerb });
  });
});

describe('contextAround', () => {
  const text = 'First one. The mayor said: "It opens." Then more.\nNext paragraph here.';
  const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
  it.each([
    ['a sentence ending in a quote', [at('It opens')], 'The mayor said: "It opens."'],
    ['the first sentence', [at('First')], 'First one.'],
    ['across sentences', [at('mayor'), at('more')], 'The mayor said: "It opens." Then more.'],
    ['stops at a paragraph', [at('Next')], 'Next paragraph here.'],
  ])('%s', (_name, lists, expected) => {
    expect(contextAround(text, lists.map((sp) => [sp])).text).toBe(expected);
  });

  it('clips a very long sentence around the spans', () => {
    const long = 'a'.repeat(1000) + ' said x ' + 'b'.repeat(1000);
    const c = contextAround(long, [[[1001, 1005]]]);
    expect(c.end - c.start).toBeLessThanOrEqual(400);
    expect(c.text).toContain('said');
    expect(long.slice(c.start, c.end)).toBe(c.text);
  });
});
