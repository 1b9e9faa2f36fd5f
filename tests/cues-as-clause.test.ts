/**
 * Reporting verbs in a sentence-initial "As …," clause, on sentences written for these tests.
 * PolNeAR annotates the cue of a temporal "as" clause like that of any leading clause, and an
 * "As X said (to Y, on Friday)," aside reports the main clause after it.
 */
import { describe, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim, type ClaimCase } from './claim-case.js';

const cases: ClaimCase[] = [
  { name: 'a temporal "as" clause reports its object, up to the comma',
    text: 'As the senator criticized the plan, the crowd cheered.',
    speaker: 'the senator', cue: 'criticized', content: ['the plan'], rule: 'verb-after' },
  { name: 'a temporal "as" clause reports its that-clause, up to the comma',
    text: 'As the mayor announced that the pier would close, residents gathered outside.',
    speaker: 'the mayor', cue: 'announced', content: ['the pier would close'], rule: 'verb-after' },
  { name: 'an "As X told Y," aside reports the main clause',
    text: 'As one aide told the local paper, the office will close in May.',
    speaker: 'one aide', cue: 'told', content: ['the office will close in May'], rule: 'verb-aside' },
  { name: 'an "As X noted in a statement," aside reports the main clause',
    text: 'As the governor noted in a statement, the budget is short of cash.',
    speaker: 'the governor', cue: 'noted', content: ['the budget is short of cash'], rule: 'verb-aside' },
  { name: 'a time phrase after the cue of an aside ends at its comma',
    text: 'As the governor noted Friday, the budget is short of cash.',
    speaker: 'the governor', cue: 'noted', content: ['the budget is short of cash'], rule: 'verb-aside' },
];

describe('reporting verbs in a leading "as" clause', () => {
  for (const c of cases) it(c.name, () => expectClaim(extractClaims(c.text)[0], c));
});
