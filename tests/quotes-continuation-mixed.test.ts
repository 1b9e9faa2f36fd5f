/**
 * A mixed claim whose content ends after its quoted words goes on with the cue-less quotation of the
 * next sentence (quote-continuation.ts), on sentences written for these tests. One behaviour per case.
 */
import { describe, it } from 'vitest';
import { claimWithCue, expectClaim } from './claim-case.js';

describe('a mixed claim of a reporting verb takes the next quotation', () => {
  it('after a reporting clause that follows the content', () => {
    const text = 'The mayor “never wanted the toll” on the old bridge, Ana Ruiz said. “She fought it for years.”';
    expectClaim(claimWithCue(text, 'said'), { name: '', text, speaker: 'Ana Ruiz', cue: 'said', kind: 'mixed',
      content: ['The mayor “never wanted the toll” on the old bridge', '“She fought it for years.”'] });
  });

  it('after a reporting clause that precedes the content', () => {
    const text = 'Lee Park said the council had been “far too slow” with the repairs. “Every week the cracks get wider.”';
    expectClaim(claimWithCue(text, 'said'), { name: '', text, speaker: 'Lee Park', cue: 'said', kind: 'mixed',
      content: ['the council had been “far too slow” with the repairs', '“Every week the cracks get wider.”'] });
  });
});

describe('a mixed claim of a participle does not', () => {
  it('leaves the next quotation out of "urging … to “…”"', () => {
    const text = 'Ana Ruiz left the hall, urging members to “stand firm” on the vote. “The hall was full.”';
    expectClaim(claimWithCue(text, 'urging'), { name: '', text, speaker: 'Ana Ruiz', cue: 'urging', kind: 'mixed',
      content: ['to “stand firm” on the vote'] });
  });
});
