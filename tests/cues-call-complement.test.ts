/**
 * "call" with an object and a predicate that its first words do not show: a possessive opening the
 * predicate ("called the mill her home"), or a quoted predicate after a long object. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim } from './claim-case.js';

describe('"call" with a predicate after its object', () => {
  it('takes a predicate opened by a possessive', () => {
    const text = 'Ramirez called the old mill her second home.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Ramirez', cue: 'called', content: ['the old mill her second home'] });
  });
  it('takes a quoted predicate after a long object', () => {
    const text = 'Graham called both the mayor and the longtime county treasurer of the city \u201creckless\u201d on Monday.';
    expect(extractClaims(text)[0]?.cue.text).toBe('called');
  });
  it('reports nothing for a possessive after a preposition', () => {
    expect(extractClaims('He called the office from his car.')).toEqual([]);
  });
});
