/**
 * Tallying alignments into raw counts, overall and per kind, before any ratio is taken.
 */
import type { DocAlignment } from './align.js';
import type { PairJudgement } from './judge.js';

/** Raw counts for one slice. */
export interface Counts {
  gold: number;
  pred: number;
  paired: number;
  exact: number;
  partial: number;
  /** Σ shared content tokens over pairs, and Σ content tokens over all gold / predictions. */
  softInter: number;
  goldTok: number;
  predTok: number;
  srcN: number;
  srcOverlap: number;
  srcExact: number;
  srcHead: number;
  cueN: number;
  cueOverlap: number;
  cueExact: number;
  e2e: number;
  e2eCue: number;
  kindN: number;
  kindOk: number;
}

/** All zeros. */
export function newCounts(): Counts {
  return {
    gold: 0, pred: 0, paired: 0, exact: 0, partial: 0, softInter: 0, goldTok: 0, predTok: 0,
    srcN: 0, srcOverlap: 0, srcExact: 0, srcHead: 0, cueN: 0, cueOverlap: 0, cueExact: 0,
    e2e: 0, e2eCue: 0, kindN: 0, kindOk: 0,
  };
}

/** Counts overall (`all`) and by kind name. */
export type CountsBySlice = Map<string, Counts>;

function addTo(slices: CountsBySlice, kind: string, f: (c: Counts) => void): void {
  for (const key of ['all', kind]) {
    let c = slices.get(key);
    if (!c) slices.set(key, (c = newCounts()));
    f(c);
  }
}

function addPair(c: Counts, j: PairJudgement, predKind: string | undefined, goldKind: string): void {
  c.paired++;
  c.softInter += j.shared;
  if (j.exact) c.exact++;
  if (j.partial) c.partial++;
  if (j.source) {
    c.srcN++;
    if (j.source.overlap) c.srcOverlap++;
    if (j.source.exact) c.srcExact++;
    if (j.sourceHead) c.srcHead++;
  }
  if (j.cue) {
    c.cueN++;
    if (j.cue.overlap) c.cueOverlap++;
    if (j.cue.exact) c.cueExact++;
  }
  if (j.e2e) c.e2e++;
  if (j.e2eCue) c.e2eCue++;
  if (predKind) {
    c.kindN++;
    if (predKind === goldKind) c.kindOk++;
  }
}

/**
 * Adds one document: non-optional gold by gold kind; predictions by the kind of their gold pair, or of
 * their own content when unpaired; predictions paired with optional gold are not counted at all.
 */
export function tallyDoc(slices: CountsBySlice, d: DocAlignment): void {
  for (const g of d.gold) {
    if (!g.optional) addTo(slices, g.kind, (c) => { c.gold++; c.goldTok += g.content.size; });
  }
  d.pred.forEach((p, i) => {
    const j = d.predToGold[i];
    if (j !== undefined && d.gold[j].optional) return;
    const kind = j !== undefined ? d.gold[j].kind : p.kind;
    addTo(slices, kind, (c) => { c.pred++; c.predTok += p.content.size; });
  });
  d.gold.forEach((g, j) => {
    const judgement = d.judgements[j];
    const i = d.goldToPred[j];
    if (!judgement || i === undefined) return;
    addTo(slices, g.kind, (c) => addPair(c, judgement, d.pred[i].attribution.kind, g.kind));
  });
}
