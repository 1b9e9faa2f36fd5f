/**
 * Sentence splits after abbreviations: compromise ends a sentence at "then-Sen.", "“Gov.", "No." or
 * "vs." when the word is glued to punctuation or missing from its list; the splitter joins the two
 * halves again, as it does after a name ending in "!" ("Jeb! was"). One behaviour per case, on
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { analyzeText } from '../src/pipeline.js';
import { expectClaim } from './claim-case.js';

const sentencesOf = (text: string): string[] => analyzeText(text).sentences.map(s => s.text);

describe('a sentence goes on after an abbreviation', () => {
  const cases: [string, string][] = [
    ['a title after a hyphen, before a name', 'The deal was struck with then-Sen. Ada Lund in the spring.'],
    ['a title after an opening quotation mark', '“Gov. Hale will veto the bill,” the aide said.'],
    ['a title after a parenthesis', 'The bill passed (Rep. Otto Crane voted no) on Friday.'],
    ['a title missing from compromise\'s list', 'The visit by Pres. Okafor was cut short.'],
    ['"No." before a number', 'She is now the No. 3 official at the agency.'],
    ['"vs." before a lower-case word', 'The fight is rent vs. wages, the union says.'],
    ['a state abbreviation before a lower-case word', 'Sen. Mia Holt, D-Nev. and two others signed it.'],
  ];
  for (const [name, text] of cases) it(name, () => expect(sentencesOf(text)).toEqual([text]));
});

describe('a sentence goes on after a name ending in "!" or "?"', () => {
  it('a lower-case word after "!" continues the sentence', () => {
    const text = 'The show Party Time! aired twice last week.';
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('a capitalized word after "!" starts a new one', () => {
    expect(sentencesOf('We won! The count is final.')).toEqual(['We won!', 'The count is final.']);
  });
});

describe('a sentence still ends after an abbreviation that can end it', () => {
  it('a state abbreviation before a capitalized word', () => {
    expect(sentencesOf('The bill came from Sen. Mia Holt, D-Nev. Nobody objected.')).toEqual(['The bill came from Sen. Mia Holt, D-Nev.', 'Nobody objected.']);
  });

  it('"No." as an answer before a capitalized word', () => {
    expect(sentencesOf('Did he pay? No. He never did.')).toEqual(['Did he pay?', 'No.', 'He never did.']);
  });
});

describe('sentences joined after an abbreviation keep the text\'s offsets', () => {
  it('each sentence is the text between its offsets, and they tile the paragraph', () => {
    const text = 'We met then-Sen. Ada Lund. “Gov. Hale left,” she said.';
    const { sentences } = analyzeText(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map(s => s.text).join(' ')).toBe(text);
  });
});

describe('a claim keeps its speaker after a title glued to a hyphen', () => {
  it('the speaker is the titled name', () => {
    const text = 'Then-Sen. Ada Lund said the budget was balanced.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'Then-Sen. Ada Lund', cue: 'said', content: ['the budget was balanced'] });
  });
});

describe('a sentence ends after a dotted abbreviation before a new subject', () => {
  it('a pronoun after "U.S." opens a new sentence', () => {
    expect(sentencesOf('The family moved to the U.S. They settled in Ohio.')).toEqual(['The family moved to the U.S.', 'They settled in Ohio.']);
  });

  it('a name after "U.S." goes on with the sentence', () => {
    const text = 'The U.S. Senate voted on the bill.';
    expect(sentencesOf(text)).toEqual([text]);
  });
});
