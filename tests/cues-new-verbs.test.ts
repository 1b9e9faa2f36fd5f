/**
 * Cue verbs added from PolNeAR train's missed attributions whose cue verb was not in the lexicon
 * ("bemoaned", "balked at", "convinced"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim } from './claim-case.js';

describe('cue verbs of complaint, refusal and persuasion', () => {
  it('"bemoaned" reports its object', () => {
    const text = 'The senator bemoaned the slow pace of the repairs.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'The senator', cue: 'bemoaned', content: ['the slow pace of the repairs'] });
  });
  it('"balked at" reports the object of its preposition', () => {
    const text = 'County officials balked at the cost of the new bridge.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'County officials', cue: 'balked at', content: ['the cost of the new bridge'] });
  });
});
