/**
 * Sorting one document's mistakes by cause, each with the values it is grouped by.
 */
import type { Claim } from '../types.js';
import type { DocAlignment } from './align.js';
import { cueGroup } from './cue-lemma.js';
import { example, goldSide, groupKey as low, predSide, type ErrorExample } from './error-example.js';
import type { PreparedAttribution } from './prepare.js';
import { coveredChars, hasSpans, intersectionSize } from './tokens.js';
import type { GoldAttribution, PredictedAttribution } from './types.js';

/** A mistake with the values it is grouped by (`detail`, `kind`, `cue`, `rule`, ...). */
export interface ErrorItem {
  example: ErrorExample;
  keys: Record<string, string>;
}

type Gold = PreparedAttribution<GoldAttribution>;
type Pred = PreparedAttribution<PredictedAttribution>;

const NONE = '(none)';

/** Why a paired content falls short of Jaccard 0.5. */
function boundaryDetail(p: Pred, g: Gold, shared: number): string {
  if (shared === p.content.size) return 'predicted content too short (inside gold)';
  if (shared === g.content.size) return 'predicted content too long (contains gold)';
  return 'predicted content shifted (partly overlapping)';
}

/** Why a source does not overlap. */
function sourceDetail(p: Pred, g: Gold): string {
  if (!hasSpans(p.attribution.source)) return 'no source predicted';
  if (!hasSpans(g.attribution.source)) return 'gold has no source';
  if (p.source.size && intersectionSize(p.source, g.content) === p.source.size) return 'predicted source is inside the gold content';
  if (g.source.size && intersectionSize(g.source, p.content) === g.source.size) return 'gold source is inside the predicted content';
  return 'different source';
}

/** Whether two cues overlap (by tokens, or by characters when one has no token). */
function cuesOverlap(d: DocAlignment, p: Pred, g: Gold): boolean {
  if (p.cue.size && g.cue.size) return intersectionSize(p.cue, g.cue) > 0;
  return intersectionSize(coveredChars(d.text, p.attribution.cue), coveredChars(d.text, g.attribution.cue)) > 0;
}

/** Why an unpaired prediction has no gold. */
function spuriousDetail(d: DocAlignment, p: Pred): string {
  if (p.cue.size && d.gold.some((g) => intersectionSize(p.cue, g.content) === p.cue.size)) {
    return 'cue inside a gold content (nested attribution, not annotated)';
  }
  if (d.gold.some((g) => intersectionSize(p.content, g.content) > 0)) return 'overlaps a gold paired with another prediction';
  return 'no gold content overlaps';
}

/** Every mistake in one document, gold ones first, in document order. */
export function errorItems(d: DocAlignment, claims: readonly Claim[]): ErrorItem[] {
  const items: ErrorItem[] = [];
  d.gold.forEach((g, j) => {
    if (g.optional) return;
    const gs = goldSide(d, g);
    const i = d.goldToPred[j];
    const judgement = d.judgements[j];
    if (i === undefined || !judgement) {
      const overlapping = d.pred.find((p) => intersectionSize(p.content, g.content) > 0);
      const sameCue = d.pred.find((p) => cuesOverlap(d, p, g));
      const near = overlapping ?? sameCue;
      const detail = overlapping ? 'overlapping prediction paired with another gold' : sameCue ? 'cue found, content elsewhere' : 'nothing predicted here';
      const cue = cueGroup(gs.cue);
      const ex = example(d, 'missed-no-prediction', detail, gs, near && predSide(d, near, claims));
      const keys = { detail, kind: g.kind, 'cue lemma': cue.lemma, 'cue verb': cue.knownVerb ? 'in the lexicon' : 'not a lexicon verb' };
      items.push({ example: ex, keys });
      return;
    }
    const ps = predSide(d, d.pred[i], claims);
    const rule = ps.rule ?? NONE;
    if (!judgement.partial) {
      const detail = boundaryDetail(d.pred[i], g, judgement.shared);
      const ex = example(d, 'missed-content-boundary', detail, gs, ps, judgement.jaccard);
      items.push({ example: ex, keys: { detail, kind: g.kind, rule } });
    } else if (!judgement.e2e) {
      const detail = sourceDetail(d.pred[i], g);
      const ex = example(d, 'missed-wrong-source', detail, gs, ps, judgement.jaccard);
      items.push({ example: ex, keys: { detail, rule, 'predicted → gold source': `${low(ps.source)} → ${low(gs.source)}` } });
    } else if (!judgement.e2eCue) {
      const ex = example(d, 'wrong-cue', 'cue does not overlap', gs, ps, judgement.jaccard);
      const pair = `${ps.cueLemma ?? cueGroup(ps.cue).lemma} → ${cueGroup(gs.cue).lemma}`;
      items.push({ example: ex, keys: { 'predicted → gold cue lemma': pair, rule } });
    }
  });
  d.pred.forEach((p, i) => {
    if (d.predToGold[i] !== undefined) return;
    const ps = predSide(d, p, claims);
    const detail = spuriousDetail(d, p);
    const keys = { detail, rule: ps.rule ?? NONE, 'cue lemma': ps.cueLemma ?? cueGroup(ps.cue).lemma, kind: p.kind };
    items.push({ example: example(d, 'spurious', detail, undefined, ps), keys });
  });
  return items;
}
