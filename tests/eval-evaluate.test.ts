import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, readGold, scoreDocs, toPredictionDoc, type PredictionDoc } from '../src/eval/index.js';
import type { Claim } from '../src/types.js';
import { claimFrom, extractorFrom } from '../fixtures/eval/helpers.js';

const gold = readGold(fs.readFileSync('fixtures/eval/gold.jsonl', 'utf8'), 'gold.jsonl');
const preds = fs.readFileSync('fixtures/eval/pred.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as PredictionDoc);
const textOf = (id: string): string => gold.find((g) => g.id === id)?.text ?? '';
const extract = extractorFrom(preds.map((p) => ({ ...p, text: textOf(p.id) })));

describe('toPredictionDoc', () => {
  const text = 'Ann said it rained. It was reported that roads closed.';
  const said = claimFrom(text, { content: [[9, 18]], source: [[0, 3]], cue: [[4, 8]], kind: 'indirect', rule: 'verb-after' });
  const passive: Claim = { ...claimFrom(text, { content: [[41, 53]], source: [], cue: [[27, 35]] }), speaker: null };

  it('writes content pieces, the speaker mention, the cue, the kind and the rule', () => {
    expect(toPredictionDoc('d', text, [said, passive])).toEqual({
      id: 'd',
      text,
      attributions: [
        { content: [[9, 18]], source: [[0, 3]], cue: [[4, 8]], kind: 'indirect', rule: 'verb-after' },
        { content: [[41, 53]], source: [], cue: [[27, 35]], kind: 'indirect', rule: 'test' },
      ],
    });
  });

  it('keeps the mention, not the resolved antecedent, as the source', () => {
    const he: Claim = { ...said, speaker: { ...said.speaker!, name: 'Ann Lee', resolution: 'pronoun', antecedent: { start: 20, end: 22, text: 'It' } } };
    expect(toPredictionDoc('d', text, [he]).attributions[0].source).toEqual([[0, 3]]);
  });

  it('writes discontinuous content as several pieces', () => {
    const two = claimFrom(text, { content: [[9, 11], [15, 18]], source: [[0, 3]], cue: [[4, 8]] });
    expect(toPredictionDoc('d', text, [two]).attributions[0].content).toEqual([[9, 11], [15, 18]]);
  });
});

describe('evaluate', () => {
  const result = evaluate(gold, extract);

  it('scores like scoreDocs on the same predictions', () => {
    const direct = scoreDocs(gold, preds);
    expect(result.score.overall).toEqual(direct.overall);
    expect(result.score.by_kind).toEqual(direct.by_kind);
  });

  it('notes nothing missing, since every gold document is extracted', () => {
    expect(result.score.notes).toEqual({ predNotInGold: 0, goldMissingInPred: 0, textDiffers: 0, badSpans: 0, goldNoContent: 0, predNoContent: 1 });
  });

  it('keeps the claims and the prediction document of each gold document', () => {
    expect(result.docs.map((d) => [d.gold.id, d.claims.length, d.prediction.attributions.length])).toEqual([
      ['basic', 3, 3], ['colon', 4, 4], ['discontinuous', 4, 4], ['unannotated-cue', 3, 3], ['not-predicted', 0, 0],
    ]);
  });

  it('records each claim with its outcome, for calibration', () => {
    expect(result.predictions.map((r) => `${r.doc}#${r.index} ${r.outcome}${r.gold === undefined ? '' : ` gold#${r.gold}`}`)).toEqual([
      'basic#0 correct gold#0', 'basic#1 correct gold#1', 'basic#2 correct gold#2',
      'colon#0 correct gold#0', 'colon#1 correct gold#1', 'colon#2 correct gold#2', 'colon#3 wrong',
      'discontinuous#0 wrong', 'discontinuous#1 correct gold#1', 'discontinuous#2 optional gold#2', 'discontinuous#3 correct gold#0',
      'unannotated-cue#0 correct gold#0', 'unannotated-cue#1 wrong gold#1', 'unannotated-cue#2 unscored',
    ]);
    const colon = result.predictions.find((r) => r.doc === 'colon' && r.index === 2);
    expect(colon).toMatchObject({ jaccard: 0.5, contentPartial: true, contentExact: false, sourceOverlap: true, e2e: true, e2eCue: false });
    expect(colon?.claim.rule).toBe('colon-lead-in');
  });

  it('counts as many correct records as end-to-end true positives', () => {
    const correct = result.predictions.filter((r) => r.outcome === 'correct').length;
    const counted = result.predictions.filter((r) => r.outcome === 'correct' || r.outcome === 'wrong').length;
    expect(correct / counted).toBe(result.score.overall.e2e.p);
  });

  it('names the document when the extractor throws', () => {
    const failing = (text: string): Claim[] => {
      if (text.startsWith('Officials')) throw new Error('boom');
      return [];
    };
    expect(() => evaluate(gold, failing)).toThrow(/^colon: extraction failed: boom$/);
  });
});
