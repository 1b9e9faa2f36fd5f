/**
 * An existential "there" before a cue ("There were questions about …") names no one: the claim has
 * no source. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

describe('an existential "there" as subject', () => {
  it('gives a claim with no source', () => {
    const text = 'There were questions about the budget.';
    const claim = claimWithCue(text, 'questions');
    expect(claim).toBeDefined();
    expect(claim!.speaker).toBeNull();
  });
});
