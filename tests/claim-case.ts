/**
 * A claim expected of a sentence, as the extraction test tables write it, and the check that a
 * claim is it. Shared by tests/extract.test.ts and tests/quotes.test.ts; {@link claimWithCue} by
 * the speaker tests.
 */
import { expect } from 'vitest';
import { extractClaims } from '../src/index.js';
import type { Claim } from '../src/types.js';

/** The first claim of `text` whose cue contains `cue`, or undefined. */
export const claimWithCue = (text: string, cue: string): Claim | undefined => extractClaims(text).find(c => c.cue.text.includes(cue));

export interface ClaimCase {
  name: string;
  text: string;
  speaker: string | null;
  cue: string;
  /** The content's pieces, as text. */
  content: string[];
  kind?: Claim['kind'];
  rule?: string;
}

/** Expects `claim` to have the case's speaker, cue and content pieces (and kind and rule, when given). */
export function expectClaim(claim: Claim | undefined, c: ClaimCase): void {
  expect(claim).toBeDefined();
  expect(claim!.speaker?.text ?? null).toBe(c.speaker);
  expect(claim!.cue.text).toBe(c.cue);
  expect(claim!.content.spans.map(([s, e]) => c.text.slice(s, e))).toEqual(c.content);
  if (c.kind) expect(claim!.kind).toBe(c.kind);
  if (c.rule) expect(claim!.rule).toBe(c.rule);
}
