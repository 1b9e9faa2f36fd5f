/**
 * The stance of a light-verb cue ("made the claim that"), on sentences written for these tests: it
 * comes from the reporting noun, not from the light verb.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

describe('stance of a light-verb cue', () => {
  it('"made the claim that" claims', () => {
    const [claim] = extractClaims('The coach made the claim that his team was robbed.');
    expect(claim?.cue.text).toBe('made the claim');
    expect(claim?.stance).toBe('claims');
  });
  it('a plain "said" keeps its own stance', () => {
    const [claim] = extractClaims('The coach said that his team was robbed.');
    expect(claim?.stance).toBe('asserts');
  });
});
