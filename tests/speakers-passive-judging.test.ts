/**
 * A finite passive of a verb of judging with its preposition ("was criticized for", "is accused of")
 * and no "by" agent: a claim with no source, whose content is the subject and the preposition phrase.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { claimWithCue, expectClaim } from './claim-case.js';

describe('a passive of judging without an agent', () => {
  it('has no source, and the subject with the preposition phrase as content', () => {
    const text = 'The mayor was criticized for the delay in the harbor project.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: null, cue: 'criticized', content: ['The mayor', 'for the delay in the harbor project'], rule: 'verb-passive' });
  });
  it('reads the passive over a perfect auxiliary', () => {
    const text = 'The contractor has been accused of hiding the costs.';
    expect(claimWithCue(text, 'accused')?.content.spans.map(([s, e]) => text.slice(s, e))).toEqual(['The contractor', 'of hiding the costs']);
  });
  it('is nested in the content of a reporting verb around it', () => {
    const text = 'The contractor has been accused of fraud, officials said.';
    const claims = extractClaims(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.speaker?.text).toBe('officials');
  });
});
