/** Reactions received (noun-from): "X drew criticism from Y" has Y as source and X as content. Sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const received = (text: string) => extractClaims(text).filter(c => c.rule === 'noun-from');

describe('reactions received from a source', () => {
  it('the "from" phrase is the speaker and the receiving subject the content', () => {
    const [c] = received('The harbor tax has drawn sharp criticism from dock workers.');
    expect(c).toMatchObject({ speaker: { text: 'dock workers' }, cue: { text: 'drawn sharp criticism' } });
    expect(c?.content.text).toBe('The harbor tax');
  });

  it('a won endorsement reports the endorser about the one endorsed', () => {
    const [c] = received('Mayor Ida Holm won the endorsement from the teachers union on Monday.');
    expect(c?.speaker?.text).toBe('the teachers union');
    expect(c?.content.text).toBe('Mayor Ida Holm');
  });

  it('a that-clause after the source is the content, not the receiver', () => {
    const [c] = received('The mayor has faced criticism from council members that the budget hides debt.');
    expect(c?.speaker?.text).toBe('council members');
    expect(c?.content.text).toBe('the budget hides debt');
  });

  it('a message received is no reaction ("an email from")', () => {
    expect(received('The clerk received an email from the governor.')).toEqual([]);
  });

  it('without a receiving verb the noun reports nothing here', () => {
    expect(received('Support from farmers grew over the summer.')).toEqual([]);
  });
});
