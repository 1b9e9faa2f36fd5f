/**
 * "call" and "speak" as cues, on sentences written for these tests: "call" with a predicate after
 * its object ("called it a bargain") and with the particles that make it a demand or a rebuke
 * ("called upon", "called out"); "speak out".
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim } from './claim-case.js';

describe('"call" with a pronoun object and a predicate', () => {
  it('reports the object and its predicate noun phrase', () => {
    const text = 'Critics call it a costly detour.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Critics', cue: 'call', content: ['it a costly detour'] });
  });
  it('reports a reflexive object and its predicate', () => {
    const text = 'The mayor called herself a moderate.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'The mayor', cue: 'called', content: ['herself a moderate'] });
  });
  it('reports nothing for a pronoun and a place', () => {
    expect(extractClaims('He called them at the office.')).toEqual([]);
  });
});

describe('"call" with a particle', () => {
  it('"called upon" asks, like "called on"', () => {
    const text = 'The union called upon the city to reopen the pool.';
    expect(extractClaims(text)[0]?.cue.text).toBe('called upon');
  });
  it('"called out" rebukes', () => {
    const text = 'The senator called out the agency for its delays.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'The senator', cue: 'called out', content: ['the agency for its delays'] });
  });
});

describe('"speak out"', () => {
  it('is a cue whose content follows the particle', () => {
    const text = 'The bishop spoke out against the new tariff.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'The bishop', cue: 'spoke out', content: ['against the new tariff'] });
  });
});

describe('prepositions of verbs that report only with one', () => {
  it('"voted to" reports the decision', () => {
    const text = 'The board voted to close the clinic.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'The board', cue: 'voted to', content: ['close the clinic'] });
  });
  it('"looking for" reports what is sought', () => {
    const text = 'Investors are looking for a cut in rates.';
    expect(extractClaims(text)[0]?.cue.text).toBe('looking for');
  });
});
