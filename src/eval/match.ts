/**
 * One-to-one pairing of predicted and gold attributions by shared content tokens.
 */
import { intersectionSize } from './tokens.js';

/** A pairing: for each side, the index of its partner on the other side, if any. */
export interface Pairing {
  predToGold: Array<number | undefined>;
  goldToPred: Array<number | undefined>;
}

/** Token Jaccard of two sets sharing `shared` members. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>, shared = intersectionSize(a, b)): number {
  return shared / (a.size + b.size - shared);
}

/**
 * Pairs greedily by decreasing shared content tokens (ties: higher Jaccard, then document order of the
 * prediction, then of the gold); pairs sharing no token are never made.
 */
export function pairByContent(pred: ReadonlyArray<{ content: Set<number> }>, gold: ReadonlyArray<{ content: Set<number> }>): Pairing {
  const candidates: Array<[shared: number, jac: number, i: number, j: number]> = [];
  for (let i = 0; i < pred.length; i++) {
    for (let j = 0; j < gold.length; j++) {
      const shared = intersectionSize(pred[i].content, gold[j].content);
      if (shared > 0) candidates.push([shared, jaccard(pred[i].content, gold[j].content, shared), i, j]);
    }
  }
  candidates.sort((x, y) => y[0] - x[0] || y[1] - x[1] || x[2] - y[2] || x[3] - y[3]);
  const predToGold: Array<number | undefined> = new Array(pred.length).fill(undefined);
  const goldToPred: Array<number | undefined> = new Array(gold.length).fill(undefined);
  for (const [, , i, j] of candidates) {
    if (predToGold[i] === undefined && goldToPred[j] === undefined) {
      predToGold[i] = j;
      goldToPred[j] = i;
    }
  }
  return { predToGold, goldToPred };
}
