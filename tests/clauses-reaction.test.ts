/**
 * An audience's reaction after a reporting verb ("said to cheers"), on sentences written for these
 * tests: "to" + a reaction noun is a manner adjunct, not an infinitive and not content.
 */
import { describe, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim, type ClaimCase } from './claim-case.js';

const cases: ClaimCase[] = [
  { name: '"said to cheers" after a clause reports that clause',
    text: 'The plan will cut taxes for every family, the mayor said to cheers.',
    speaker: 'the mayor', cue: 'said', content: ['The plan will cut taxes for every family'] },
  { name: 'the that-clause after "to laughter and applause" is the content',
    text: 'The mayor said to laughter and applause that the plan was dead.',
    speaker: 'The mayor', cue: 'said', content: ['the plan was dead'] },
];

describe('a reaction after the reporting verb', () => {
  for (const c of cases) it(c.name, () => expectClaim(extractClaims(c.text)[0], c));
});
