/**
 * "be expected to" before a verb that is rarely a cue: the writer's hedge, with no source. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

describe('"is expected to" before a verb that seldom reports', () => {
  it('is a sourceless hedge over the subject and the infinitive', () => {
    const claim = extractClaims('The ferry is expected to deliver supplies on Monday.')[0];
    expect(claim?.speaker).toBeNull();
    expect(claim?.cue.text).toBe('is expected to');
    expect(claim?.rule).toBe('hedge-passive');
  });
  it('leaves a reporting verb after it to be the cue', () => {
    const claim = extractClaims('The mayor is expected to announce her plan on Monday.')[0];
    expect(claim?.cue.text).toBe('announce');
    expect(claim?.speaker?.text).toBe('The mayor');
  });
});
