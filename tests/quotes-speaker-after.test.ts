/**
 * The speaker of a reporting clause after a sentence-opening quotation (quote-speaker.ts), on
 * sentences written for these tests. One behaviour per case.
 */
import { describe, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim } from './claim-case.js';

describe('a noun the tagger reads as a verb opens the speaker phrase after a quotation', () => {
  it('keeps "campaign" in "campaign manager Lee Park"', () => {
    const text = '“The first states matter,” campaign manager Lee Park said.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'campaign manager Lee Park', cue: 'said', content: ['“The first states matter,”'] });
  });
});

describe('a "be" that ends a quotation', () => {
  it('does not make the reporting verb after it a passive', () => {
    const text = '“The more we spend, the safer people are,” said Ana Ruiz, an adviser to the road group.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Ana Ruiz', cue: 'said', content: ['“The more we spend, the safer people are,”'] });
  });
});
