/**
 * Non-claims: "declined to comment", "did not respond to a request for comment", "could not be
 * reached". They report that nothing was said; the lexicon (`nonClaims`) lists the phrases.
 */
import type { AnalyzedText, DraftClaim } from '../document.js';
import { matchNonClaim } from '../lexicon/index.js';

/** How many words before the cue a non-claim phrase may start ("did not respond", "could not be reached"). */
const LOOK_BACK = 3;

/** Whether the claim's cue is part of a non-claim phrase. */
export function isNonClaim(analysis: AnalyzedText, claim: DraftClaim): boolean {
  const sentence = analysis.sentences[claim.sentence];
  if (!sentence) return false;
  const words = sentence.tokens.map(t => t.lower);
  const cueIndex = sentence.tokens.findIndex(t => t.start >= claim.cue.start);
  if (cueIndex < 0) return false;
  for (let k = Math.max(0, cueIndex - LOOK_BACK); k <= cueIndex; k++) {
    const m = matchNonClaim(words, k);
    if (m && m.end > cueIndex) return true;
  }
  return false;
}
