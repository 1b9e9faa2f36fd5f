/**
 * Attitude adjectives as cues (rule family `adjective-*`): the subject of a copula holds the attitude,
 * the complement is the content. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const pieces = (text: string) => extractClaims(text).map(c => ({
  speaker: c.speaker?.text ?? null, cue: c.cue.text, content: c.content.spans.map(([s, e]) => text.slice(s, e)), rule: c.rule,
}));

describe('attitude adjectives', () => {
  it('a that-clause after "is confident" is the subject\'s content', () => {
    expect(pieces('The harbor master is confident that the ferries will run on time.')).toEqual([
      { speaker: 'The harbor master', cue: 'is confident', content: ['that the ferries will run on time'], rule: 'adjective-that' },
    ]);
  });

  it('a to-infinitive after "was eager" is the content', () => {
    expect(pieces('The union was eager to settle the dispute.')).toEqual([
      { speaker: 'The union', cue: 'was eager', content: ['to settle the dispute'], rule: 'adjective-to' },
    ]);
  });

  it('the object of "critical of" is the content, and adverbs stay in the cue', () => {
    expect(pieces('Several farmers were also sharply critical of the water plan.')).toEqual([
      { speaker: 'Several farmers', cue: 'were also sharply critical of', content: ['the water plan'], rule: 'adjective-prep' },
    ]);
  });

  it('a copular verb other than "be" links the adjective too', () => {
    expect(pieces('The neighbors remained skeptical of the new parking rules.')[0]).toMatchObject({ speaker: 'The neighbors', cue: 'remained skeptical of' });
  });

  it('an object ends at the next comma', () => {
    expect(pieces('The growers are wary of the tariff, but they will plant anyway.')[0]?.content).toEqual(['the tariff']);
  });

  it('an attributive adjective reports nothing', () => {
    expect(extractClaims('A confident smile crossed the captain\'s face.')).toEqual([]);
  });

  it('an adjective without a complement reports nothing', () => {
    expect(extractClaims('The coach is confident.')).toEqual([]);
  });
});
