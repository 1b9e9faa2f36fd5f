/**
 * A prepositional attribution after a reported clause ("X said A, according to two aides") ends the
 * reporting verb's content, so the attribution phrase is the outer claim and the verb's claim is
 * nested in it (only the outermost is reported), on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const claimsOf = (text: string) => extractClaims(text).map(c => `${c.cue.text} | ${c.speaker?.text} | ${c.content.text}`);

describe('an attribution phrase after reported content', () => {
  it('reports the whole statement before it, the reporting verb nested inside', () => {
    expect(claimsOf('The mayor said the bridge would reopen in May, according to two city engineers.'))
      .toEqual(['according to | two city engineers | The mayor said the bridge would reopen in May']);
  });
  it('does the same for "as reported by"', () => {
    expect(claimsOf('The council believes the tax is fair, as reported by the local paper.'))
      .toEqual(['as reported by | the local paper | The council believes the tax is fair']);
  });
  it('does not end the content inside a quotation', () => {
    expect(claimsOf('Lina Ortiz said the plan was “fine, according to everyone I asked.”'))
      .toEqual(['said | Lina Ortiz | the plan was “fine, according to everyone I asked.”']);
  });
});
