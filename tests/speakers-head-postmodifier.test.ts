/**
 * A subject whose head opens its clause and is post-modified by a preposition phrase ("Voters across
 * the state said", "A study by the institute found"): the whole phrase is the speaker, not the
 * preposition's object. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

describe('a subject post-modified by a preposition phrase', () => {
  it('keeps the head before "across"', () => {
    const text = 'Voters across the state said the plan failed.';
    expect(claimWithCue(text, 'said')?.speaker?.text).toBe('Voters across the state');
  });
  it('keeps the head before "by"', () => {
    const text = 'A study by the city institute found that rents rose.';
    expect(claimWithCue(text, 'found')?.speaker?.text).toBe('A study by the city institute');
  });
  it('leaves a relative pronoun after the phrase alone', () => {
    const text = 'He met with the mayor, who said the plan failed.';
    expect(claimWithCue(text, 'said')?.speaker?.text).toBe('who');
  });
});
