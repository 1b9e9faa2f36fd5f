/**
 * Quotations across paragraphs: a quotation left open at a paragraph's end continues into a next
 * paragraph that opens with a quotation mark (the multi-paragraph convention), unless that
 * paragraph's quotation closes before words of its own (a reporting clause, narration, a title).
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { splitParagraphs } from '../src/text/paragraphs.js';
import { findQuotes } from '../src/text/quotes.js';
import { expectClaim } from './claim-case.js';

/** The quotations of `text`, each as the texts of its pieces. */
function quotesOf(text: string): string[][] {
  return findQuotes(text, splitParagraphs(text)).quotes.map(q => q.pieces.map(p => p.text));
}

describe('a quotation left open at a paragraph end', () => {
  it('continues into a paragraph that is all quotation', () => {
    const text = 'The pilot said: “The wind turned at noon.\n\n“We had to land early.”';
    expect(quotesOf(text)).toEqual([['“The wind turned at noon.', '“We had to land early.”']]);
  });

  it('continues into a paragraph whose quotation stays open', () => {
    const text = 'The pilot said: “The wind turned at noon.\n\n“We had to land early.\n\n“Nobody was hurt.”';
    expect(quotesOf(text)).toEqual([['“The wind turned at noon.', '“We had to land early.', '“Nobody was hurt.”']]);
  });

  it('ends with its paragraph when the next paragraph\'s quotation has its own reporting clause', () => {
    const text = 'The pilot said: “The wind turned at noon.\n\n“We had to land early,” the co-pilot said.';
    expect(quotesOf(text)).toEqual([['“The wind turned at noon.'], ['“We had to land early,”']]);
  });

  it('ends with its paragraph when the next paragraph opens with a quoted title', () => {
    const text = 'The pilot said: “The wind turned at noon.\n\n“Blue Heron” is the name of the plane.';
    expect(quotesOf(text)).toEqual([['“The wind turned at noon.'], ['“Blue Heron”']]);
  });

  it('reports no unclosed quotation when the next paragraph opens a new one', () => {
    const text = 'The pilot said: “The wind turned at noon.\n\n“We had to land early,” the co-pilot said.';
    expect(findQuotes(text, splitParagraphs(text)).diagnostics).toEqual([]);
  });
});

describe('claims of two paragraphs, the first ending in an open quotation', () => {
  const text = '“The wind turned,” the pilot said. “We had to land early.\n\n“Nobody was hurt,” the pilot said. “The plane is fine.”';

  it('the open quotation stays with the claim of its own paragraph', () => {
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'the pilot', cue: 'said', content: ['“The wind turned,”', '“We had to land early.'] });
  });

  it('the next paragraph\'s claim starts in its own paragraph', () => {
    expectClaim(extractClaims(text)[1], { name: '', text, speaker: 'the pilot', cue: 'said', content: ['“Nobody was hurt,”', '“The plane is fine.”'] });
  });
});

describe('an opening mark typed where a closing one belongs', () => {
  it('closes the quotation when glued to the end of a word', () => {
    expect(quotesOf('The council ordered an “urgent audit“ of the pumps.')).toEqual([['“urgent audit“']]);
  });

  it('closes the quotation when glued to its comma', () => {
    const text = '“Not this year,“ the mayor said. “Maybe next.”';
    expect(quotesOf(text)).toEqual([['“Not this year,“'], ['“Maybe next.”']]);
  });

  it('still opens a quotation after a space', () => {
    expect(quotesOf('She called it “a mess” and “a waste.”')).toEqual([['“a mess”'], ['“a waste.”']]);
  });

  it('gives the claim its speaker after the reporting clause', () => {
    const text = '“Not this year,“ the mayor said.';
    expectClaim(extractClaims(text)[0], { name: '', text, speaker: 'the mayor', cue: 'said', content: ['“Not this year,“'] });
  });
});
