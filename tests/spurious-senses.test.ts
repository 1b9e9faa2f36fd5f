/**
 * Cue verbs in a sense that reports nothing, on sentences written for these tests: the verb is a
 * cue word, but what follows it is no reported content.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { claimWithCue, expectClaim } from './claim-case.js';

describe('"add to" a noun phrase (increase)', () => {
  it('reports nothing after a comma', () => {
    expect(claimWithCue('The senator won the caucus, adding to her lead in delegates.', 'adding')).toBeUndefined();
  });
  it('reports nothing as a main verb', () => {
    expect(claimWithCue('The late surge only added to the confusion at the polls.', 'added')).toBeUndefined();
  });
  it('still reports a that-clause', () => {
    const text = 'The coach added that the team would train on Sunday.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'The coach', cue: 'added', content: ['the team would train on Sunday'] });
  });
  it('still reports a quotation before the verb', () => {
    const text = '“We will be ready,” the coach added to reporters.';
    expect(claimWithCue(text, 'added')?.content.text).toBe('“We will be ready,”');
  });
});

describe('"sign on" (join)', () => {
  it('reports nothing before a "to" phrase', () => {
    expect(claimWithCue('Several mayors signed on to the coalition last week.', 'signed')).toBeUndefined();
  });
  it('reports nothing at the end of the clause', () => {
    expect(claimWithCue('The biggest donors quickly signed on.', 'signed')).toBeUndefined();
  });
});
