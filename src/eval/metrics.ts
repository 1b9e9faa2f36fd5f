/**
 * From counts to the published metrics (ratios in [0, 1]), computed exactly as the scorer does so
 * that the figures agree to the last bit.
 */
import type { Counts } from './counts.js';
import type { Metrics, Prf } from './types.js';

/** Precision, recall and F1; 0 (not NaN) when a denominator is 0. */
export function prf(tp: number, nPred: number, nGold: number): Prf {
  const p = nPred ? tp / nPred : 0;
  const r = nGold ? tp / nGold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** `hits / n`, or `null` when there was nothing to judge. */
export function rate(hits: number, n: number): number | null {
  return n ? hits / n : null;
}

/** Token-level soft content P/R/F1. */
function soft(c: Counts): Prf {
  const p = c.predTok ? c.softInter / c.predTok : 0;
  const r = c.goldTok ? c.softInter / c.goldTok : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Every metric of one slice, in the scorer's key order. */
export function summarize(c: Counts): Metrics {
  return {
    n_gold: c.gold,
    n_pred: c.pred,
    n_paired: c.paired,
    content_exact: prf(c.exact, c.pred, c.gold),
    content_partial: prf(c.partial, c.pred, c.gold),
    content_soft: soft(c),
    source_overlap_acc: rate(c.srcOverlap, c.srcN),
    source_exact_acc: rate(c.srcExact, c.srcN),
    source_head_acc: rate(c.srcHead, c.srcN),
    cue_overlap_acc: rate(c.cueOverlap, c.cueN),
    cue_exact_acc: rate(c.cueExact, c.cueN),
    e2e: prf(c.e2e, c.pred, c.gold),
    e2e_cue: prf(c.e2eCue, c.pred, c.gold),
    kind_acc: rate(c.kindOk, c.kindN),
  };
}
