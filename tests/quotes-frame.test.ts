/**
 * Rule `quote-frame`: the reporting clause after a sentence-opening quotation reports it whatever its
 * verb, lexicon cue or not. One behaviour per case, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim } from './claim-case.js';

describe('a reporting clause after an opening quotation', () => {
  it('reports it with a verb outside the cue lexicon', () => {
    const text = '“Denver,” he answered.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'he', cue: 'answered', content: ['“Denver,”'], kind: 'direct', rule: 'quote-frame' });
  });

  it('takes a particle into the cue', () => {
    const text = '“They are all here for the free food,” Bennett shot back with a laugh.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Bennett', cue: 'shot back', content: ['“They are all here for the free food,”'] });
  });

  it('gives the cue the base form of a verb outside the lexicon as its lemma, with its particle', () => {
    expect(extractClaims('“Not tonight,” the coach went on.')[0]?.cue.lemma).toBe('go on');
    expect(extractClaims('“Plenty,” Bennett quipped.')[0]?.cue.lemma).toBe('quip');
  });

  it('reads the speaker after an inverted verb', () => {
    const text = '“This is a great night!” beamed Ana Ruiz of Ohio, who came early.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Ana Ruiz of Ohio', cue: 'beamed', content: ['“This is a great night!”'] });
  });

  it('finds a lexicon verb the tagger read as a plural noun after an apposition', () => {
    const text = '“Yes, I back the plan,” Lee Park, head of the Daily Center, tells the Planet News in an interview.';
    expect(extractClaims(text)[0]?.cue.text).toBe('tells');
  });

  it('goes on into a quotation that follows in the paragraph', () => {
    const text = '“It is over,” an angry Ruiz retaliated. “We lost.”';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'an angry Ruiz', cue: 'retaliated', content: ['“It is over,”', '“We lost.”'] });
  });
});

describe('no reporting clause after an opening quotation', () => {
  it('when a relative clause follows a quoted title', () => {
    expect(extractClaims('“Hamlet,” which opened in May, drew crowds.')).toEqual([]);
  });

  it('when an apposition follows a quoted title', () => {
    expect(extractClaims('“Hamlet,” the new show, opened in May.')).toEqual([]);
  });
});
