/**
 * A gerund or to-infinitive cue inside a clause that opens the sentence ("While denouncing …,", "In
 * an effort to clarify …,") reports for the subject of the main clause after it, and its content
 * stops before that clause. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWithCue } from './claim-case.js';

describe('a cue in an opening adjunct clause', () => {
  it('takes the main clause subject after a subordinator and a gerund', () => {
    const text = 'While denouncing the new tax, the senator praised the budget.';
    const claim = claimWithCue(text, 'denouncing');
    expect(claim?.speaker?.text).toBe('the senator');
    expect(claim?.content.spans.map(([s, e]) => text.slice(s, e))).toEqual(['the new tax']);
  });
  it('takes the main clause subject for a to-infinitive', () => {
    const text = 'In an effort to clarify her remarks, the mayor released a statement.';
    expect(claimWithCue(text, 'clarify')?.speaker?.text).toBe('the mayor');
  });
});
