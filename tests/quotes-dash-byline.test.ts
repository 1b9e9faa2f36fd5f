/**
 * Rule `dash-byline`: a quotation signed with a dash and a name. One behaviour per case, on texts
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim } from './claim-case.js';

describe('a dash signature', () => {
  it('at the end of the quotation\'s paragraph', () => {
    const text = '“We will rebuild the town.” ― Ana Lima';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Ana Lima', cue: '―', content: ['“We will rebuild the town.”'], rule: 'dash-byline' });
  });

  it('in a paragraph of its own under an all-quotation paragraph, the name before its comma', () => {
    const text = '"We will rebuild the town, and soon."\n\n- Ana Lima, Lisbon.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Ana Lima', cue: '-', content: ['"We will rebuild the town, and soon."'], rule: 'dash-byline' });
  });

  it('after a paragraph opened by a closing-style mark', () => {
    const text = '”Fear is what I feel.” ― Lee Park';
    expect(extractClaims(text)[0]?.speaker?.text).toBe('Lee Park');
  });
});

describe('no dash signature', () => {
  it('for an aside after a quoted word inside a sentence', () => {
    expect(extractClaims('He likes the “bailout” — a word they hate.').filter(c => c.rule === 'dash-byline')).toEqual([]);
  });

  it('under a paragraph with words outside its quotation', () => {
    expect(extractClaims('"We will rebuild," the mayor wrote.\n\n- Ana Lima, Lisbon.').filter(c => c.rule === 'dash-byline')).toEqual([]);
  });
});
