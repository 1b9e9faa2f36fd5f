/**
 * Light verbs with a reporting noun for object, on sentences written for these tests: a verb that
 * alone is rarely a cue ("made") reports when the noun and its preposition follow it, and "show"
 * and "signal" take the noun into their cue like "express".
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

describe('"show" and "signal" as light verbs', () => {
  it('"signaled support for": the noun and its preposition join the cue', () => {
    const text = 'The council signaled support for the new ferry route.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'The council', cue: 'signaled support for', content: ['the new ferry route'] });
  });
  it('"showed little interest in": a determiner before the noun joins the cue', () => {
    const text = 'The governor showed little interest in the rail proposal.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'The governor', cue: 'showed little interest in', content: ['the rail proposal'] });
  });
});
