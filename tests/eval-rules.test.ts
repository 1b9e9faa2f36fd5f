import { describe, expect, it } from 'vitest';
import { PARTIAL_JACCARD, quotedMask, scoreDocs, tokenize } from '../src/eval/index.js';
import { goldDoc, pred } from '../fixtures/eval/helpers.js';
import { RULE_CASES } from '../fixtures/eval/rule-cases.js';

describe('scoring rules (one invented document per rule)', () => {
  it.each(RULE_CASES)('$name', (c) => {
    const gold = [goldDoc('case', c.text, c.gold, c.unannotated ? { unannotated: c.unannotated } : {})];
    const predictions = [{ id: 'case', attributions: c.pred.map((a) => pred(c.text, a)) }];
    expect(scoreDocs(gold, predictions)).toMatchObject(c.expect);
  });

  it('uses a Jaccard threshold of 0.5', () => {
    expect(PARTIAL_JACCARD).toBe(0.5);
  });
});

describe('tokenize', () => {
  it.each([
    ['Hello, world!', ['Hello', 'world']],
    ['Jaish al-Nasr’s 30 rebels', ['Jaish', 'al', 'Nasr', 's', '30', 'rebels']],
    ['café naïve', ['café', 'naïve']],
    ['— : “ ”', []],
  ])('%s', (text, words) => {
    expect(tokenize(text).map(([s, e]) => text.slice(s, e))).toEqual(words);
  });
});

describe('quotedMask', () => {
  const marked = (text: string): string => {
    const mask = quotedMask(text);
    return [...text].map((ch, i) => (mask[i] ? ch : '_')).join('');
  };
  it.each([
    ['curly pair', 'a “b c” d', '__“b c”__'],
    ['straight pair', 'a "b" c', '__"b"__'],
    ['unclosed quote runs to the paragraph end', 'a “b c\nd', '__“b c__'],
    ['closer continuing a quote from the last paragraph', 'x\nb c” d', '__b c”__'],
    ['a reopened quote closes the open one', '“a b “c d”', '“a b “c d”'],
    ['single quotes, not apostrophes', 'it’s ‘odd’ now', '_____‘odd’____'],
  ])('%s', (_name, text, expected) => {
    expect(marked(text)).toBe(expected);
  });
});
