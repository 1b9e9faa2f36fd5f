/**
 * A to-infinitive cue extraposed by a dummy "it" with "be" and an adjective ("it's hard to know how
 * …"): a claim with no source. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

describe('an infinitive cue after "it is" and an adjective', () => {
  it('has no source', () => {
    const text = 'It is hard to know where the money goes.';
    const claim = claimWithCue(text, 'know');
    expect(claim).toBeDefined();
    expect(claim!.speaker).toBeNull();
    expect(claim!.content.spans.map(([s, e]) => text.slice(s, e))).toEqual(['where the money goes']);
  });
  it('reads "it’s" as one word', () => {
    const text = 'It’s hard to know where the money goes.';
    expect(claimWithCue(text, 'know')?.speaker).toBeNull();
  });
});
