/**
 * The content of a reporting clause after its quotation (`“…,” she said`) when narration of the
 * writer's own stands before the quotation in the sentence. One behaviour per case, on sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim } from './claim-case.js';

describe('a narrating clause before the quotation', () => {
  it('is left out of the content after a colon', () => {
    const text = 'In her talk, Ruiz stressed the need for drive: “Change the world,” she said.';
    expectClaim(extractClaims(text).find(c => c.cue.text === 'said'), { name: '', text, speaker: 'she', cue: 'said', content: ['“Change the world,”'] });
  });

  it('is left out of the content after a comma', () => {
    const text = 'The vice mayor weighed in as well, telling a radio host on Monday, “But both of them can do the job,” he said.';
    expectClaim(extractClaims(text).find(c => c.cue.text === 'said'), { name: '', text, speaker: 'he', cue: 'said', content: ['“But both of them can do the job,”'] });
  });
});

describe('the whole content is kept', () => {
  it('when the quotation has no punctuation before it', () => {
    const text = 'Roe is “a liar,” he said.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'he', cue: 'said', content: ['Roe is “a liar,”'], kind: 'mixed' });
  });

  it('when the quotation goes on the sentence', () => {
    const text = 'The fair, held every summer, “lets us meet our voters,” the aide said.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'the aide', cue: 'said', content: ['The fair, held every summer, “lets us meet our voters,”'] });
  });
});
