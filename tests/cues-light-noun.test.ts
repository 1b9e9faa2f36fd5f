/**
 * A light verb that alone is rarely a cue ("made") reports when a reporting noun with its
 * preposition follows it, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim } from './claim-case.js';

describe('a light verb made a cue by its reporting noun', () => {
  it('"made no mention of": the object of the preposition is the content', () => {
    const text = 'The senator made no mention of the tax plan.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'The senator', cue: 'made no mention of', content: ['the tax plan'] });
  });
  it('"made a strong condemnation of": adjectives before the noun join the cue', () => {
    const text = 'Lee made a strong condemnation of the vote.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Lee', cue: 'made a strong condemnation of', content: ['the vote'] });
  });
  it('"made" with a noun that is no reporting noun is no cue', () => {
    const text = 'The crew made a long journey to the coast.';
    expect(extractClaims(text)).toEqual([]);
  });
});
