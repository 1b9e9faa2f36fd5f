/**
 * How claims are framed (issue 6): stance of the cue, the writer's hedges and disputes, non-claims,
 * and the speaker's role and affiliation. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import type { Stance } from '../src/types.js';

const only = (text: string, options = {}) => {
  const claims = extractClaims(text, options);
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('stance of the cue', () => {
  const cases: Array<[Stance, string]> = [
    ['asserts', 'The mayor said the bridge would reopen.'],
    ['claims', 'The company claimed that the leak was small.'],
    ['denies', 'The embassy denied the accusations.'],
    ['concedes', 'The coach admitted that the team had played badly.'],
    ['asks', 'The senator asked whether the funds were spent.'],
    ['believes', 'Farmers believe the drought will end soon.'],
    ['reports', 'According to the agency, exports fell.'],
  ];
  for (const [stance, text] of cases) it(`${stance}: ${text}`, () => expect(only(text).stance).toBe(stance));
});

describe('hedges', () => {
  it('"reportedly" after a comma is a claim with no speaker, hedged', () => {
    const c = only('The army shelled the town overnight, reportedly using rockets.');
    expect(c.speaker).toBeNull();
    expect(c).toMatchObject({ hedge: 'reportedly', rule: 'hedge-adverb' });
    expect(c.content.text).toBe('using rockets');
  });

  it('"allegedly" inside a clause hedges the clause around it', () => {
    const c = only('The treasurer allegedly moved the money abroad.');
    expect(c).toMatchObject({ speaker: null, hedge: 'allegedly' });
    expect(c.content.spans.map(([s, e]) => 'The treasurer allegedly moved the money abroad.'.slice(s, e))).toEqual(['The treasurer', 'moved the money abroad']);
  });

  it('"is said to" is a passive hedge', () => {
    expect(only('The envoy is said to have resigned.')).toMatchObject({ speaker: null, hedge: 'is said to', rule: 'hedge-passive' });
  });

  it('"it is believed that" is a passive hedge with the clause as content', () => {
    const c = only('It is believed that the talks collapsed.');
    expect(c).toMatchObject({ speaker: null, hedge: 'It is believed that' });
    expect(c.content.text).toBe('the talks collapsed');
  });

  it('"is expected to" names no source: the subject and the infinitive are the content', () => {
    const text = 'The new bridge is expected to open in May.';
    const c = only(text);
    expect(c).toMatchObject({ speaker: null, rule: 'hedge-passive' });
    expect(c.content.spans.map(([s, e]) => text.slice(s, e))).toEqual(['The new bridge', 'open in May']);
  });

  it('a raising verb ("seemed to") names no source: its subject belongs to the content', () => {
    const text = 'The ferry service seemed to recover quickly.';
    const c = only(text);
    expect(c).toMatchObject({ speaker: null, cue: { text: 'seemed to' }, rule: 'hedge-raising' });
    expect(c.content.spans.map(([s, e]) => text.slice(s, e))).toEqual(['The ferry service', 'recover quickly']);
  });

  it('a raising verb before a reporting verb leaves the subject as its source ("appeared to suggest")', () => {
    const c = only('The minister appeared to suggest that taxes would rise.');
    expect(c).toMatchObject({ speaker: { text: 'The minister' }, rule: 'verb-after' });
    expect(c.hedge).toBeUndefined();
  });

  it('an infinitive after a raising verb stops at the next comma', () => {
    const text = 'The crowd seemed to grow calmer, as the rain stopped.';
    const c = only(text);
    expect(c.content.spans.map(([s, e]) => text.slice(s, e))).toEqual(['The crowd', 'grow calmer']);
  });

  it('a vague source is the writer\'s hedge', () => {
    const c = only('Some posts on social media said the dam had burst.');
    expect(c.hedge).toBe('Some posts on social media said');
  });

  it('"apparently" is the writer\'s inference, not a hedge of anyone\'s claim', () => {
    expect(extractClaims('The driver apparently fell asleep.')).toEqual([]);
  });
});

describe('disputed by the writer', () => {
  it('"not, as X said, Y"', () => {
    const c = only('The statue was damaged but not, as some posts claimed, destroyed.');
    expect(c.disputedByWriter).toBe(true);
    expect(c.content.text).toBe('destroyed');
  });

  it('"falsely claimed"', () => {
    expect(only('The candidate falsely claimed that the vote was rigged.').disputedByWriter).toBe(true);
  });

  it('"…, without evidence"', () => {
    expect(only('The governor said the fire was arson, without evidence.').disputedByWriter).toBe(true);
  });

  it('a plain claim is not disputed', () => {
    expect(only('The governor said the fire was arson.').disputedByWriter).toBeUndefined();
  });
});

describe('non-claims', () => {
  const text = 'A spokeswoman for the utility declined to comment.';
  it('are left out by default', () => expect(extractClaims(text)).toEqual([]));
  it('are kept and marked with includeNonClaims', () => {
    expect(only(text, { includeNonClaims: true }).nonClaim).toBe(true);
  });
});

describe('role and affiliation', () => {
  it('a title before the name is the role; the institution named just before is the affiliation', () => {
    const claims = extractClaims('The Port Authority rejected the report. Spokeswoman Lina Brandt said the figures were wrong.');
    expect(claims[1]?.speaker).toMatchObject({ role: 'Spokeswoman', affiliation: 'Port Authority' });
  });

  it('"a spokesman for X" gives role and affiliation', () => {
    expect(only('A spokesman for the ministry said the road was open.').speaker).toMatchObject({ role: 'spokesman', affiliation: 'ministry' });
  });

  it('an apposition gives role and affiliation', () => {
    expect(only('Lena Ortiz, a lawyer for the tenants, said the lease was void.').speaker).toMatchObject({ role: 'lawyer', affiliation: 'tenants' });
  });

  it('a plural head is the speaker, not a role', () => {
    expect(only('Rebels said the road was mined.').speaker?.role).toBeUndefined();
  });
});

describe('confidence', () => {
  it('is a probability, higher for a quoted claim with a named speaker than for a hedge', () => {
    const quoted = only('“We will rebuild,” said Mayor Ana Lima.');
    const hedged = only('The army shelled the town overnight, reportedly using rockets.');
    for (const c of [quoted, hedged]) expect(c.confidence >= 0 && c.confidence <= 1).toBe(true);
    expect(quoted.confidence).toBeGreaterThan(hedged.confidence);
  });

  it('minConfidence drops the claims below it', () => {
    expect(extractClaims('The army shelled the town overnight, reportedly using rockets.', { minConfidence: 0.95 })).toEqual([]);
  });
});
