/** Reporting nouns with a that-clause (noun-that) and questions by an unnamed asker (asked-passive). Sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

describe('reporting nouns with a that-clause', () => {
  it('a named modifier is the speaker', () => {
    const [c] = extractClaims('By noon there was a Daily Herald report that the mayor had resigned.');
    expect(c).toMatchObject({ rule: 'noun-that', speaker: { text: 'a Daily Herald' }, cue: { text: 'report' } });
    expect(c?.content.text).toBe('the mayor had resigned');
  });

  it('a possessive is the speaker', () => {
    const [c] = extractClaims('In the debate, his assertion that the budget was balanced drew laughter.');
    expect(c).toMatchObject({ speaker: { text: 'his' }, cue: { text: 'assertion' } });
  });

  it('"that" introducing a relative clause is not content', () => {
    expect(extractClaims('She read the Daily Herald report that sparked the protest.').filter(c => c.rule === 'noun-that')).toEqual([]);
  });
});

describe('questions put by an unnamed asker', () => {
  it('"Asked whether …, X said" gives the question with no speaker, and the answer to X', () => {
    const claims = extractClaims('Asked whether he would run again, the mayor said, “Not this year.”');
    expect(claims.map(c => [c.rule, c.speaker?.text ?? null, c.content.text])).toEqual([
      ['asked-passive', null, 'whether he would run again'],
      ['verb-after', 'the mayor', '“Not this year.”'],
    ]);
  });

  it('"was asked what …" is a question with no speaker', () => {
    expect(extractClaims('She was asked what happened to the money.')).toMatchObject([
      { rule: 'asked-passive', speaker: null, stance: 'asks', content: { text: 'what happened to the money' } },
    ]);
  });
});
