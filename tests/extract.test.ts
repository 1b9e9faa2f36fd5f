/**
 * The extraction rules, one construction per case, on sentences written for these tests.
 * Each case names the speaker, cue and content pieces it expects.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { expectClaim, type ClaimCase } from './claim-case.js';

type Case = ClaimCase;

const cases: Case[] = [
  { name: 'speaker, verb, that-clause', text: 'The mayor said that the bridge would reopen in May.',
    speaker: 'The mayor', cue: 'said', content: ['the bridge would reopen in May'], kind: 'indirect', rule: 'verb-after' },
  { name: 'speaker, verb, bare clause', text: 'Farmers say the drought has cut their harvest by half.',
    speaker: 'Farmers', cue: 'say', content: ['the drought has cut their harvest by half'] },
  { name: 'addressee after "told" is skipped', text: 'The coach told reporters the team was ready.',
    speaker: 'The coach', cue: 'told', content: ['the team was ready'] },
  { name: 'time and medium after the cue are skipped', text: 'The company said in a statement on Tuesday that profits fell.',
    speaker: 'The company', cue: 'said', content: ['profits fell'] },
  { name: 'content before the cue', text: 'The storm will pass by noon, forecasters said.',
    speaker: 'forecasters', cue: 'said', content: ['The storm will pass by noon'], rule: 'verb-before' },
  { name: 'quote before an inverted cue', text: '“We are not leaving,” said union leader Maria Ortiz.',
    speaker: 'union leader Maria Ortiz', cue: 'said', content: ['“We are not leaving,”'], kind: 'direct' },
  { name: 'quote interrupted by its cue', text: '“The vote is over,” she said, “and we won it.”',
    speaker: 'she', cue: 'said', content: ['“The vote is over,”', '“and we won it.”'], kind: 'direct', rule: 'verb-split' },
  { name: 'quote spanning sentences', text: '“Prices rose. Wages did not,” the economist said.',
    speaker: 'the economist', cue: 'said', content: ['“Prices rose. Wages did not,”'], kind: 'direct' },
  { name: 'mixed content', text: 'The minister said the plan was “dead on arrival” in parliament.',
    speaker: 'The minister', cue: 'said', content: ['the plan was “dead on arrival” in parliament'], kind: 'mixed' },
  { name: 'apposition between speaker and cue', text: 'Jane Roe, a lawyer for the family, said the case was weak.',
    speaker: 'Jane Roe, a lawyer for the family', cue: 'said', content: ['the case was weak'] },
  { name: 'a sentence-initial connective is not part of the speaker', text: 'But Ana Ruiz said the lease was void.',
    speaker: 'Ana Ruiz', cue: 'said', content: ['the lease was void'] },
  { name: 'a sentence-initial connective before a speaker with an apposition', text: 'But Ana Ruiz, a lawyer for the tenants, said the lease was void.',
    speaker: 'Ana Ruiz, a lawyer for the tenants', cue: 'said', content: ['the lease was void'] },
  { name: 'a sentence-initial subordinator is not part of the speaker', text: 'Although Roe admitted the error, the board kept the plan.',
    speaker: 'Roe', cue: 'admitted', content: ['the error'] },
  { name: 'an "as" aside opening the sentence reports the clause after it', text: 'As many economists have argued, the tax is too high.',
    speaker: 'many economists', cue: 'argued', content: ['the tax is too high'], rule: 'verb-aside' },
  { name: '"according to" after a clause: the clause is the content', text: 'The bridge will close in May, according to the city engineer.',
    speaker: 'the city engineer', cue: 'according to', content: ['The bridge will close in May'], rule: 'prep-after' },
  { name: '"according to" inside a verbless opening: the sentence resumes after the speaker',
    text: 'Among the bridges at risk, according to the state engineer, are six built before 1950.',
    speaker: 'the state engineer', cue: 'according to', content: ['Among the bridges at risk', 'are six built before 1950'], rule: 'prep-after' },
  { name: '"according to" after a subordinate clause: the main clause after the speaker is the content',
    text: 'While most of the claims were small, according to an aide, two involved large sums.',
    speaker: 'an aide', cue: 'according to', content: ['two involved large sums'], rule: 'prep-after' },
  { name: '"according to" after a lone connective: the clause after the speaker is the content',
    text: 'But according to the minutes, the board never voted.',
    speaker: 'the minutes', cue: 'according to', content: ['the board never voted'], rule: 'prep-after' },
  { name: 'a quoted title before the speaker is not the content', text: 'In an interview on “Meet the Press,” Senator Ana Ruiz said the bill was dead.',
    speaker: 'Senator Ana Ruiz', cue: 'said', content: ['the bill was dead'] },
  { name: 'a compound noun mistagged as a verb stays in the speaker', text: 'Dan Reyes, the city police chief, said the footage was clear.',
    speaker: 'Dan Reyes, the city police chief', cue: 'said', content: ['the footage was clear'] },
  { name: 'object and predicate after "called"', text: 'The senator called the plan “a disaster for farmers.”',
    speaker: 'The senator', cue: 'called', content: ['the plan “a disaster for farmers.”'], kind: 'mixed' },
  { name: 'a reliable cue form mistagged as an adjective', text: "O'Hara said officials had the video.",
    speaker: "O'Hara", cue: 'said', content: ['officials had the video'] },
  { name: 'an introductory participle clause frames the answer and is not content', text: 'Standing by the truck, the chief said, “We are still looking.”',
    speaker: 'the chief', cue: 'said', content: ['“We are still looking.”'] },
  { name: 'a circumstance before "that"', text: 'The mayor says at a rally in Dayton, Ohio, that the plant will stay.',
    speaker: 'The mayor', cue: 'says', content: ['the plant will stay'] },
  { name: 'a reporting clause with a medium phrase outranks a cue in its content', text: 'Farmers who depend on rain will suffer, the minister said in an interview.',
    speaker: 'the minister', cue: 'said', content: ['Farmers who depend on rain will suffer'] },
  { name: 'a progressive -ing cue with an addressee and a wh-clause', text: 'The governor is telling donors at the gala how she saved the pier.',
    speaker: 'The governor', cue: 'telling', content: ['how she saved the pier'] },
  { name: 'an -ing participle after a comma', text: 'Later the mayor waved to the crews, telling reporters, “They saved the town.”',
    speaker: 'the mayor', cue: 'telling', content: ['“They saved the town.”'], rule: 'verb-participle' },
  { name: 'a sentence opening with "Said" and its speaker', text: 'Said Ana Lima, who grew up on the street, “We were all so proud.”',
    speaker: 'Ana Lima', cue: 'Said', content: ['“We were all so proud.”'] },
  { name: '"that" as the subject of the reported clause', text: 'The governor said that was a fair price.',
    speaker: 'The governor', cue: 'said', content: ['that was a fair price'] },
  { name: 'a medium phrase of several nouns after the cue', text: 'Prices will fall, she said in a video message.',
    speaker: 'she', cue: 'said', content: ['Prices will fall'] },
  { name: 'no space after a closing quotation mark', text: '“We are ready,”Lima said.',
    speaker: 'Lima', cue: 'said', content: ['“We are ready,”'] },
  { name: 'object of a denial', text: 'The embassy rejected the accusations.',
    speaker: 'The embassy', cue: 'rejected', content: ['the accusations'] },
  { name: 'aside with "as"', text: 'The bridge was closed but not, as some posts online claimed, destroyed.',
    speaker: 'some posts online', cue: 'claimed', content: ['destroyed'], rule: 'verb-aside' },
  { name: 'subject of a to-infinitive cue', text: 'A second group stepped forward to claim the attack.',
    speaker: 'A second group', cue: 'claim', content: ['the attack'] },
  { name: 'an adverb between a verb and its preposition stays in the cue', text: 'The mayor spoke passionately about the bridge.',
    speaker: 'The mayor', cue: 'spoke passionately about', content: ['the bridge'] },
  { name: 'a time word between a verb and its preposition stays in the cue', text: 'The union called Wednesday for a new vote.',
    speaker: 'The union', cue: 'called Wednesday for', content: ['a new vote'] },
  { name: '"called" with a pronoun object and an adjective complement', text: 'The coach called him reckless.',
    speaker: 'The coach', cue: 'called', content: ['him reckless'] },
  { name: 'a to-infinitive cue after an object takes the subject of the finite verb', text: 'The coach went on the radio to say the team was ready.',
    speaker: 'The coach', cue: 'say', content: ['the team was ready'] },
  { name: 'a to-infinitive cue after a coordinated verb takes the first verb\'s subject', text: 'The mayor smiled, but went on to say the budget was tight.',
    speaker: 'The mayor', cue: 'say', content: ['the budget was tight'] },
  { name: 'a to-infinitive cue in a relative clause takes the antecedent', text: 'The actor met Ana Ruiz, who came on stage to say the show was over.',
    speaker: 'Ana Ruiz', cue: 'say', content: ['the show was over'] },
  { name: 'a gerund cue after "by" takes the subject of the verb before it', text: 'The senator ended the debate by saying the bill would pass.',
    speaker: 'The senator', cue: 'saying', content: ['the bill would pass'] },
];

describe('reporting verbs', () => {
  for (const c of cases) {
    it(c.name, () => {
      const claims = extractClaims(c.text);
      expect(claims).toHaveLength(1);
      expectClaim(claims[0], c);
    });
  }
});

describe('where content ends', () => {
  const cases: Array<[string, string, string]> = [
    ['at a semicolon', 'The mayor said the road was safe; engineers disagreed.', 'the road was safe'],
    ['before a relative clause about an object', 'The envoy denounced the vote, which the council had called.', 'the vote'],
    ['before the subject\'s next action', 'Protesters demanded more answers, marching through the city.', 'more answers'],
    ['before a new verb phrase of the subject', 'The judge described the case as sad, but declined to rule.', 'the case as sad'],
  ];
  for (const [name, text, content] of cases) {
    it(name, () => expect(extractClaims(text)[0]?.content.text).toBe(content));
  }
});

describe('several claims in one sentence', () => {
  it('coordinated verbs share the speaker', () => {
    const text = 'The agency insisted that the data was sound, and said that critics had misread it.';
    const claims = extractClaims(text);
    expect(claims.map(c => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['The agency', 'insisted', 'the data was sound'],
      ['The agency', 'said', 'critics had misread it'],
    ]);
    expect(claims[1]!.rule).toBe('verb-coordinated');
  });

  const relatives: Array<[string, string, string[][]]> = [
    ['a restrictive relative clause in the subject ends before the main verb', 'Voters who backed the mayor said the vote was fair.',
      [['who', 'backed', 'the mayor'], ['Voters who backed the mayor', 'said', 'the vote was fair']]],
    ['the main verb after a relative clause with its own that-clause', 'A woman who has claimed that the mayor lied said on Sunday that she would testify.',
      [['who', 'claimed', 'the mayor lied'], ['A woman who has claimed that the mayor lied', 'said', 'she would testify']]],
  ];
  for (const [name, text, expected] of relatives) {
    it(name, () => expect(extractClaims(text).map(c => [c.speaker?.text, c.cue.text, c.content.text])).toEqual(expected));
  }

  it('a cue inside reported content is nested and not reported', () => {
    const text = 'The senator said the governor claimed credit for the plan.';
    const claims = extractClaims(text);
    expect(claims.map(c => c.cue.text)).toEqual(['said']);
  });

  it('a later clause with its own speaker ends the content at ", and"', () => {
    const text = 'She said the plan was fair, and when pressed on the cost, the mother of three replied, “It is worth it.”';
    expect(extractClaims(text).map(c => [c.speaker?.text, c.content.text])).toEqual([
      ['She', 'the plan was fair'],
      ['the mother of three', '“It is worth it.”'],
    ]);
  });

  it('a concessive clause ends the content', () => {
    const text = 'One faction claimed the attack, although police doubted it.';
    expect(extractClaims(text).map(c => c.content.text)).toEqual(['the attack']);
  });
});

describe('clauses that share or outrank other cues', () => {
  it('a participle after a comma shares the speaker of the clause before', () => {
    const text = 'The governor vetoed the bill on Friday, arguing that it would raise taxes.';
    const [claim] = extractClaims(text).filter(c => c.rule === 'verb-participle');
    expect(claim?.speaker?.text).toBe('The governor');
    expect(claim?.content.text).toBe('it would raise taxes');
  });

  it('a participle after a comma ends the content before it and reports on its own', () => {
    const text = 'The mayor noted her years in office, saying “we built this city together.”';
    expect(extractClaims(text).map(c => [c.cue.text, c.content.text])).toEqual([
      ['noted', 'her years in office'],
      ['saying', '“we built this city together.”'],
    ]);
  });

  it('a relative pronoun speaker with a quotation after the comma', () => {
    const notes = extractClaims('The group issued a report, which notes, “Turnout fell.”').find(c => c.cue.text === 'notes');
    expect(notes).toMatchObject({ speaker: { text: 'which', name: 'a report' }, content: { text: '“Turnout fell.”' } });
  });

  it('a quotation after a later claim continues that claim, not an earlier one', () => {
    const text = '“We lost,” the coach said, adding that the team was tired. “We will be back.”';
    const claims = extractClaims(text);
    expect(claims[0]!.content.spans).toHaveLength(1);
  });

  it('a reporting clause set off by commas outranks a cue inside its content', () => {
    const text = 'The new plan claimed to cut costs by half, officials said.';
    const claims = extractClaims(text);
    expect(claims.map(c => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['officials', 'said', 'The new plan claimed to cut costs by half'],
    ]);
  });
});

describe('a light verb with a reporting noun for object', () => {
  const lightVerbCases: Case[] = [
    { name: 'the noun and its preposition join the cue', text: 'The governor expressed support for a new stadium.',
      speaker: 'The governor', cue: 'expressed support for', content: ['a new stadium'] },
    { name: 'a determiner and adjectives before the noun join the cue', text: 'The auditor expressed serious concerns about the budget.',
      speaker: 'The auditor', cue: 'expressed serious concerns about', content: ['the budget'] },
    { name: 'an adverb before the adjective joins the cue', text: 'The mayor offered increasingly strident defenses of the plan.',
      speaker: 'The mayor', cue: 'offered increasingly strident defenses of', content: ['the plan'] },
    { name: 'a that-clause after the noun: the cue ends at the noun', text: 'The union voiced concern that the plant would close.',
      speaker: 'The union', cue: 'voiced concern', content: ['the plant would close'] },
    { name: 'a noun that reports only after a light verb', text: 'The coach expressed frustration with the referees.',
      speaker: 'The coach', cue: 'expressed frustration with', content: ['the referees'] },
    { name: '"make the case that": the cue ends at the noun', text: 'The lawyer made the case that the contract was void.',
      speaker: 'The lawyer', cue: 'made the case', content: ['the contract was void'] },
    { name: 'the object of the preposition is the content, not the clause after a dash', text: 'The mayor voiced support for the bridge – a project the council opposes.',
      speaker: 'The mayor', cue: 'voiced support for', content: ['the bridge'] },
  ];
  for (const c of lightVerbCases) {
    it(c.name, () => {
      const claims = extractClaims(c.text);
      expect(claims).toHaveLength(1);
      expectClaim(claims[0], c);
    });
  }
  it('a noun with a preposition it does not take stays out of the cue', () => {
    const text = 'The governor expressed support in the vote.';
    const claims = extractClaims(text);
    expect(claims.map(c => c.cue.text)).not.toContain('expressed support in');
  });
  it('a verb outside the light-verb list keeps its bare cue', () => {
    const text = 'The senator rejected the criticism of the bill.';
    expect(extractClaims(text)[0]?.cue.text).toBe('rejected');
  });
  it('a passive light verb does not take the noun into its cue', () => {
    const text = 'Concerns were raised about the budget.';
    expect(extractClaims(text).map(c => c.cue.text)).not.toContain('raised about');
  });
});

describe('words that are not cues here', () => {
  const none: Array<[string, string]> = [
    ['a verb followed by a to-infinitive it does not take', 'Many shoppers continued to stay away from the market.'],
    ['a to-infinitive verb without its infinitive', 'In defeat, the coach appeared tired.'],
    ['a passive participle', 'The second problem must be addressed by the council.'],
    ['"called" without a predicate (a phone call)', 'She called him on Monday.'],
    ['no inversion for verbs that do not report speech', '“The river rose,” shows the map.'],
    ['a particle makes another verb', 'The company backed off its earlier plan.'],
  ];
  for (const [name, text] of none) it(name, () => expect(extractClaims(text)).toEqual([]));
});

describe('speakers around parentheticals', () => {
  it('a bare noun after the verb is its object, not an inverted speaker', () => {
    const claims = extractClaims('Two airlines, including Skyway, declared bankruptcy.');
    expect(claims.map(c => c.speaker?.text)).toEqual(['Two airlines']);
  });

  it('a participle phrase between commas is skipped', () => {
    expect(extractClaims('The governor, speaking in Dayton, said the plant would stay open.')[0]?.speaker?.text).toBe('The governor');
  });

  it('an apposition with a relative clause stays part of the speaker', () => {
    expect(extractClaims('Ana Ruiz, a lawyer who represents the tenants, said the lease was void.')[0]?.speaker?.text)
      .toBe('Ana Ruiz, a lawyer who represents the tenants');
  });

  it('a prepositional phrase between commas is skipped', () => {
    expect(extractClaims('Ana Lima, in a statement released on Monday, said the port would stay open.')[0]?.speaker?.text).toBe('Ana Lima');
  });

  it('a parenthesis between dashes stays with the speaker', () => {
    expect(extractClaims('Many residents — including two council members — said the road was unsafe.')[0]?.speaker?.text)
      .toBe('Many residents — including two council members');
  });

  const timePhrases: Array<[string, string, string]> = [
    ['a time phrase with an article between the subject and its verb', 'The mayor on a Sunday praised the nurses.', 'The mayor'],
    ['"in the past" between a relative pronoun and its verb', 'Lee, who in the past has criticized the plan, resigned.', 'who'],
  ];
  for (const [name, text, speaker] of timePhrases) {
    it(name, () => expect(extractClaims(text)[0]?.speaker?.text).toBe(speaker));
  }

  it('a negated auxiliary between speaker and cue', () => {
    expect(extractClaims("The agency hasn't said when the road will reopen.")[0]?.speaker?.text).toBe('The agency');
  });
});

describe('colon lead-ins', () => {
  it('a speaker line ending in a colon introduces the next paragraph', () => {
    const text = 'The coach said:\n\nWe played hard and we will be back next year.';
    const [claim] = extractClaims(text);
    expect(claim?.speaker?.text).toBe('The coach');
    expect(claim?.content.text).toBe('We played hard and we will be back next year.');
    expect(claim?.kind).toBe('direct');
    expect(claim?.rule).toBe('verb-colon');
  });

  it('a headline with a verb before its colon is not a speaker', () => {
    expect(extractClaims('The Gap Goes On: Wages lag prices again.').filter(c => c.rule === 'colon-speaker')).toEqual([]);
  });

  it('a speaker noun the tagger takes for a verb ("Poll:") still heads a headline', () => {
    expect(extractClaims('Poll: Lee and Roe hold narrow leads in Ohio.')[0]).toMatchObject({ rule: 'colon-speaker', speaker: { text: 'Poll' } });
  });

  it('a name before a colon at the start of a paragraph is a speaker', () => {
    expect(extractClaims('Ana Lima: The Port Must Stay Public.')[0]).toMatchObject({ rule: 'colon-speaker', speaker: { text: 'Ana Lima' } });
  });

  const labels: Array<[string, string]> = [
    ['a tally of votes', 'The river ward voted first.\n\nOrtiz: 412.\n\nBell: 388.'],
    ['a credit line', 'The polls close at eight.\n\nContributing: Lena Park.'],
    ['a handle', 'The council meets again in May.\n\nTwitter: @cityhallnotes.'],
  ];
  for (const [name, text] of labels) {
    it(`a label with a few verbless words after its colon is no speaker: ${name}`, () => {
      expect(extractClaims(text).filter(c => c.rule === 'colon-speaker')).toEqual([]);
    });
  }

  it('a label with a short clause after its colon is still a speaker', () => {
    expect(extractClaims('Ortiz: We will win.')[0]).toMatchObject({ rule: 'colon-speaker', speaker: { text: 'Ortiz' } });
  });

  it('a colon line without a reporting verb introduces nothing', () => {
    expect(extractClaims('Footage of the flood:\n\nWater filled the streets.')).toEqual([]);
  });
});

describe('offsets', () => {
  it('every span indexes the original text', () => {
    const text = '\u201cIt is over,\u201d she said.\r\n\r\nThe mayor said that \u201cnothing\u201d changed.';
    for (const c of extractClaims(text)) {
      for (const span of [c.cue, c.content, ...(c.speaker ? [c.speaker] : [])]) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});

describe('determiners standing alone as speakers', () => {
  it('"Some have suggested" takes "Some" as the speaker', () => {
    const [claim] = extractClaims('Some have suggested that the ferry should run at night.');
    expect(claim?.speaker?.text).toBe('Some');
    expect(claim?.content.text).toBe('the ferry should run at night');
  });

  it('a quantifier after its noun phrase joins it ("Lee and Roe both stressed")', () => {
    const [claim] = extractClaims('Lee and Roe both stressed that the vote was close.');
    expect(claim?.speaker?.text).toBe('Lee and Roe both');
  });

  it('a quantifier after an auxiliary is not a speaker of its own ("are both seen")', () => {
    const claims = extractClaims('The towns are both believed to be safe.');
    expect(claims.every(c => c.speaker?.text !== 'The towns are both')).toBe(true);
  });
});

describe('participle clauses', () => {
  it('an opening participle clause takes the main clause\'s subject and stops at its comma', () => {
    const text = 'Conceding that the ferry was late, the captain promised a refund.';
    const claim = extractClaims(text).find(c => c.cue.text === 'Conceding');
    expect(claim?.speaker?.text).toBe('the captain');
    expect(claim?.content.text).toBe('the ferry was late');
  });
});

describe('a reporting participle right after a noun', () => {
  const cases: Case[] = [
    { name: 'a share of a poll reports what it says', text: 'Support grew, with 30 percent of voters saying they approve of the plan.',
      speaker: '30 percent of voters', cue: 'saying', content: ['they approve of the plan'] },
    { name: 'the content of an absolute "with" clause ends at its comma', text: 'Support grew, with 40 percent saying the plan is fair, up from 25 percent in May.',
      speaker: '40 percent', cue: 'saying', content: ['the plan is fair'] },
    { name: 'a message the participle post-modifies is its speaker', text: 'Police received calls saying a bridge had collapsed.',
      speaker: 'calls', cue: 'saying', content: ['a bridge had collapsed'] },
    { name: 'a message put out by a verb of sending reports for the sender', text: 'The council issued a statement saying the pool would reopen.',
      speaker: 'The council', cue: 'issued a statement saying', content: ['the pool would reopen'] },
    { name: 'a particle and a time word inside the sending cue', text: 'The firm put out a statement Friday saying the recall was over.',
      speaker: 'The firm', cue: 'put out a statement Friday saying', content: ['the recall was over'] },
    { name: 'an object that cannot speak leaves the participle to the subject', text: 'Lee opened the debate saying the city was broke.',
      speaker: 'Lee', cue: 'saying', content: ['the city was broke'] },
    { name: '"by saying" after a cue reports for that cue\'s speaker', text: 'The mayor responded to the letter by saying the pool would reopen.',
      speaker: 'The mayor', cue: 'responded to the letter by saying', content: ['the pool would reopen'] },
    { name: 'another gerund after "by" stays in the content of the cue before it', text: 'He explained his vote by citing the law.',
      speaker: 'He', cue: 'explained', content: ['his vote by citing the law'] },
    { name: 'an absolute clause in what a poll shows is part of the finding', text: 'The poll shows the mayor ahead, with 10 percent saying they are undecided.',
      speaker: 'The poll', cue: 'shows', content: ['the mayor ahead, with 10 percent saying they are undecided'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const claims = extractClaims(c.text);
      expect(claims).toHaveLength(1);
      expectClaim(claims[0], c);
    });
  }
  it('"saying" as a noun after an adjective is no cue', () => expect(extractClaims('It is an old saying in the valley.')).toEqual([]));
  it('an absolute clause after a comma ends the content before it and reports on its own', () => {
    const claims = extractClaims('Many voters shrugged off the choice, with three in 10 saying the pick would not matter.');
    expect(claims.map(c => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['Many voters', 'shrugged off', 'the choice'], ['three in 10', 'saying', 'the pick would not matter']]);
  });
  it('a sent message inside reported content is nested and not reported', () => {
    const claims = extractClaims('The mayor said the council issued a statement saying the pool would reopen.');
    expect(claims.map(c => c.cue.text)).toEqual(['said']);
  });
});
