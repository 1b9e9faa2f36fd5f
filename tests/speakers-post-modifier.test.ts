/** A subject with a post-modifier whose object stands before the cue, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const speakerOf = (text: string, cue: string) => extractClaims(text).find(c => c.cue.text === cue)?.speaker?.text;

describe('the object inside a post-modifier is not the speaker', () => {
  it('a relative clause with a preposition: "who spoke with the paper"', () => {
    expect(speakerOf('Several inspectors who talked with the Daily Ledger said the dam was leaking.', 'said')).toBe('Several inspectors');
  });

  it('a relative clause with a direct object: "who represents the tenants"', () => {
    expect(speakerOf('A lawyer who represents the tenants told reporters the lease was void.', 'told')).toBe('A lawyer');
  });

  it('a reduced relative with a past participle: "obtained by the agency"', () => {
    expect(speakerOf('A memo from the treasurer obtained by the Harbor Gazette warns that the fund is nearly empty.', 'warns'))
      .toBe('A memo from the treasurer');
  });

  it('a reduced relative with a gerund: "marching through the square"', () => {
    expect(speakerOf('Students marching through the square chanted "Fund our schools!"', 'chanted')).toBe('Students');
  });

  it('a subordinator is no preposition of a modifier: "as the board argued"', () => {
    expect(speakerOf('The mayor left early as the board argued that fares should rise.', 'argued')).toBe('the board');
  });
});
