/**
 * Senses of cue verbs and constructions that report nothing (a participle with its agent: "a plan
 * backed by unions"), whose subject is the speaker of a to-infinitive cue, and dummy subjects, on
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim, type ClaimCase } from './claim-case.js';

describe('constructions that report nothing', () => {
  const none: Array<[string, string]> = [
    ['a participle with its agent after it (a reduced relative)', 'A budget backed by the unions passed the council on Friday.'],
    ['a participle with its agent, modifying a subject', 'The statement issued by the campaign on Tuesday was brief.'],
    ['"find" with a reflexive object (a state, not a finding)', 'The mayor found herself at the center of the dispute.'],
    ['a verb form ending a hyphenated compound modifier', 'A Clinton-backed bill passed the House.'],
    ['a participle in a hyphenated adjective', 'Three late-deciding voters stayed home.'],
  ];
  for (const [name, text] of none) it(name, () => expect(extractClaims(text)).toEqual([]));
});

describe('constructions that still report', () => {
  const cases: ClaimCase[] = [
    { name: '"by" and a means of communication after the verb', text: 'The mayor said by telephone that the road was closed.',
      speaker: 'The mayor', cue: 'said', content: ['the road was closed'] },
    { name: 'the active verb with its object', text: 'The mayor issued a statement.',
      speaker: 'The mayor', cue: 'issued', content: ['a statement'] },
    { name: '"find" with a that-clause', text: 'The auditors found that the fund was short.',
      speaker: 'The auditors', cue: 'found', content: ['the fund was short'] },
  ];
  for (const c of cases) it(c.name, () => expectClaim(extractClaims(c.text)[0], c));
});

describe('the speaker of a non-finite cue', () => {
  const cases: ClaimCase[] = [
    { name: 'the object of an object-control verb ("allows X to")', text: 'The new rule allows the governor to argue that the vote was unfair.',
      speaker: 'the governor', cue: 'argue', content: ['the vote was unfair'] },
    { name: 'the object of "prompted X to"', text: 'The ruling prompted the senator to claim that the court was biased.',
      speaker: 'the senator', cue: 'claim', content: ['the court was biased'] },
    { name: 'the subject of a verb of spending time, not its object, for an -ing cue', text: 'The senator spent the evening mocking the governor.',
      speaker: 'The senator', cue: 'mocking', content: ['the governor'] },
    { name: 'the subject, after the object of another verb (a purpose infinitive)', text: 'The union held a rally to announce that the strike was over.',
      speaker: 'The union', cue: 'announce', content: ['the strike was over'] },
  ];
  for (const c of cases) it(c.name, () => expectClaim(extractClaims(c.text)[0], c));
});

describe('subjects that are no speaker', () => {
  const cases: ClaimCase[] = [
    { name: 'the subject of a raising verb before its clause', text: 'It seems that the vote was close.',
      speaker: null, cue: 'seems', content: ['the vote was close'] },
    { name: 'the subject of "be" extraposing the cue\'s to-infinitive', text: 'It is important to note that the count was not final.',
      speaker: null, cue: 'note', content: ['the count was not final'] },
    { name: 'the noun an adjectival passive describes', text: 'The city is best known for its bridges.',
      speaker: null, cue: 'known', content: ['for its bridges'] },
    { name: 'a perfect participle keeps its subject', text: 'Lee has known since May that the fund was short.',
      speaker: 'Lee', cue: 'known', content: ['the fund was short'] },
    { name: 'a referring "it" before a reporting verb stays the speaker', text: 'It said the plan would work.',
      speaker: 'It', cue: 'said', content: ['the plan would work'] },
  ];
  for (const c of cases) it(c.name, () => expectClaim(extractClaims(c.text)[0], c));
});
