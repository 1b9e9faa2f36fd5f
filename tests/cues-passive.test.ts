/**
 * Passives of reporting verbs with their agent after "by", on sentences written for these tests:
 * the agent is the source and the passive's subject the content.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim } from './claim-case.js';

describe('a passive with its agent', () => {
  it('reports the subject, with the agent as source', () => {
    const text = 'The proposal was rejected by the city council.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'the city council', cue: 'rejected', content: ['The proposal'], rule: 'verb-passive' });
  });
  it('takes the verb\'s preposition phrase after the agent into the content', () => {
    const text = 'The mayor was accused by a rival of hiding the report.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'a rival', cue: 'accused', content: ['The mayor', 'of hiding the report'] });
  });
  it('reports nothing for a participle modifying a noun', () => {
    expect(extractClaims('A plan backed by unions passed.')).toEqual([]);
  });
  it('reports nothing for an adjectival "known by"', () => {
    expect(extractClaims('The group is known by its initials.')).toEqual([]);
  });
});

describe('"be expected to" with a word between', () => {
  it('is a hedge with no source after a negation', () => {
    const text = 'The ferry is not expected to sail before noon.';
    const claim = extractClaims(text)[0];
    expect(claim?.speaker).toBeNull();
    expect(claim?.cue.text).toBe('is not expected to');
  });
  it('is a hedge with no source after an adverb', () => {
    const text = 'The ferry is widely expected to sail late.';
    expect(extractClaims(text)[0]?.cue.text).toBe('is widely expected to');
  });
});
