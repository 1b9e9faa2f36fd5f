/**
 * A reporting clause after a comma that ends the sentence ("…, officials said Tuesday."), on
 * sentences written for these tests: it reports the whole sentence before it, and a reporting verb
 * inside that content is a nested attribution, not the claim.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const rows = (text: string) => extractClaims(text).map(c => [c.speaker?.text ?? null, c.cue.text, c.content.text]);

describe('a reporting clause ending the sentence', () => {
  it('reports the whole sentence, over an earlier reporting verb', () => {
    expect(rows('The county said it would open two shelters, and the mayor agreed, officials said.')).toEqual([
      ['officials', 'said', 'The county said it would open two shelters, and the mayor agreed'],
    ]);
  });
  it('reports the whole sentence, over a verb whose content stopped at "but"', () => {
    expect(rows('The city has agreed to house 50 families who passed screening but are still waiting, officials said Tuesday.')).toEqual([
      ['officials', 'said', 'The city has agreed to house 50 families who passed screening but are still waiting'],
    ]);
  });
  it('leaves an opening subordinate clause its own claim', () => {
    expect(rows('Though the mayor praised the plan, turnout was low, analysts say.')).toEqual([
      ['the mayor', 'praised', 'the plan'],
      ['analysts', 'say', 'turnout was low'],
    ]);
  });
});
