/** A party-and-state parenthesis inside an apposed speaker, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

describe('a parenthesis between a name and its apposition', () => {
  it('the speaker runs from the name over the parenthesis and the apposition', () => {
    const claim = claimWithCue('Rep. Jane Roe (R-Ohio), a member of the harbor panel, said the ferry was safe.', 'said');
    expect(claim?.speaker?.text).toBe('Rep. Jane Roe (R-Ohio), a member of the harbor panel');
  });

  it('after a quotation, the quotation\'s content does not run into the speaker', () => {
    const claim = claimWithCue('“The ferry is safe,” Rep. Jane Roe (R-Ohio), a member of the harbor panel, said on Monday.', 'said');
    expect(claim?.content.text).toBe('“The ferry is safe,”');
  });
});
