/**
 * The seed article, end to end: its reference answer (fixtures/seed-gold.jsonl, 9 required and 4
 * optional attributions) and a golden file of the library's full output.
 * Regenerate the golden file with `UPDATE_GOLDEN=1 npx vitest run tests/seed.test.ts`.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { evaluate, readGold } from '../src/eval/index.js';

const SEED = 'seeds/000_32aebb9906950c9b.txt';
const GOLDEN = 'tests/golden/seed/claims.json';
const text = fs.readFileSync(SEED, 'utf8');
const claims = extractClaims(text);

describe('the seed article', () => {
  const gold = readGold(fs.readFileSync('fixtures/seed-gold.jsonl', 'utf8'), 'fixtures/seed-gold.jsonl');
  const result = evaluate(gold, () => claims);
  const overall = result.score.overall;

  it('finds every required attribution with the right speaker', () => {
    expect(overall.n_gold).toBe(9);
    expect(overall.e2e.r).toBe(1);
  });

  it('makes at most one claim that matches no reference attribution', () => {
    expect(overall.n_pred - overall.n_paired).toBeLessThanOrEqual(1);
  });

  it('resolves "It" to the Russian Defense Ministry', () => {
    const its = claims.filter(c => c.speaker?.text === 'It');
    expect(its).toHaveLength(2);
    for (const c of its) expect(c.speaker).toMatchObject({ name: 'the Russian Defense Ministry', type: 'government', resolution: 'pronoun' });
  });

  it('gives the colon block quote to Spokeswoman Heather Nauert as direct speech', () => {
    const nauert = claims.find(c => c.speaker?.text === 'Spokeswoman Heather Nauert');
    expect(nauert?.kind).toBe('direct');
    expect(nauert?.content.text.startsWith('The United States has never provided')).toBe(true);
  });

  it('indexes the original text with every span', () => {
    for (const c of claims) {
      for (const span of [c.cue, c.content, ...(c.speaker ? [c.speaker] : []), ...(c.speaker?.antecedent ? [c.speaker.antecedent] : [])]) {
        expect(text.slice(span.start, span.end)).toBe(span.text);
      }
      for (const [s, e] of c.content.spans) expect(s >= c.content.start && e <= c.content.end && s < e).toBe(true);
    }
  });

  it('matches the golden output', () => {
    const actual = JSON.stringify(claims, null, 2) + '\n';
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, actual);
    expect(actual).toBe(fs.readFileSync(GOLDEN, 'utf8'));
  });
});
