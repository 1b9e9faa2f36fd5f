/**
 * Where reported content ends at an adverbial clause with its own subject after an object or an
 * infinitive phrase ("opposed the plan as he …", "refused to comment when …"). One behaviour per
 * test, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

/** Content text of the first claim. */
const content = (text: string) => extractClaims(text)[0]?.content.text;

describe('an adverbial clause after an object or an infinitive phrase', () => {
  it('"when" with a subject of its own ends an infinitive phrase', () => {
    expect(content('The mayor refused to discuss the budget when reporters pressed her on Monday.')).toBe('to discuss the budget');
  });

  it('"as" with a pronoun subject ends an object', () => {
    expect(content('The senator opposed the tariff as he prepared his own bill.')).toBe('the tariff');
  });

  it('"as" before a noun phrase is part of the content ("described it as …")', () => {
    expect(content('The mayor described the tariff as a burden that farmers cannot bear.')).toBe('the tariff as a burden that farmers cannot bear');
  });

  it('the second "as" of a comparison is part of the content', () => {
    expect(content('The mayor wants to spend as much on parks as they spent on roads.')).toBe('to spend as much on parks as they spent on roads');
  });

  it('a reported clause goes on past it', () => {
    expect(content('The mayor said the fee would rise when the council met.')).toBe('the fee would rise when the council met');
  });
});

describe('an adverbial clause after the object of a participle', () => {
  it('"as" with a pronoun subject ends the object of a participle modifying a noun', () => {
    expect(extractClaims('He held a sign denouncing the bill as it was passing.')[0]?.content.text).toBe('the bill');
  });
});
