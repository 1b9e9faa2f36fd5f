/**
 * A preposition phrase set off by commas between a speaker and the cue ("Roe, during a stop in
 * Toledo, Ohio, said"), on sentences written for these tests: its object is no speaker, even when a
 * place name inside it carries its state after a comma.
 */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

const speakerOf = (text: string) => claimWithCue(text, 'said')?.speaker?.text;

describe('a speaker before a preposition phrase set off by commas', () => {
  it('steps over a phrase holding a city and its state', () => {
    expect(speakerOf('The mayor, during a town hall meeting in Columbus, Ohio, said the plan was dead.')).toBe('The mayor');
  });
  it('steps over a hometown after an age', () => {
    expect(speakerOf('Jane Doe, 22, of Flint, Mich., said she would vote.')).toMatch(/^Jane Doe/);
  });
  it('steps over a time phrase after a relative clause ending in a place', () => {
    expect(speakerOf('Mary Roe, who lost her job in Aurora, Colorado, in July 2012, said the plant should reopen.')).toBe('Mary Roe');
  });
  it('keeps the apposition before the phrase', () => {
    expect(speakerOf('Ana Ruiz, the director, in an interview on Sunday, said the bill was dead.')).toBe('Ana Ruiz, the director');
  });
  it('takes the subject after an opening adverbial', () => {
    expect(speakerOf('For now, Jane Doe, at the institute, said the plan was dead.')).toBe('Jane Doe');
  });
  it('takes the subject after a subordinator', () => {
    const text = 'The feud grew since the senator, at the first debate, said the governor had lied.';
    expect(speakerOf(text)).toBe('the senator');
  });
  it('takes the subject, not an opening time phrase', () => {
    expect(speakerOf('In May, a federal judge, in a brief ruling, said the files were public.')).toBe('a federal judge');
  });
});
