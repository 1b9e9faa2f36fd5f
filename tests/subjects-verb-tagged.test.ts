/** Subjects the tagger reads as verb forms, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

describe('a subject tagged as a verb', () => {
  it('a plural noun in "-s" right before the cue is the speaker', () => {
    const claim = claimWithCue('Harbor advocates also said the pier should stay open.', 'said');
    expect(claim?.speaker?.text).toBe('Harbor advocates');
  });

  it('a surname opening the sentence before an apposition is the speaker', () => {
    const claim = claimWithCue('Weingarten, a longtime ally of the mayor, said the ferry plan was sound.', 'said');
    expect(claim?.speaker?.text).toBe('Weingarten, a longtime ally of the mayor');
  });

  it('a surname opening the sentence before an aside is the speaker', () => {
    const claim = claimWithCue('Gates, in contrast, told reporters the ferry would be late.', 'told');
    expect(claim?.speaker?.text).toBe('Gates');
  });
});
