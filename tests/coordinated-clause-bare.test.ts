/**
 * A clause joined by a bare "and" or "but" (no comma) with its own subject and reporting verb
 * (coordinated-clause.ts), on sentences written for these tests: the earlier cue's content ends
 * before the coordinator, and the later cue reports for its own subject.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { claimWithCue, expectClaim } from './claim-case.js';

describe('a bare coordinated clause with its own reporting verb', () => {
  it('ends the earlier content before "and" and a pronoun subject', () => {
    const text = 'The mayor is backing the new stadium and she says the city will profit.';
    expect(claimWithCue(text, 'backing')?.content.text).toBe('the new stadium');
    expectClaim(claimWithCue(text, 'says'), { name: '', text, speaker: 'she', cue: 'says', content: ['the city will profit'] });
  });
  it('takes the new subject, not the object the noun phrase joins to it', () => {
    const text = 'At the fair, a man asked for an autograph and the senator said, “Only if you vote for me.”';
    expect(claimWithCue(text, 'asked')?.content.text).toBe('an autograph');
    expectClaim(claimWithCue(text, 'said'), { name: '', text, speaker: 'the senator', cue: 'said', content: ['“Only if you vote for me.”'] });
  });
  it('keeps a subject of two people together', () => {
    const text = 'The report said the mayor and the governor agreed on the budget.';
    expect(claimWithCue(text, 'said')?.content.text).toBe('the mayor and the governor agreed on the budget');
  });
  it('keeps a coordinated subject after a verb whose conjuncts could both speak', () => {
    const text = 'She said the city and its unions will sign a new contract.';
    expect(extractClaims(text)[0]?.speaker?.text).toBe('She');
  });
});
