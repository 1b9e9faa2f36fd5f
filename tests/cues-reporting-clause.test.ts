/**
 * Where a reporting clause set off by commas finds its content, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim } from './claim-case.js';

describe('a reporting clause after its content', () => {
  it('reports the clause before it when only a circumstance follows the cue', () => {
    const text = 'The levy will not hold, the engineer said after the inspection.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'the engineer', cue: 'said', content: ['The levy will not hold'], rule: 'verb-before' });
  });
  it('does not take an opening adverbial for content', () => {
    const text = 'Since then, the engineer responded with a report.';
    expect(extractClaims(text).map(c => c.content.text)).not.toContain('Since then');
  });
});
