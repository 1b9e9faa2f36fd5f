/**
 * Where reported content ends before an apposition or a relative clause. One behaviour per
 * test, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

/** Content text of the first claim. */
const content = (text: string) => extractClaims(text)[0]?.content.text;

describe('an apposition after a name that ends the sentence', () => {
  it('a description holding a relative clause is not part of the content', () => {
    expect(content('The coach said the prize went to Ana Ruiz, a runner who trained for years.')).toBe('the prize went to Ana Ruiz');
  });

  it('a description holding an -ing participle is not part of the content', () => {
    expect(content('The clerk said the grant went to Tom Hale, a lawyer representing the farmers.')).toBe('the grant went to Tom Hale');
  });

  it('a bare description stays in the content', () => {
    expect(content('The coach said the prize went to Ana Ruiz, the former mayor.')).toBe('the prize went to Ana Ruiz, the former mayor');
  });
});

describe('a relative clause inside an object', () => {
  it('a who-clause closed by a comma is parenthetical and the object goes on', () => {
    expect(content('The mayor thanked Ana Ruiz, who led the drive, and her two sons.')).toBe('Ana Ruiz, who led the drive, and her two sons');
  });

  it('a which-clause after an object ends it', () => {
    expect(content('The mayor praised the plan, which passed on Friday, as a victory.')).toBe('the plan');
  });
});

describe('a noun phrase after a dash', () => {
  it('one that runs to the sentence end is not part of a reported clause', () => {
    expect(content('The mayor said the fee was fair — a claim that angered the shop owners.')).toBe('the fee was fair');
  });

  it('one closed by a second dash is an aside inside the content', () => {
    expect(content('The mayor said the fee — a tax on every shop — was fair.')).toBe('the fee — a tax on every shop — was fair');
  });
});
