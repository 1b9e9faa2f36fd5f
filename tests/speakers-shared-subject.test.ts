/**
 * The speaker of a cue whose subject is elided or non-finite: the subject of the nearest clause, and a
 * relative pronoun where it stands. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const speakerOf = (text: string, cue: string) => extractClaims(text).find(c => c.cue.text === cue)?.speaker;

describe('the subject an elided or non-finite cue shares', () => {
  it('a coordinated cue shares the subject of the nearest clause, not of the sentence\'s first', () => {
    const text = 'The storm hit on Monday, and the mayor toured the damage and promised that aid would come.';
    expect(speakerOf(text, 'promised')?.text).toBe('the mayor');
  });

  it('a gerund inside a relative clause has the relative pronoun as its speaker, resolved to the antecedent', () => {
    const speaker = speakerOf('The senator, who opened the hearing by saying that the budget was late, left early.', 'saying');
    expect(speaker).toMatchObject({ text: 'who', name: 'The senator' });
  });

  it('an infinitive after a relative clause closed by a comma belongs to the antecedent', () => {
    expect(speakerOf('The panel forced Roe, who was under pressure from donors, to admit that the fund was empty.', 'admit')?.text).toBe('Roe');
  });
});
