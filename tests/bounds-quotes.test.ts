/**
 * Quotations that a reporting clause splits in one sentence: where the second piece of the content
 * is found. One behaviour per test, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

/** Each claim's content pieces, as text. */
const pieces = (text: string) => extractClaims(text).map(c => c.content.spans.map(([s, e]) => text.slice(s, e)));

describe('a quotation resumed after the reporting clause in its sentence', () => {
  it('resumes after an inverted speaker with an apposition', () => {
    const text = '"The bridge is safe," said Ana Ruiz, director of public works for the county, "but the road needs repair."';
    expect(pieces(text)).toEqual([['"The bridge is safe,"', '"but the road needs repair."']]);
  });

  it('resumes after a time phrase that follows the cue', () => {
    const text = '“The bridge is safe,” one county engineer said late last week, “but the road needs repair.”';
    expect(pieces(text)).toEqual([['“The bridge is safe,”', '“but the road needs repair.”']]);
  });

  it('does not take a quotation that another cue in between introduces', () => {
    const text = '“The bridge is safe,” Ana Ruiz said, while the mayor warned, “The road is not.”';
    expect(pieces(text)[0]).toEqual(['“The bridge is safe,”']);
  });

  it('does not take a quotation that follows without a comma before it', () => {
    const text = '“The bridge is safe,” Ana Ruiz said of the report called “Spans and Roads.”';
    expect(pieces(text)[0]).toEqual(['“The bridge is safe,”']);
  });
});

describe('a quotation resumed after the reporting clause and a conjunction or a missed sentence end', () => {
  it('resumes after ", but"', () => {
    const text = '"I like Tom," she said, but "his record on taxes is weak."';
    expect(pieces(text)).toEqual([['"I like Tom,"', '"his record on taxes is weak."']]);
  });

  it('resumes after a period the sentence splitter keeps inside the sentence ("in the ad.")', () => {
    const text = '“This is serious,” Vance said in the ad. “I challenge you to a debate.”';
    expect(pieces(text)).toEqual([['“This is serious,”', '“I challenge you to a debate.”']]);
  });
});
