/**
 * Stage 5: framing. Adds to each claim how it is framed: the cue's stance, the writer's hedge, a
 * writer's dispute, and whether it is a non-claim ("declined to comment").
 */
import type { AnalyzedText, DraftClaim, FramedClaim } from '../document.js';
import { isNonClaim } from './non-claim.js';
import { stanceOf } from './stance.js';
import { isDisputedByWriter, vagueSourceHedge } from './writer.js';

/** The claims with their framing. */
export function frameClaims(analysis: AnalyzedText, drafts: DraftClaim[]): FramedClaim[] {
  return drafts.map(d => {
    const framed: FramedClaim = { ...d, stance: d.stance ?? stanceOf(d.cue.lemma) };
    const hedge = d.hedge ?? vagueSourceHedge(analysis.text, d);
    if (hedge) framed.hedge = hedge;
    if (isDisputedByWriter(analysis, d)) framed.disputedByWriter = true;
    if (isNonClaim(analysis, d)) framed.nonClaim = true;
    return framed;
  });
}
