/**
 * A closing quotation mark alone before "while", "even" and the like ends a quotation inside the
 * reported clause, not the clause, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

const contentOf = (text: string, cue: string) => claimWithCue(text, cue)?.content.text;

describe('a concessive or subordinator right after a closing quotation mark', () => {
  it('does not end a reported clause at "while"', () => {
    expect(contentOf('The senator said her rival was “a total fraud” while the governor was “a bystander.”', 'said'))
      .toBe('her rival was “a total fraud” while the governor was “a bystander.”');
  });
  it('still ends it at ", while"', () => {
    expect(contentOf('The senator said her rival was “a total fraud,” while the governor stayed silent.', 'said'))
      .toBe('her rival was “a total fraud,”');
  });
  it('does not end an object at "even"', () => {
    expect(contentOf('The coach praised the players for their “grit” even in defeat.', 'praised'))
      .toBe('the players for their “grit” even in defeat');
  });
});
