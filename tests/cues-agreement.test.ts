/**
 * Cue verb forms the tagger reads as nouns, kept as verbs when they agree in number with the noun
 * right before them as its subject. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { claimWithCue, expectClaim } from './claim-case.js';

describe('an -s form after a singular noun', () => {
  it('is the verb of the noun phrase before it', () => {
    const text = 'The council survey asks whether residents want a new park.';
    expectClaim(claimWithCue(text, 'asks'), { name: '', text, speaker: 'The council survey', cue: 'asks', content: ['whether residents want a new park'] });
  });
  it('is the verb after an appositive closed by a comma', () => {
    const text = 'Ramirez, the county treasurer, tells the board that the budget is balanced.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Ramirez, the county treasurer', cue: 'tells', content: ['the budget is balanced'] });
  });
});

describe('a base form after a plural noun', () => {
  it('is the verb of the plural subject', () => {
    const text = 'Teachers counter that the schools need more money.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Teachers', cue: 'counter', content: ['the schools need more money'] });
  });
  it('takes a noun phrase object', () => {
    const text = 'Senators rebuke the governor over the budget.';
    expect(claimWithCue(text, 'rebuke')?.speaker?.text).toBe('Senators');
  });
});
