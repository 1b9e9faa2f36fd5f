/**
 * What an error example shows: both sides' roles as text and spans, and the sentence around them.
 */
import type { Claim, Span } from '../types.js';
import type { DocAlignment } from './align.js';
import { contextAround, spanListText } from './context.js';
import type { PreparedAttribution } from './prepare.js';
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

/** A role's text lower-cased with spaces folded, for grouping; `(none)` when absent. */
export const groupKey = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim() || '(none)';

/** The roles of an attribution as text. */
function roles(text: string, a: { content: SpanList; source: SpanList; cue: SpanList }): RoleTexts {
  const spans = { content: a.content, source: a.source, cue: a.cue };
  return { content: spanListText(text, a.content), source: spanListText(text, a.source), cue: spanListText(text, a.cue), spans };
}

/** The gold side of an example. */
export function goldSide(d: DocAlignment, g: PreparedAttribution<GoldAttribution>): GoldSide {
  return { index: g.index, kind: g.kind, ...roles(d.text, g.attribution) };
}

/** The predicted side of an example; rule, cue lemma and speaker name come from the claim. */
export function predSide(d: DocAlignment, p: PreparedAttribution<PredictedAttribution>, claims: readonly Claim[]): PredictedSide {
  const claim: Claim | undefined = claims[p.index];
  const name = claim?.speaker && claim.speaker.name !== claim.speaker.text ? claim.speaker.name : undefined;
  const kind = claim?.kind ?? p.attribution.kind ?? p.kind;
  return { index: p.index, kind, rule: claim?.rule ?? p.attribution.rule, cueLemma: claim?.cue.lemma, speakerName: name, ...roles(d.text, p.attribution) };
}

/** An example of `cause`, with the sentence(s) around both sides' content and cue. */
export function example(d: DocAlignment, cause: ErrorCause, detail: string, g?: GoldSide, p?: PredictedSide, jaccard?: number): ErrorExample {
  const lists = [g?.spans.content, g?.spans.cue, p?.spans.content, p?.spans.cue].filter((x): x is SpanList => !!x);
  return { doc: d.id, cause, detail, context: contextAround(d.text, lists), gold: g, predicted: p, jaccard };
}

