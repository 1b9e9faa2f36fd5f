/**
 * A reporting gerund after a preposition, on sentences written for these tests: opening the
 * sentence ("After thanking the crowd, she …") it reports for the main clause's subject, as an
 * opening participle clause does; inside a noun phrase it reports nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim } from './claim-case.js';

describe('a gerund after a sentence-initial preposition', () => {
  it('reports for the subject of the main clause, up to the comma', () => {
    const text = 'By criticizing the budget, the treasurer angered her allies.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'the treasurer', cue: 'criticizing', content: ['the budget'], rule: 'verb-participle' });
  });
  it('leaves the main clause its own claim', () => {
    const text = 'After thanking the volunteers, the mayor said the park would reopen.';
    expect(extractClaims(text).map(c => c.cue.text)).toEqual(['thanking', 'said']);
  });
  it('reports nothing inside a noun phrase', () => {
    expect(extractClaims('The memo was about the risks of offering loans.')).toEqual([]);
  });
});
