/** Speakers set off from their cue by a parenthetical with commas of its own, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

describe('a speaker before a long parenthetical', () => {
  it('a list inside the apposition keeps the name before it', () => {
    const claim = claimWithCue('Mara Lindqvist, deputy minister for fisheries, forests, and parks, said the quotas would rise.', 'said');
    expect(claim?.speaker?.text).toBe('Mara Lindqvist, deputy minister for fisheries, forests, and parks');
  });

  it('a past participle opens a parenthetical, not an apposition', () => {
    const claim = claimWithCue('Okafor, moved by the testimony, said the board would reconsider.', 'said');
    expect(claim?.speaker?.text).toBe('Okafor');
  });

  it('a contracted relative pronoun opens a parenthetical', () => {
    const claim = claimWithCue('Delgado, who’s running for a third term, added that the bridge was safe.', 'added');
    expect(claim?.speaker?.text).toBe('Delgado');
  });
});

describe('an adverb of the perfect between speaker and cue', () => {
  it('"has since" is stepped over to the speaker', () => {
    const claim = claimWithCue('The mayor has since said that the ferry will run all winter.', 'said');
    expect(claim?.speaker?.text).toBe('The mayor');
  });
});
