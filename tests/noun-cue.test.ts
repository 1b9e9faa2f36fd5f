/** Rule noun-that: reporting nouns with a that-clause. Sentences written for these tests. */
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
