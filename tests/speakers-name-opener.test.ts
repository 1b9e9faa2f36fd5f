/**
 * A name whose first word opens the sentence and is tagged as a verb ("House Speaker …", "Border
 * Patrol agents", a first name like "Win"), on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWithCue, expectClaim } from './claim-case.js';

describe('a sentence-initial name word tagged as a verb', () => {
  it('keeps a title word in the speaker', () => {
    const text = 'House Speaker Ana Lima said the vote would wait until May.';
    expectClaim(claimWithCue(text, 'said'), { name: '', text, speaker: 'House Speaker Ana Lima', cue: 'said', content: ['the vote would wait until May'] });
  });
  it('keeps a compound modifier in the speaker', () => {
    const text = 'Border Patrol agents say the tunnels are hard to find.';
    expect(claimWithCue(text, 'say')?.speaker?.text).toBe('Border Patrol agents');
  });
  it('lets a first name open an apposed speaker', () => {
    const text = 'Win Lwin, a teacher at the village school, said the road had flooded.';
    expectClaim(claimWithCue(text, 'said'), { name: '', text, speaker: 'Win Lwin, a teacher at the village school', cue: 'said', content: ['the road had flooded'] });
  });
});
