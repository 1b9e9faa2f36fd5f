/**
 * Aligning predictions with gold, document by document: prepare, pair, judge. Scores, error analysis
 * and calibration records are all read off the alignments.
 */
import { judgePair, type PairJudgement } from './judge.js';
import { pairByContent } from './match.js';
import { countBadSpans, prepareAttribution, prepareText, type PreparedAttribution, type PreparedText } from './prepare.js';
import type { GoldAttribution, GoldDoc, PredictedAttribution, PredictionDoc, ScoreNotes } from './types.js';

/** One gold document aligned with its predictions. */
export interface DocAlignment extends PreparedText {
  id: string;
  /** Gold attributions that have content tokens (others cannot be matched; see the notes). */
  gold: Array<PreparedAttribution<GoldAttribution>>;
  /** Predicted attributions that have content tokens. */
  pred: Array<PreparedAttribution<PredictedAttribution>>;
  /** For each entry of `pred`, the index in `gold` of its pair. */
  predToGold: Array<number | undefined>;
  /** For each entry of `gold`, the index in `pred` of its pair. */
  goldToPred: Array<number | undefined>;
  /** For each entry of `gold`, the judgement of its pair; absent when unpaired or optional. */
  judgements: Array<PairJudgement | undefined>;
}

/** All documents aligned, with what was noticed on the way. */
export interface Alignment {
  notes: ScoreNotes;
  docs: DocAlignment[];
}

/** All notes at zero. */
export function emptyNotes(): ScoreNotes {
  return { predNotInGold: 0, goldMissingInPred: 0, textDiffers: 0, badSpans: 0, goldNoContent: 0, predNoContent: 0 };
}

/** Aligns one gold document with its predictions (none when `p` is undefined), adding to `notes`. */
export function alignDoc(g: GoldDoc, p: PredictionDoc | undefined, notes: ScoreNotes): DocAlignment {
  const doc = prepareText(g.text);
  if (!p) notes.goldMissingInPred++;
  if (p && typeof p.text === 'string' && p.text !== g.text) notes.textDiffers++;
  const gold = (g.attributions ?? []).map((a, i) => {
    notes.badSpans += countBadSpans(g.text, a);
    return prepareAttribution(doc, a, i, true);
  });
  const pred = (p?.attributions ?? []).map((a, i) => {
    notes.badSpans += countBadSpans(g.text, a);
    return prepareAttribution(doc, a, i, false);
  });
  const keptGold = gold.filter((x) => x.content.size > 0);
  const keptPred = pred.filter((x) => x.content.size > 0);
  notes.goldNoContent += gold.length - keptGold.length;
  notes.predNoContent += pred.length - keptPred.length;
  const { predToGold, goldToPred } = pairByContent(keptPred, keptGold);
  const unannotated = new Set(g.unannotated ?? []);
  const judgements = keptGold.map((gg, j) => {
    const i = goldToPred[j];
    return i === undefined || gg.optional ? undefined : judgePair(doc, keptPred[i], gg, unannotated);
  });
  return { ...doc, id: g.id, gold: keptGold, pred: keptPred, predToGold, goldToPred, judgements };
}

/** Aligns every gold document with the prediction document of the same id. */
export function alignDocs(goldDocs: readonly GoldDoc[], predDocs: readonly PredictionDoc[]): Alignment {
  const notes = emptyNotes();
  const predById = new Map<string, PredictionDoc>();
  for (const d of predDocs) predById.set(d.id, d);
  const goldIds = new Set(goldDocs.map((d) => d.id));
  for (const d of predDocs) if (!goldIds.has(d.id)) notes.predNotInGold++;
  return { notes, docs: goldDocs.map((g) => alignDoc(g, predById.get(g.id), notes)) };
}
