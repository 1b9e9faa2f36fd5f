/**
 * A subject separated from its reporting verb by an aside set off by commas ("the mayor, once again,
 * promised …", "the nurses, who, in a letter, criticized …"), on sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { claimWithCue, expectClaim } from './claim-case.js';

describe('an aside between the subject and its reporting verb', () => {
  it('steps over a run of adverbs after a subordinator', () => {
    const text = 'Voters were not surprised when the mayor, once again, promised that taxes would fall.';
    expectClaim(claimWithCue(text, 'promised'), { name: '', text, speaker: 'the mayor', cue: 'promised', content: ['taxes would fall'] });
  });
  it('steps over a preposition phrase opened by "to"', () => {
    const text = 'And Roe, to her credit, refuses to blame the staff for the delay.';
    expectClaim(claimWithCue(text, 'refuses'), { name: '', text, speaker: 'Roe', cue: 'refuses', content: ['to blame the staff for the delay'] });
  });
  it('steps over a preposition phrase to a relative pronoun', () => {
    const text = 'She thanked the nurses, who, in a letter on Friday, criticized the hospital for the delay.';
    expectClaim(claimWithCue(text, 'criticized'), { name: '', text, speaker: 'who', cue: 'criticized', content: ['the hospital for the delay'] });
  });
  it('keeps the name before a relative clause that the aside follows', () => {
    const text = 'Ana Ruiz, who lives in Ames, in a statement, said the plan had failed.';
    expectClaim(claimWithCue(text, 'said'), { name: '', text, speaker: 'Ana Ruiz', cue: 'said', content: ['the plan had failed'] });
  });
});
