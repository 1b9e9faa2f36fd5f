/**
 * Where content begins and ends, and who the speaker is, in constructions that news copy uses often:
 * one behaviour per test, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

/** Speaker, cue and content text of each claim. */
const triples = (text: string) => extractClaims(text).map(c => [c.speaker?.text ?? null, c.cue.text, c.content.text]);

describe('sentence ends', () => {
  it("a quotation opened by two apostrophes starts a new sentence (''We …'')", () => {
    const text = "The mayor said the bridge was safe. ''We checked every bolt,'' she said.";
    expect(triples(text)).toEqual([
      ['The mayor', 'said', 'the bridge was safe'],
      ['she', 'said', "''We checked every bolt,''"],
    ]);
  });
});

describe('quotations in two apostrophes', () => {
  it("a quotation split by its cue resumes after ''", () => {
    const text = "''In the end,'' Dean Roe said, ''the court was fair.''";
    expect(extractClaims(text).map(c => c.content.spans.map(([s, e]) => text.slice(s, e)))).toEqual([
      ["''In the end,''", "''the court was fair.''"],
    ]);
  });
});

describe('sentence ends after a quotation', () => {
  it('a long clause after a closing quotation mark is a sentence of its own', () => {
    const text = 'The chef called the dish “a triumph.” She said the recipe came from her grandmother in Lyon.';
    expect(triples(text)).toEqual([
      ['The chef', 'called', 'the dish “a triumph.”'],
      ['She', 'said', 'the recipe came from her grandmother in Lyon'],
    ]);
  });

  it('a short reporting clause after a closing quotation mark stays in its sentence', () => {
    const text = '“Is the bridge open?” the driver asked.';
    expect(triples(text)).toEqual([['the driver', 'asked', '“Is the bridge open?”']]);
  });
});

describe('relative clauses', () => {
  it('a relative clause whose pronoun is the speaker ends at the main verb', () => {
    const text = 'Lena Park, who said the ferry was late again, argued that fares should fall.';
    expect(triples(text)).toEqual([
      ['who', 'said', 'the ferry was late again'],
      ['Lena Park', 'argued', 'fares should fall'],
    ]);
  });

  it('a relative clause whose pronoun is the speaker ends before an adverb and the main verb', () => {
    expect(triples('Lena Park, who denied the report, quietly left the meeting.')).toEqual([['who', 'denied', 'the report']]);
  });

  it('the object in a restrictive relative clause ends before the main verb', () => {
    expect(triples('Officials who criticized the deal left the room early.')).toEqual([['who', 'criticized', 'the deal']]);
  });

  it('the object in a restrictive relative clause ends before an auxiliary of the main verb', () => {
    expect(triples('The senator who criticized the deal has left the party.')).toEqual([['who', 'criticized', 'the deal']]);
  });

  it('a which-clause that ends the sentence is not part of the content', () => {
    expect(triples('The clerk said the vote was delayed, which angered the crowd.')).toEqual([['The clerk', 'said', 'the vote was delayed']]);
  });

  it('a which-clause followed by more of the sentence stays in the content', () => {
    expect(triples('The clerk said the ballots, which arrived late, were counted.')[0]?.[2]).toBe('the ballots, which arrived late, were counted');
  });

  it('a who-clause closed by a comma is parenthetical and the reported clause goes on', () => {
    expect(triples('The coach said Ana Ruiz, who trained for years, deserved the prize.')[0]?.[2])
      .toBe('Ana Ruiz, who trained for years, deserved the prize');
  });

  it('a relative clause about a person named last is not part of the content', () => {
    const text = 'The coach said the prize went to Ana Ruiz, who trained for years.';
    expect(triples(text)).toEqual([['The coach', 'said', 'the prize went to Ana Ruiz']]);
  });
});

describe('speakers', () => {
  it('a time phrase between a parenthesis and the cue is not the speaker', () => {
    expect(triples('Rep. Jane Roe (D-Ohio) last week said the tax was unfair.')[0]?.[0]).toBe('Rep. Jane Roe (D-Ohio');
  });

  it('a time phrase between an apposition and the cue is not the speaker', () => {
    expect(triples('Mayor Lee, who chairs the panel, on Friday said the road was closed.')).toEqual([
      ['Mayor Lee', 'said', 'the road was closed'],
    ]);
  });

  it('"long" between the auxiliary and the cue is not the speaker', () => {
    expect(triples('Farmers have long argued that the dam hurts the fish.')).toEqual([['Farmers', 'argued', 'the dam hurts the fish']]);
  });

  it('an age between commas is not the name', () => {
    expect(triples('Tom Fry, 58, who lives in Ames, says he voted twice.')[0]?.[0]).toBe('Tom Fry, 58');
  });

  it('an apposition opened by an adjective is part of the speaker', () => {
    expect(triples('Tomas Berg, former head of the rail authority, said fares would rise.')).toEqual([
      ['Tomas Berg, former head of the rail authority', 'said', 'fares would rise'],
    ]);
  });

  it('a connective phrase between commas ("by contrast") is not part of the speaker', () => {
    expect(triples('Ida Cole, by contrast, said the plan was sound.')).toEqual([['Ida Cole', 'said', 'the plan was sound']]);
  });

  it('a name is found two commas back when the phrase before the last comma does not open its clause', () => {
    expect(triples('Marta Vinn, a lawyer who represents the growers, which filed the suit, said the ruling was wrong.').find(t => t[1] === 'said')?.[0])
      .toBe('Marta Vinn, a lawyer who represents the growers, which filed the suit');
  });

  it('an adjective with its complement after the subject is part of it ("familiar with")', () => {
    expect(triples('A clerk familiar with the ledger said the fund was empty.')).toEqual([
      ['A clerk familiar with the ledger', 'said', 'the fund was empty'],
    ]);
  });

  it('a survey participle after the subject is part of it ("polled")', () => {
    expect(triples('Most bakers polled said rents were too high.')[0]?.[0]).toBe('Most bakers polled');
  });

  it('a proportion ("one in four") is a subject', () => {
    expect(triples('One in four said the ferry was late.')).toEqual([['One in four', 'said', 'the ferry was late']]);
  });

  it('"another" standing alone is a subject', () => {
    expect(triples('Another said the ferry was late.')).toEqual([['Another', 'said', 'the ferry was late']]);
  });

  it('a name before an apposition and a relative clause is part of the speaker', () => {
    expect(triples('Lena Ortiz, acting director of the water board, which runs the reservoir, said the dam would hold.')[0]?.[0])
      .toBe('Lena Ortiz, acting director of the water board, which runs the reservoir');
  });
});

describe('coordinated clauses', () => {
  it('", but" and a new clause end object content', () => {
    expect(triples('The reporter questioned the mayor about the budget, but the mayor was adamant.')[0]?.[2]).toBe('the mayor about the budget');
  });

  it('", and" and a new clause end infinitive content', () => {
    expect(triples('The city wants to open a shelter, and it will be ready by winter.')[0]?.[2]).toBe('to open a shelter');
  });

  it('", but" and a new clause with its own subject end a reported clause', () => {
    expect(triples('The mayor said the bridge was safe, but engineers found cracks in two beams.')).toEqual([
      ['The mayor', 'said', 'the bridge was safe'],
    ]);
  });

  it('", and that" continues the reported clause with a second complement', () => {
    expect(triples('The mayor said the bridge was safe, and that the repairs would end soon.')[0]?.[2])
      .toBe('the bridge was safe, and that the repairs would end soon');
  });

  it('"and" and a past tense verb after an object phrase end the content', () => {
    expect(triples('The senator denied the report and went back to her notes.')).toEqual([['The senator', 'denied', 'the report']]);
  });

  it('"and" and a finite auxiliary after an infinitive phrase end the content', () => {
    expect(triples('The governor promised to visit every school and has kept that promise.')[0]?.[2]).toBe('to visit every school');
  });

  it('"and" and a verb after a reported clause stay in the content', () => {
    expect(triples('The senator said the plan failed and was dropped.')[0]?.[2]).toBe('the plan failed and was dropped');
  });

  it('a plural noun after "and" that could be a verb in -s does not end an object phrase', () => {
    expect(triples('The senator praised the farmers and nurses.')[0]?.[2]).toBe('the farmers and nurses');
  });

  it('a list of objects joined by ", and" stays whole', () => {
    expect(triples('The senator praised the farmers, the nurses, and the teachers.')[0]?.[2]).toBe('the farmers, the nurses, and the teachers');
  });
});

describe('reporting clauses after their content', () => {
  it('a relative clause at the end of a sentence is not a reporting clause', () => {
    expect(triples('Shops must give a refund to any customer who asks.')).toEqual([]);
  });

  it('"than they remembered" reports nothing', () => {
    expect(triples('The old bridge looked smaller than they remembered.')).toEqual([]);
  });
});

describe('leading adverbial clauses', () => {
  it('a cue in a sentence-initial "After …," clause reports, and its content ends with the clause', () => {
    expect(triples('After the mayor claimed that the bridge was safe, engineers found cracks.')).toEqual([
      ['the mayor', 'claimed', 'the bridge was safe'],
    ]);
  });
});

describe('leading adverbial clauses after a few words', () => {
  it('"Only days after …," is a leading clause too', () => {
    expect(triples('Only days after the mayor claimed that the bridge was safe, engineers found cracks.')).toEqual([
      ['the mayor', 'claimed', 'the bridge was safe'],
    ]);
  });
});

describe('occasion phrases after an object', () => {
  it('an occasion ("at a rally in …") ends object content', () => {
    expect(triples('The governor praised the nurses at a rally in Dayton.')).toEqual([['The governor', 'praised', 'the nurses']]);
  });

  it('a medium ("in an interview with …") ends object content', () => {
    expect(triples('The senator defended the bill in an interview with a local radio station.')[0]?.[2]).toBe('the bill');
  });

  it('"during" and a time phrase that is no occasion stay in object content', () => {
    expect(triples('The senator pressed for a deal during the budget talks.')[0]?.[2]).toBe('a deal during the budget talks');
  });

  it('"during" and an occasion end object content', () => {
    expect(triples('The senator mentioned the plan during a debate in Ohio.')[0]?.[2]).toBe('the plan');
  });

  it('an occasion noun that modifies a later noun is no occasion ("on debate strategy")', () => {
    expect(triples('The aide questioned the governor on debate strategy.')[0]?.[2]).toBe('the governor on debate strategy');
  });

  it('an argument after the occasion keeps the content going ("on Twitter for …")', () => {
    expect(triples('The mayor thanked the firefighters on Twitter for their courage.')[0]?.[2]).toBe('the firefighters on Twitter for their courage');
  });
});

describe('infinitive content', () => {
  it('", after" and a clause end infinitive content', () => {
    expect(triples('The union vowed to reopen the plant, after the strike ended in May.')[0]?.[2]).toBe('to reopen the plant');
  });

  it('a participle clause after a comma ends infinitive content', () => {
    expect(triples('The mayor vowed to rebuild the bridge, citing its age.')[0]?.[2]).toBe('to rebuild the bridge');
  });
});

describe('the writer\'s account after a reported clause', () => {
  it('", after" and a clause end a reported clause', () => {
    expect(triples('The mayor said the bridge was safe, after engineers inspected it on Monday.')[0]?.[2]).toBe('the bridge was safe');
  });

  it('", compared with" ends a reported clause', () => {
    expect(triples('Most voters said the tax was fair, compared with a third in May.')[0]?.[2]).toBe('the tax was fair');
  });

  it('"after" without a comma stays in the reported clause', () => {
    expect(triples('The mayor said the bridge would reopen after the storm.')[0]?.[2]).toBe('the bridge would reopen after the storm');
  });
});

describe('apposition to a whole statement', () => {
  it('", a …" running to the sentence end is the writer\'s comment', () => {
    expect(triples('The council said the vote was delayed again, a sign of growing unease among members.')[0]?.[2]).toBe('the vote was delayed again');
  });

  it('a description of a name stays in the content', () => {
    expect(triples('The coach praised Ana Ruiz, the former captain of the team.')[0]?.[2]).toBe('Ana Ruiz, the former captain of the team');
  });

  it('an apposition followed by more of the sentence stays in the content', () => {
    expect(triples('The mayor said the bridge, the oldest in town, was safe.')[0]?.[2]).toBe('the bridge, the oldest in town, was safe');
  });
});

describe('prepositional participles', () => {
  it('", including …" extends an object and stays in the content', () => {
    expect(triples('The senator praised the new budget, including the money for schools.')[0]?.[2]).toBe('the new budget, including the money for schools');
  });

  it('another participle clause after a comma still ends object content', () => {
    expect(triples('The senator praised the new budget, calling it fair.')[0]?.[2]).toBe('the new budget');
  });
});

describe('a participle that modifies a noun phrase', () => {
  it('its object ends before the verb of the clause around it', () => {
    expect(triples('Voters backing the mayor turned out early.')[0]).toEqual(['Voters', 'backing', 'the mayor']);
  });

  it('the whole noun phrase is the speaker of the main verb', () => {
    expect(triples('Two senators criticizing the deal voted against it on Friday.')).toEqual([
      ['Two senators', 'criticizing', 'the deal'],
      ['Two senators criticizing the deal', 'voted against', 'it'],
    ]);
  });

  it('an auxiliary starts the main verb phrase', () => {
    expect(triples('Residents opposing the tower have said the city ignored them.')).toEqual([
      ['Residents', 'opposing', 'the tower'],
      ['Residents opposing the tower', 'said', 'the city ignored them'],
    ]);
  });

  it('its object ends at a comma before a clause with its own subject', () => {
    expect(triples('In a statement defending the mayor, the council said the vote was fair.')).toEqual([
      ['a statement', 'defending', 'the mayor'],
      ['the council', 'said', 'the vote was fair'],
    ]);
  });

  it('a clause after the comma may have a verb in -s', () => {
    expect(triples('Among voters backing the mayor, Ruiz leads by ten points.')[0]).toEqual(['voters', 'backing', 'the mayor']);
  });

  it('a relative clause in the object keeps its verb', () => {
    expect(triples('He met voters backing the mayor who has served two terms.')[0]?.[2]).toBe('the mayor who has served two terms');
  });

  it('a clause with a pronoun subject in the object keeps its verb', () => {
    expect(triples('He held a sign denouncing the claim they made about taxes.')[0]?.[2]).toBe('the claim they made about taxes');
  });

  it('a past participle in the object is no main verb', () => {
    expect(triples('A flyer portraying the mayor as focused on taxes circulated widely.')[0]?.[2]).toBe('the mayor as focused on taxes');
  });

  it('an infinitive in the object is no main verb', () => {
    expect(triples('A petition calling on him to be banned reached many signatures.')[0]?.[2]).toBe('him to be banned');
  });

  it('a progressive after a contracted verb is no modifier', () => {
    expect(triples('It’s denouncing what it calls a smear.')[0]?.[2]).toBe('what it calls a smear');
  });
});
