/**
 * The evaluation vocabulary: gold and prediction documents in the scorer's JSON Lines format
 * (`../shared/eval/README.md`), and the scores computed from them.
 *
 * Offsets follow the project rule (see `src/types.ts`): 0-based, end-exclusive UTF-16 indices into the
 * gold document's text. Every role is a list of `[start, end]` pairs; an empty list means absent.
 */
import type { ClaimKind } from '../types.js';

/** One piece of text as a `[start, end]` pair, end exclusive. */
export type SpanPair = [number, number];

/** A role (content, source, cue) as a list of pieces; empty means absent. */
export type SpanList = SpanPair[];

/** A role that a gold corpus did not annotate; it is left out of the role accuracies. */
export type UnannotatedRole = 'source' | 'cue';

/** One human-annotated attribution. */
export interface GoldAttribution {
  /** Who is credited; empty when the text names nobody (passives, "it is believed"). */
  source: SpanList;
  /** The reporting words; a colon lead-in is a token-less `":"` span. */
  cue: SpanList;
  /** What was attributed, possibly in several pieces. */
  content: SpanList;
  /** Direct (all content quoted), mixed, or indirect (none quoted). */
  kind: ClaimKind;
  /** Borderline: a prediction paired with it is neither right nor wrong; missing it costs nothing. */
  optional?: boolean;
  /** What a pronoun source refers to; a predicted source overlapping it counts as overlapping. */
  antecedent?: SpanList;
  /** Free annotation fields the scorer ignores. */
  stance?: string;
  note?: string;
}

/** One annotated document (a line of a gold file). */
export interface GoldDoc {
  /** Unique id; prediction documents are matched to gold by it. */
  id: string;
  /** The whole document text; offsets index it. */
  text: string;
  /** Every attribution the document makes (only the outermost of nested ones). */
  attributions: GoldAttribution[];
  /** Roles this corpus did not annotate. */
  unannotated?: UnannotatedRole[];
}

/** One predicted attribution in the scorer's format. */
export interface PredictedAttribution {
  content: SpanList;
  source: SpanList;
  cue: SpanList;
  /** Predicted kind; scored as `kind_acc` when present. */
  kind?: ClaimKind;
  /** Id of the extraction rule (ignored by the scorer, kept for error analysis). */
  rule?: string;
}

/** The predictions for one document (a line of a prediction file). */
export interface PredictionDoc {
  id: string;
  /** Optional copy of the text; a text that differs from the gold text is reported in the notes. */
  text?: string;
  attributions: PredictedAttribution[];
}

/** Precision, recall and F1, each in [0, 1]. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** All metrics for one slice (overall, or one kind), exactly as `score.mjs --json` names them. */
export interface Metrics {
  n_gold: number;
  n_pred: number;
  n_paired: number;
  content_exact: Prf;
  content_partial: Prf;
  content_soft: Prf;
  /** Accuracies over paired attributions; `null` when nothing was paired. */
  source_overlap_acc: number | null;
  source_exact_acc: number | null;
  source_head_acc: number | null;
  cue_overlap_acc: number | null;
  cue_exact_acc: number | null;
  /** End-to-end: content partial and source overlap. The headline figure. */
  e2e: Prf;
  /** End-to-end and the cue overlaps too. */
  e2e_cue: Prf;
  kind_acc: number | null;
}

/** Things the scorer noticed in the input, counted rather than thrown. */
export interface ScoreNotes {
  predNotInGold: number;
  goldMissingInPred: number;
  textDiffers: number;
  badSpans: number;
  goldNoContent: number;
  predNoContent: number;
}

/** A kind slice of the scores; `unknown` is for content without tokens (never counted in practice). */
export type KindSlice = ClaimKind | 'unknown';

/** The slices in output order. */
export const KIND_SLICES: readonly KindSlice[] = ['direct', 'mixed', 'indirect', 'unknown'];

/** The scores, identical in shape and value to `node score.mjs GOLD PRED --json`. */
export interface ScoreResult {
  notes: ScoreNotes;
  overall: Metrics;
  /** Only slices with at least one gold or predicted attribution. */
  by_kind: Partial<Record<KindSlice, Metrics>>;
}
