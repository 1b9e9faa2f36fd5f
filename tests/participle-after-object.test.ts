/**
 * A participle cue right after a noun phrase that cannot report it (participle-object.ts), on
 * sentences written for these tests: the phrase is the object of the clause's verb, or a time
 * phrase, and the participle reports for that clause's subject.
 */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

const speakerOf = (text: string, cue: string) => claimWithCue(text, cue)?.speaker?.text;

describe('a participle after an object that cannot speak', () => {
  it('reports for the subject over a speech and a time phrase', () => {
    expect(speakerOf('The senator gave a long speech on Monday attacking the budget plan.', 'attacking')).toBe('The senator');
  });
  it('reports for the subject over an object with a possessive determiner', () => {
    expect(speakerOf('The governor revised her statement explaining that the funds were never spent.', 'explaining')).toBe('The governor');
  });
  it('reports for the subject over the object of a preposition after the verb', () => {
    expect(speakerOf('The candidate went on the record endorsing the water bond.', 'endorsing')).toBe('The candidate');
  });
  it('reports for the subject over a time phrase', () => {
    expect(speakerOf('The group has spent more than $2 million since March 1 attacking Senator Ruiz.', 'attacking')).toBe('The group');
  });
  it('reports for the subject over a quantity of the object', () => {
    expect(speakerOf('He spent much of his own 20-minute speech praising the new mayor.', 'praising')).toBe('He');
  });
  it('reports for the subject of the verb an infinitive completes', () => {
    expect(speakerOf('Mr. Lee helped draft a report defending the new tariffs.', 'defending')).toBe('Mr. Lee');
  });
  it('reports for a relative pronoun subject', () => {
    expect(speakerOf('The senator, who gave a March speech denouncing the tariffs, left early.', 'denouncing')).toBe('who');
  });
});

describe('a participle after an object that speaks for itself', () => {
  it('reports for a sign held up', () => {
    expect(speakerOf('A woman held up a sign saying "No new taxes."', 'saying')).toBe('a sign');
  });
  it('reports for a message received', () => {
    expect(speakerOf('The clerk received a letter demanding a refund.', 'demanding')).toBe('a letter');
  });
  it('keeps a person as the speaker', () => {
    expect(speakerOf('The mayor met voters complaining about the buses.', 'complaining')).toBe('voters');
  });
  it('keeps the object of a passive verb', () => {
    expect(speakerOf('Most of the money was spent on ads attacking the mayor.', 'attacking')).toBe('ads');
  });
});
