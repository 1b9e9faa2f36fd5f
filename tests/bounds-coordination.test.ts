/**
 * Where reported content ends at a verb phrase coordinated after a comma. One behaviour per test, on
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

/** Content text of the first claim. */
const content = (text: string) => extractClaims(text)[0]?.content.text;

describe('a verb phrase coordinated after a comma', () => {
  it('after a reported clause it stays in the content', () => {
    expect(content('The report says the dam is sound, and needs only minor repairs.')).toBe('the dam is sound, and needs only minor repairs');
  });

  it('after an object it is the subject\'s next action', () => {
    expect(content('The mayor denied the report, and went back to her notes.')).toBe('the report');
  });

  it('after "yet" it is the writer\'s contrast, even after a reported clause', () => {
    expect(content('The mayor said the council demands openness, yet refuses to release its own records.')).toBe('the council demands openness');
  });
});
