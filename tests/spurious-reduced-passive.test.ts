/**
 * A judging verb's participle right after a noun, with its preposition and no object ("a contractor
 * accused of spying"), on sentences written for these tests: a reduced passive, whose noun is the
 * one accused, not a source.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { claimWithCue, expectClaim } from './claim-case.js';

describe('a reduced passive of a judging verb', () => {
  it('has no source, and the noun with the preposition phrase as content', () => {
    const text = 'Mayor Accused Of Hiding Budget Report.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: null, cue: 'Accused', content: ['Mayor', 'Of Hiding Budget Report'], rule: 'verb-passive' });
  });
  it('ends before the verb of the clause around it', () => {
    const claim = claimWithCue('The clerk accused of taking the funds resigned on Monday.', 'accused');
    expect(claim?.speaker).toBeNull();
    expect(claim?.content.spans.map(([s, e]) => 'The clerk accused of taking the funds resigned on Monday.'.slice(s, e))).toEqual(['The clerk', 'of taking the funds']);
  });
  it('stays inside the content of a report around it', () => {
    const text = 'The man accused of stealing the car will stay in jail, a judge ruled.';
    const claims = extractClaims(text);
    expect(claims.map(c => c.cue.text)).toEqual(['ruled']);
    expect(claims[0]?.content.text).toBe('The man accused of stealing the car will stay in jail');
  });
  it('is no reduced passive with an object', () => {
    const text = 'The union accused the mayor of lying about the budget.';
    expect(claimWithCue(text, 'accused')?.speaker?.text).toBe('The union');
  });
  it('is no reduced passive after a fronted object', () => {
    const text = 'The senator, whom the mayor accused of lying, left early.';
    expect(claimWithCue(text, 'accused')?.speaker?.text).toBe('the mayor');
  });
});
