/**
 * An adverb between the speaker and the cue that the usual adverb skip misses, on sentences written
 * for these tests: a conjunctive adverb compromise tags as a conjunction, and an adverb set off by commas.
 */
import { describe, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim } from './claim-case.js';

describe('an adverb between the speaker and the cue', () => {
  it('steps over a conjunctive adverb with no commas ("however")', () => {
    const text = 'Ortega however said the bridge would reopen in May.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Ortega', cue: 'said', content: ['the bridge would reopen in May'] });
  });
  it('steps over an adverb set off by commas', () => {
    const text = 'The union, meanwhile, said the strike would go on.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'The union', cue: 'said', content: ['the strike would go on'] });
  });
  it('steps over an adverb set off by commas after an auxiliary', () => {
    const text = 'The survey has, however, shown that most riders want later buses.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'The survey', cue: 'shown', content: ['most riders want later buses'] });
  });
});
