/**
 * Where reported content ends at a verb phrase or a clause coordinated after a comma. One behaviour per test, on
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

describe('a clause coordinated after a comma', () => {
  it('with a pronoun fused with its auxiliary it ends the content', () => {
    expect(content("The mayor said the vote was close, but she's become more confident since then.")).toBe('the vote was close');
  });

  it('with a pronoun subject before a base-form verb it ends the content', () => {
    expect(content('The coach said the team was ready, but they play poorly in the rain.')).toBe('the team was ready');
  });

  it('with a demonstrative "that" before a finite verb it ends the content', () => {
    expect(content('The mayor mentioned the bridge, but that has changed since the flood.')).toBe('the bridge');
  });

  it('opened by the complementizer "that" it is a second complement of the cue', () => {
    expect(content('The mayor said the fee was fair, and that many residents agreed.')).toBe('the fee was fair, and that many residents agreed');
  });
});

