/**
 * A hedging adverb right before a reporting verb with its own source (merge.ts), on sentences
 * written for these tests: the verb's claim, with its source, is the attribution; the sourceless
 * hedge around it goes.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

describe('a hedge right before a sourced cue', () => {
  it('yields to the verb claim with its subject', () => {
    const claims = extractClaims('The senator reportedly argued that the plan would fail.');
    expect(claims.map(c => [c.speaker?.text ?? null, c.cue.text])).toEqual([['The senator', 'argued']]);
  });
  it('yields to a participle with its subject', () => {
    const claims = extractClaims('The crowd cheered, with the mayor reportedly shouting: "Go home!"');
    expect(claims.find(c => c.content.text.includes('Go home'))?.speaker?.text).toBe('the mayor');
    expect(claims.some(c => c.rule.startsWith('hedge-'))).toBe(false);
  });
  it('stays when no sourced cue follows it', () => {
    const claims = extractClaims('The army carried out raids, reportedly including night strikes.');
    expect(claims.map(c => c.cue.text)).toEqual(['reportedly']);
  });
});
