/**
 * Rule `colon-quote` with a bare name before the colon, mid-paragraph after a headline's dash. One
 * behaviour per case, on sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim } from './claim-case.js';

describe('a bare name before a colon and a quotation', () => {
  it('may join two names with "and"', () => {
    const text = 'POLLS NOT WRONG, JUST EARLY - Ana Ruiz and Lee Park: “The polls did fine. They ended too soon.”';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Ana Ruiz and Lee Park', cue: ':', content: ['“The polls did fine. They ended too soon.”'], rule: 'colon-quote' });
  });

  it('is read after the dash even when a quoted word stands before the dash', () => {
    const text = 'The sample must “look” fair - More from the report: “Vendors weight their samples.”';
    expectClaim(extractClaims(text).find(c => c.rule === 'colon-quote'), { name: '', text, speaker: 'the report', cue: ':', content: ['“Vendors weight their samples.”'] });
  });
});
