/**
 * An addressee after "to" between a reporting verb and its that-clause ("admitted to the paper that
 * …") is not part of the content, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

const contentOf = (text: string, cue: string) => claimWithCue(text, cue)?.content.text;

describe('an addressee with "to" before the that-clause', () => {
  it('is left out of the content after a noun phrase', () => {
    expect(contentOf('The coach admitted to the local paper that the team was tired.', 'admitted')).toBe('the team was tired');
  });
  it('is left out of the content after a pronoun', () => {
    expect(contentOf('Lina Ortiz confided to him that the budget would fail.', 'confided')).toBe('the budget would fail');
  });
});
