/**
 * Claims in the scorer's prediction format, so that a prediction file written by `claims eval
 * --predictions` and scored by `node score.mjs GOLD PRED` gives the figures `claims eval` prints.
 */
import type { Claim } from '../types.js';
import type { PredictedAttribution, PredictionDoc } from './types.js';

/** One claim as a scorer attribution: content pieces, speaker mention (not its antecedent), cue. */
export function claimToAttribution(claim: Claim): PredictedAttribution {
  return {
    content: claim.content.spans.map(([s, e]): [number, number] => [s, e]),
    source: claim.speaker ? [[claim.speaker.start, claim.speaker.end]] : [],
    cue: [[claim.cue.start, claim.cue.end]],
    kind: claim.kind,
    rule: claim.rule,
  };
}

/** One prediction document (a line of a prediction file), in claim order. */
export function toPredictionDoc(id: string, text: string, claims: readonly Claim[]): PredictionDoc {
  return { id, text, attributions: claims.map(claimToAttribution) };
}
