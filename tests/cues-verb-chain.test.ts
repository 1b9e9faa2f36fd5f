/**
 * Cue verb base forms the tagger reads as nouns, kept as verbs after the infinitive marker, a modal
 * or "do". Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim } from './claim-case.js';

describe('a base form after "to"', () => {
  it('is an infinitive, reported for the subject of the verb before it', () => {
    const text = 'Residents gathered to applaud the new bridge.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Residents', cue: 'applaud', content: ['the new bridge'] });
  });
});
