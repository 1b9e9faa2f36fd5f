/**
 * "even though", "even if", "even as" after a comma open the writer's concession, which ends the
 * reported clause as "although" does, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

const contentOf = (text: string, cue: string) => claimWithCue(text, cue)?.content.text;

describe('a concession with "even" after reported content', () => {
  it('ends the content at ", even though"', () => {
    expect(contentOf('The mayor said the new bus line works well, even though its costs have doubled.', 'said')).toBe('the new bus line works well');
  });
  it('ends the content at ", even as"', () => {
    expect(contentOf('Lina Ortiz insisted the school is safe, even as parents kept their children home.', 'insisted')).toBe('the school is safe');
  });
  it('does not end the content at "even" before another word', () => {
    expect(contentOf('The coach said the team played well, even better than last year.', 'said')).toBe('the team played well, even better than last year');
  });
});
