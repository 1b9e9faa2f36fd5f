/**
 * A demonstrative "that" as the determiner of an object inside a speaker phrase ("one of the founders
 * of that club"), which is no relative pronoun, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

describe('"that" as a determiner inside a speaker phrase', () => {
  it('keeps the phrase whole before an apposed name', () => {
    const text = 'One of the founders of that club, Ana Ruiz, said the rent had doubled.';
    expect(claimWithCue(text, 'said')?.speaker?.text).toBe('One of the founders of that club, Ana Ruiz');
  });
  it('does not join a sentence-opening time phrase to the speaker', () => {
    const text = 'At that moment, the mayor, a former judge, said the vote was over.';
    expect(claimWithCue(text, 'said')?.speaker?.text).toBe('the mayor, a former judge');
  });
});
