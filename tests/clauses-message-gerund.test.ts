/**
 * A participle after a message noun the main verb does not send ("started a petition calling on …"),
 * on sentences written for these tests: the main clause's subject is the source, not the message.
 */
import { describe, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim, type ClaimCase } from './claim-case.js';

const cases: ClaimCase[] = [
  { name: '"started a petition calling on" reports for the subject',
    text: 'The group started a petition calling on the council to resign.',
    speaker: 'The group', cue: 'calling on', content: ['the council to resign'] },
];

describe('a participle after a message object', () => {
  for (const c of cases) it(c.name, () => expectClaim(extractClaims(c.text)[0], c));
});
