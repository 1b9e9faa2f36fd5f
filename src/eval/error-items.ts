/**
 * Sorting one document's mistakes by cause, each with what is needed to see and group it.
 */
import type { Claim, Span } from '../types.js';
import type { DocAlignment } from './align.js';
import { contextAround, spanListText } from './context.js';
import type { PreparedAttribution } from './prepare.js';
import { intersectionSize } from './tokens.js';
import type { GoldAttribution, KindSlice, PredictedAttribution, SpanList } from './types.js';

/**
 * Why an attribution was not right end-to-end. `missed-*` are gold attributions (a paired but wrong
 * prediction is listed once, there); `spurious` are predictions paired with no gold; `wrong-cue` pairs
 * are right end-to-end but fail end-to-end+cue.
 */
export type ErrorCause =
  | 'missed-no-prediction'
  | 'missed-content-boundary'
  | 'missed-wrong-source'
  | 'spurious'
  | 'wrong-cue';

/** The roles of one attribution, as text (pieces joined by ` … `) and as spans. */
export interface RoleTexts {
  content: string;
  source: string;
  cue: string;
  spans: { content: SpanList; source: SpanList; cue: SpanList };
}

/** The gold side of an example. */
export interface GoldSide extends RoleTexts {
  /** Index in the gold document's `attributions`. */
  index: number;
  kind: KindSlice;
}

/** The predicted side of an example. */
export interface PredictedSide extends RoleTexts {
  /** Index in the document's claims. */
  index: number;
  kind: KindSlice;
  rule?: string;
  cueLemma?: string;
  /** The resolved speaker name, when it differs from the mention. */
  speakerName?: string;
}

/** One mistake, ready to show. */
export interface ErrorExample {
  doc: string;
  cause: ErrorCause;
  /** The finer cause within the group, e.g. `too short`. */
  detail: string;
  /** The sentence(s) around it. */
  context: Span;
  gold?: GoldSide;
  predicted?: PredictedSide;
  /** Content token Jaccard, for pairs. */
  jaccard?: number;
}

/** A mistake with the values it is grouped by (`detail`, `kind`, `cue`, `rule`, ...). */
export interface ErrorItem {
  example: ErrorExample;
  keys: Record<string, string>;
}

type Gold = PreparedAttribution<GoldAttribution>;
type Pred = PreparedAttribution<PredictedAttribution>;

const NONE = '(none)';
const low = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim() || NONE;

function roles(text: string, a: { content: SpanList; source: SpanList; cue: SpanList }): RoleTexts {
  const spans = { content: a.content, source: a.source, cue: a.cue };
  return { content: spanListText(text, a.content), source: spanListText(text, a.source), cue: spanListText(text, a.cue), spans };
}

function goldSide(d: DocAlignment, g: Gold): GoldSide {
  return { index: g.index, kind: g.kind, ...roles(d.text, g.attribution) };
}

function predSide(d: DocAlignment, p: Pred, claims: readonly Claim[]): PredictedSide {
  const claim: Claim | undefined = claims[p.index];
  const name = claim?.speaker && claim.speaker.name !== claim.speaker.text ? claim.speaker.name : undefined;
  const kind = claim?.kind ?? p.attribution.kind ?? p.kind;
  return { index: p.index, kind, rule: claim?.rule ?? p.attribution.rule, cueLemma: claim?.cue.lemma, speakerName: name, ...roles(d.text, p.attribution) };
}

function example(d: DocAlignment, cause: ErrorCause, detail: string, g?: GoldSide, p?: PredictedSide, jaccard?: number): ErrorExample {
  const lists = [g?.spans.content, g?.spans.cue, p?.spans.content, p?.spans.cue].filter((x): x is SpanList => !!x);
  return { doc: d.id, cause, detail, context: contextAround(d.text, lists), gold: g, predicted: p, jaccard };
}

/** Why a paired content falls short of Jaccard 0.5. */
function boundaryDetail(p: Pred, g: Gold, shared: number): string {
  if (shared === p.content.size) return 'predicted content too short (inside gold)';
  if (shared === g.content.size) return 'predicted content too long (contains gold)';
  return 'predicted content shifted (partly overlapping)';
}

function sourceDetail(p: PredictedSide, g: GoldSide): string {
  if (!p.source) return 'no source predicted';
  if (!g.source) return 'gold has no source';
  return 'different source';
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
      const overlapped = d.pred.some((p) => intersectionSize(p.content, g.content) > 0);
      const detail = overlapped ? 'overlapping prediction paired with another gold' : 'nothing predicted here';
      items.push({ example: example(d, 'missed-no-prediction', detail, gs), keys: { detail, kind: g.kind, cue: low(gs.cue) } });
      return;
    }
    const ps = predSide(d, d.pred[i], claims);
    const rule = ps.rule ?? NONE;
    if (!judgement.partial) {
      const detail = boundaryDetail(d.pred[i], g, judgement.shared);
      const ex = example(d, 'missed-content-boundary', detail, gs, ps, judgement.jaccard);
      items.push({ example: ex, keys: { detail, kind: g.kind, rule } });
    } else if (!judgement.e2e) {
      const detail = sourceDetail(ps, gs);
      const ex = example(d, 'missed-wrong-source', detail, gs, ps, judgement.jaccard);
      items.push({ example: ex, keys: { detail, 'predicted → gold': `${low(ps.source)} → ${low(gs.source)}`, rule } });
    } else if (!judgement.e2eCue) {
      const ex = example(d, 'wrong-cue', 'cue does not overlap', gs, ps, judgement.jaccard);
      items.push({ example: ex, keys: { 'predicted → gold': `${low(ps.cue)} → ${low(gs.cue)}`, rule } });
    }
  });
  d.pred.forEach((p, i) => {
    if (d.predToGold[i] !== undefined) return;
    const ps = predSide(d, p, claims);
    const detail = spuriousDetail(d, p);
    const keys = { detail, rule: ps.rule ?? NONE, cue: ps.cueLemma ?? low(ps.cue), kind: p.kind };
    items.push({ example: example(d, 'spurious', detail, undefined, ps), keys });
  });
  return items;
}
