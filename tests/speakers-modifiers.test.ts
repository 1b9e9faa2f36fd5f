/** Speaker phrases that are only modifiers of a noun elsewhere, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

describe('a speaker phrase of modifiers only', () => {
  it('an adjective before a light verb\'s cue is not the speaker: the subject is', () => {
    const claim = claimWithCue('The governor has mounted an aggressive public campaign to denounce the new levy.', 'denounce');
    expect(claim?.speaker?.text).toBe('The governor');
  });

  it('an adjective after the subject ("numerous") is not the speaker', () => {
    const claim = claimWithCue('The senator dodged numerous questions about the budget before saying that talks would resume.', 'saying');
    expect(claim?.speaker?.text).toBe('The senator');
  });

  it('a capitalised name that is also an adjective is still the speaker', () => {
    const claim = claimWithCue('Small said the harbor plan would cost too much.', 'said');
    expect(claim?.speaker?.text).toBe('Small');
  });

  it('an adjective made a noun by "the" is still the speaker', () => {
    const claim = claimWithCue('The editorial noted that the council had ignored the warnings.', 'noted');
    expect(claim?.speaker?.text).toBe('The editorial');
  });
});
