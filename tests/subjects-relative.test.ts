/** Relative pronouns as speakers where they stand, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

describe('a relative pronoun contracted with its auxiliary', () => {
  it('"who\'s" before the cue is the speaker where it stands', () => {
    const claim = claimWithCue('The plan was drafted by Councilor Ines Baptiste, who\'s argued for months that the levy is unfair.', 'argued');
    expect(claim?.speaker?.text).toBe('who\'s');
  });

  it('"who\'s" resolves to the name it attaches to', () => {
    const claim = claimWithCue('The plan was drafted by Councilor Ines Baptiste, who\'s argued for months that the levy is unfair.', 'argued');
    expect(claim?.speaker?.name).toBe('Councilor Ines Baptiste');
  });

  it('the content of a "who\'s" clause set off by commas ends at its closing comma', () => {
    const claim = claimWithCue('Mayor Ann Lee, who\'s argued for a smaller levy, added that the budget was sound.', 'argued');
    expect(claim?.content.text).toBe('for a smaller levy');
  });
});
