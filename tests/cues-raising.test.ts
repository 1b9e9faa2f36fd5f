/**
 * Raising verbs with "like" as sourceless hedges, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

describe('"seem like"', () => {
  it('is a hedge with no source over the clause around it', () => {
    const text = 'The new schedule seemed like a good compromise.';
    const claim = extractClaims(text)[0];
    expect(claim?.speaker).toBeNull();
    expect(claim?.cue.text).toBe('seemed like');
    expect(claim?.content.spans.map(([s, e]) => text.slice(s, e))).toEqual(['The new schedule', 'a good compromise']);
  });
});
