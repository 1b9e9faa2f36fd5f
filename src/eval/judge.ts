/**
 * Judging one predicted–gold pair: content exact / partial, source and cue agreement, end-to-end.
 */
import type { PreparedAttribution, PreparedText } from './prepare.js';
import { jaccard } from './match.js';
import { coveredChars, hasSpans, intersectionSize, lastIndex, setsEqual } from './tokens.js';
import type { GoldAttribution, PredictedAttribution, UnannotatedRole } from './types.js';

/** Content Jaccard at or above which a pair counts as a partial (boundary-tolerant) match. */
export const PARTIAL_JACCARD = 0.5;

/** How a source or cue of a pair agrees. */
export interface RoleMatch {
  /** At least one shared token (or, for token-less spans, non-space character); both absent counts. */
  overlap: boolean;
  /** Identical token (or character) sets. */
  exact: boolean;
}

/** Everything the scorer decides about one pair. */
export interface PairJudgement {
  /** Shared content tokens. */
  shared: number;
  jaccard: number;
  /** Same content tokens. */
  exact: boolean;
  /** Jaccard >= {@link PARTIAL_JACCARD}. */
  partial: boolean;
  /** Absent when the gold corpus did not annotate sources. */
  source?: RoleMatch;
  /** Lenient source: exact, or the same last token (case-insensitive). */
  sourceHead?: boolean;
  /** Absent when the gold corpus did not annotate cues. */
  cue?: RoleMatch;
  /** Content partial and source overlap. */
  e2e: boolean;
  /** End-to-end and cue overlap. */
  e2eCue: boolean;
}

type Pred = PreparedAttribution<PredictedAttribution>;
type Gold = PreparedAttribution<GoldAttribution>;

/** Compares one role; a pronoun source also overlaps when it hits the gold antecedent. */
function compareRole(doc: PreparedText, pred: Pred, gold: Gold, role: UnannotatedRole): RoleMatch {
  const gHas = hasSpans(gold.attribution[role]);
  const pHas = hasSpans(pred.attribution[role]);
  if (!gHas && !pHas) return { overlap: true, exact: true };
  if (gHas !== pHas) return { overlap: false, exact: false };
  if (!pred[role].size || !gold[role].size) {
    const pc = coveredChars(doc.text, pred.attribution[role]);
    const gc = coveredChars(doc.text, gold.attribution[role]);
    return { overlap: intersectionSize(pc, gc) > 0, exact: setsEqual(pc, gc) };
  }
  const antecedentHits = role === 'source' ? intersectionSize(pred.source, gold.antecedent) : 0;
  return { overlap: intersectionSize(pred[role], gold[role]) + antecedentHits > 0, exact: setsEqual(pred[role], gold[role]) };
}

/** Whether the last source tokens are the same word. */
function sameHead(doc: PreparedText, pred: Pred, gold: Gold): boolean {
  const g = lastIndex(gold.source);
  const p = lastIndex(pred.source);
  return g !== undefined && doc.words[g] === (p === undefined ? undefined : doc.words[p]);
}

/** Judges a paired prediction against its gold. */
export function judgePair(doc: PreparedText, pred: Pred, gold: Gold, unannotated: ReadonlySet<UnannotatedRole>): PairJudgement {
  const shared = intersectionSize(pred.content, gold.content);
  const jac = jaccard(pred.content, gold.content, shared);
  const partial = jac >= PARTIAL_JACCARD;
  const source = unannotated.has('source') ? undefined : compareRole(doc, pred, gold, 'source');
  const cue = unannotated.has('cue') ? undefined : compareRole(doc, pred, gold, 'cue');
  const e2e = partial && (!source || source.overlap);
  return {
    shared,
    jaccard: jac,
    exact: setsEqual(pred.content, gold.content),
    partial,
    source,
    sourceHead: source && (source.exact || sameHead(doc, pred, gold)),
    cue,
    e2e,
    e2eCue: e2e && (!cue || cue.overlap),
  };
}
