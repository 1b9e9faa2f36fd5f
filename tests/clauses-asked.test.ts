/**
 * Passive "asked" questions whose asker "by" names, on sentences written for these tests: PolNeAR
 * annotates the named asker as the question's source.
 */
import { describe, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim, type ClaimCase } from './claim-case.js';

const cases: ClaimCase[] = [
  { name: '"Asked by X whether …" takes X as the source',
    text: 'Asked by a local reporter whether the bridge would reopen, the engineer shrugged.',
    speaker: 'a local reporter', cue: 'Asked', content: ['whether the bridge would reopen'], rule: 'asked-passive' },
  { name: '"asked" with no "by" keeps no source',
    text: 'Asked whether the bridge would reopen, the engineer shrugged.',
    speaker: null, cue: 'Asked', content: ['whether the bridge would reopen'], rule: 'asked-passive' },
];

describe('passive "asked" with a named asker', () => {
  for (const c of cases) it(c.name, () => expectClaim(extractClaims(c.text).find(x => x.rule === 'asked-passive'), c));
});
