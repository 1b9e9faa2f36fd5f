/**
 * The last extraction step: one list in text order, without duplicates. When two claims' contents
 * overlap, the one whose cue lies inside the other's content is a nested attribution and goes.
 */
import type { DraftClaim } from '../document.js';

const overlaps = (a: DraftClaim, b: DraftClaim) => a.content.start < b.content.end && b.content.start < a.content.end;
const cueInside = (inner: DraftClaim, outer: DraftClaim) =>
  outer.content.spans.some(([s, e]) => inner.cue.start >= s && inner.cue.end <= e);

/**
 * Whether another claim's content holds `d`'s cue (and not the other way round). Only claims whose
 * content starts at or before the cue can hold it: `byStart` is sorted by content start and
 * `reach[k]` is the furthest content end among `byStart[0..k]`, so the walk back stops as soon as no
 * earlier claim reaches the cue (linear in practice, where comparing every pair was quadratic in the
 * length of a long document).
 */
function isNested(d: DraftClaim, byStart: DraftClaim[], reach: number[]): boolean {
  let hi = byStart.length;
  for (let lo = 0; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid]!.content.start <= d.cue.start) lo = mid + 1; else hi = mid;
  }
  for (let k = hi - 1; k >= 0 && reach[k]! >= d.cue.end; k--) {
    const o = byStart[k]!;
    if (o !== d && overlaps(o, d) && cueInside(d, o) && !cueInside(o, d)) return true;
  }
  return false;
}

/**
 * Whether `d` is a sourceless hedge whose adverb stands right before the cue of a claim with a source
 * inside its content ("Roe reportedly argued that …"): the adverb hedges that claim, which PolNeAR
 * annotates with its source and the cue "reportedly argued", so the hedge yields to it.
 */
function hedgesSourcedClaim(d: DraftClaim, drafts: DraftClaim[]): boolean {
  if (d.speaker || !d.rule.startsWith('hedge-')) return false;
  return drafts.some(o => o !== d && o.speaker !== null && cueInside(o, d) && o.cue.start >= d.cue.end && o.cue.start - d.cue.end <= 1);
}

/** Sorts claims by content start and drops nested and duplicate ones (and hedges of a sourced claim). */
export function mergeClaims(all: DraftClaim[]): DraftClaim[] {
  const drafts = all.filter(d => !hedgesSourcedClaim(d, all));
  const byStart = [...drafts].sort((a, b) => a.content.start - b.content.start);
  const reach: number[] = [];
  byStart.forEach((o, k) => reach.push(Math.max(o.content.end, k > 0 ? reach[k - 1]! : 0)));
  const kept = drafts.filter(d => !isNested(d, byStart, reach));
  const seen = new Set<string>();
  return kept
    .filter(d => { const k = `${d.content.start}:${d.content.end}`; if (seen.has(k)) return false; seen.add(k); return true; })
    .sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start);
}
