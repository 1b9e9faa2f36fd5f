/**
 * Quotations and their attribution: the reporting clause after a quotation, quotations that continue
 * a claim. One behaviour per case, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim, type ClaimCase } from './claim-case.js';

type Case = ClaimCase;

/** Expects `c` to be the first claim of its text (other claims may follow it). */
function expectFirstClaim(c: Case): void {
  expectClaim(extractClaims(c.text)[0], c);
}

describe('the speaker of a reporting clause after a quotation', () => {
  const cases: Case[] = [
    { name: 'an inverted speaker followed by a relative clause', text: '“The pier will hold,” said a harbor engineer who asked not to be named.',
      speaker: 'a harbor engineer', cue: 'said', content: ['“The pier will hold,”'], kind: 'direct' },
    { name: 'an inverted speaker followed by a circumstance', text: '“Nobody came,” said the night clerk during a break in the hearing.',
      speaker: 'the night clerk', cue: 'said', content: ['“Nobody came,”'], kind: 'direct' },
    { name: 'a participle before the name after the cue', text: '“We lost the vote,” said retired Judge Ellen Park, who led the campaign.',
      speaker: 'retired Judge Ellen Park', cue: 'said', content: ['“We lost the vote,”'], kind: 'direct' },
    { name: 'any reporting verb inverts after a quotation', text: '“See you in court,” tweeted the landlord.',
      speaker: 'the landlord', cue: 'tweeted', content: ['“See you in court,”'], kind: 'direct' },
    { name: 'an apposition opening with an adjective', text: '“The permit is void,” Tom Abel, legal adviser to the county, said by phone.',
      speaker: 'Tom Abel, legal adviser to the county', cue: 'said', content: ['“The permit is void,”'], kind: 'direct' },
    { name: 'a cue in the relative clause does not take the reporting cue', text: '“The rent is too high,” Rosa Vidal, who has proposed a cap on rents, said at the time.',
      speaker: 'Rosa Vidal', cue: 'said', content: ['“The rent is too high,”'], kind: 'direct' },
  ];
  for (const c of cases) it(c.name, () => expectFirstClaim(c));

  it('the relative clause keeps its own claim, ending before the reporting cue', () => {
    const text = '“The rent is too high,” Rosa Vidal, who has proposed a cap on rents, said at the time.';
    const claims = extractClaims(text);
    expect(claims.map(c => c.content.text)).toContain('a cap on rents');
  });
});

describe('quotations that continue a claim', () => {
  it('a quotation in the same paragraph continues the quoted claim before it', () => {
    const text = '“The ferry is late again,” the captain said. “Nobody told us why.”';
    expectFirstClaim({ name: '', text, speaker: 'the captain', cue: 'said', content: ['“The ferry is late again,”', '“Nobody told us why.”'] });
  });

  it('a paragraph that opens with a quotation continues the claim ending the paragraph before', () => {
    const text = '“The ferry is late again,” the captain said.\n\n“Nobody told us why. We waited for an hour.”';
    expectFirstClaim({ name: '', text, speaker: 'the captain', cue: 'said', content: ['“The ferry is late again,”', '“Nobody told us why. We waited for an hour.”'] });
  });

  it('a quoted title opening the next paragraph is not a continuation', () => {
    const text = '“The ferry is late again,” the captain said.\n\n“Harbor Lights” is the name of the new boat.';
    expectFirstClaim({ name: '', text, speaker: 'the captain', cue: 'said', content: ['“The ferry is late again,”'] });
  });

  it('a next-paragraph quotation with its own reporting clause is not a continuation', () => {
    const text = '“The ferry is late again,” the captain said.\n\n“It always is,” a passenger replied.';
    const claims = extractClaims(text);
    expect(claims.map(c => c.speaker?.text)).toEqual(['the captain', 'a passenger']);
    expect(claims[0]!.content.spans).toHaveLength(1);
  });

  it('a claim that is not the last report of its paragraph is not continued into the next', () => {
    const text = '“The ferry is late again,” the captain said, and the mayor said the harbor was closed.\n\n“Nobody told us why.”';
    expect(extractClaims(text)[0]!.content.spans).toHaveLength(1);
  });
});

describe('asides between a claim and its continuation', () => {
  it('a participle aside in the reporting clause does not stop the continuation', () => {
    const text = '“The ferry is late again,” the captain said, noting that the fog was thick. “Nobody told us why.”';
    expectFirstClaim({ name: '', text, speaker: 'the captain', cue: 'said', content: ['“The ferry is late again,”', '“Nobody told us why.”'] });
  });

  it('a relative clause about the speaker does not stop the continuation', () => {
    const text = '“The ferry is late again,” said Ana Ruiz, who runs the kiosk. “Nobody told us why.”';
    expectFirstClaim({ name: '', text, speaker: 'Ana Ruiz', cue: 'said', content: ['“The ferry is late again,”', '“Nobody told us why.”'] });
  });

  it('a paraphrase by a verb that goes on reporting takes the quotation after it, and is mixed', () => {
    const text = '“We lost,” the coach said, adding that the team was tired. “We will be back.”';
    const adding = extractClaims(text).find(c => c.cue.text === 'adding');
    expect(adding?.content.spans.map(([s, e]) => text.slice(s, e))).toEqual(['the team was tired', '“We will be back.”']);
    expect(adding?.kind).toBe('mixed');
  });

  it('an indirect claim by "said" takes the quotation that follows it', () => {
    const text = 'The captain said the ferry was late again. “Nobody told us why.”';
    expectFirstClaim({ name: '', text, speaker: 'The captain', cue: 'said', content: ['the ferry was late again', '“Nobody told us why.”'], kind: 'mixed' });
  });
});

describe('a quotation introduced by a colon', () => {
  const cases: Case[] = [
    { name: 'any verb before the colon introduces the quotation', text: 'The union went even further: “We will strike on Monday.”',
      speaker: 'The union', cue: 'went even further:', content: ['“We will strike on Monday.”'], kind: 'direct' },
    { name: 'the main clause after an introductory one gives the speaker', text: 'Asked which road was worst, the driver groaned: “All of them.”',
      speaker: 'the driver', cue: 'groaned:', content: ['“All of them.”'], kind: 'direct' },
    { name: 'a bare source before the colon', text: 'From the audit report: “The accounts were never reconciled.”',
      speaker: 'the audit report', cue: ':', content: ['“The accounts were never reconciled.”'], kind: 'direct' },
  ];
  for (const c of cases) it(c.name, () => expect(extractClaims(c.text).find(x => x.rule === 'colon-quote')).toMatchObject({
    speaker: { text: c.speaker }, cue: { text: c.cue }, content: { text: c.content[0] }, kind: c.kind,
  }));

  it('the cue lemma is the base form of the verb before the colon', () => {
    const claim = extractClaims('The union went even further: “We will strike on Monday.”').find(x => x.rule === 'colon-quote');
    expect(claim?.cue.lemma).toBe('go');
  });

  it('a statement verb takes the quotation in the next paragraph instead of its object', () => {
    const text = 'The council spokesman issued the following statement:\n\n“We regret the delay and will publish the figures soon.”';
    const claims = extractClaims(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ speaker: { text: 'The council spokesman' }, cue: { text: 'issued' }, kind: 'direct' });
    expect(claims[0]!.content.text).toBe('“We regret the delay and will publish the figures soon.”');
  });

  it('an imperative names no speaker', () => {
    expect(extractClaims('Consider this: “The bridge was never inspected.”')).toEqual([]);
  });

  it('an expletive subject names no speaker', () => {
    expect(extractClaims('Wait, it gets worse: “The bridge was never inspected.”')).toEqual([]);
  });
});

describe('content before the reporting clause', () => {
  it('a gerund subject with its own verb is part of the content, not a frame', () => {
    const text = 'Closing the ferry line would “cut the island off,” the mayor said.';
    expectFirstClaim({ name: '', text, speaker: 'the mayor', cue: 'said', content: ['Closing the ferry line would “cut the island off,”'], kind: 'mixed' });
  });
});
