/**
 * A reporting verb in the middle of a list of verb phrases joined by commas, sharing the subject of
 * the first ("The mayor criticized the budget, called it reckless and urged a vote"), on sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { claimWithCue, expectClaim } from './claim-case.js';

describe('a middle item of a list of verb phrases', () => {
  it('reports for the subject of the first item', () => {
    const text = 'The mayor criticized the budget, called it reckless and urged a new vote.';
    expectClaim(claimWithCue(text, 'called'), { name: '', text, speaker: 'The mayor', cue: 'called', content: ['it reckless'], rule: 'verb-coordinated' });
  });
  it('ends the first item\'s content at the comma', () => {
    const text = 'The mayor criticized the budget, called it reckless and urged a new vote.';
    expectClaim(claimWithCue(text, 'criticized'), { name: '', text, speaker: 'The mayor', cue: 'criticized', content: ['the budget'] });
  });
  it('leaves a participle set off by commas inside the content', () => {
    const text = 'Officials said the plan, called reckless by critics, was dropped and replaced.';
    expectClaim(claimWithCue(text, 'said'), { name: '', text, speaker: 'Officials', cue: 'said', content: ['the plan, called reckless by critics, was dropped and replaced'] });
  });
});
