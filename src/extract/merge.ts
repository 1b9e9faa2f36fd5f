/**
 * The last extraction step: one list in text order, without duplicates. When two claims' contents
 * overlap, the one whose cue lies inside the other's content is a nested attribution and goes.
 */
import type { DraftClaim } from '../document.js';

const overlaps = (a: DraftClaim, b: DraftClaim) => a.content.start < b.content.end && b.content.start < a.content.end;
const cueInside = (inner: DraftClaim, outer: DraftClaim) =>
  outer.content.spans.some(([s, e]) => inner.cue.start >= s && inner.cue.end <= e);

/** Sorts claims by content start and drops nested and duplicate ones. */
export function mergeClaims(drafts: DraftClaim[]): DraftClaim[] {
  const kept = drafts.filter(d => !drafts.some(o => o !== d && overlaps(o, d) && cueInside(d, o) && !cueInside(o, d)));
  const seen = new Set<string>();
  return kept
    .filter(d => { const k = `${d.content.start}:${d.content.end}`; if (seen.has(k)) return false; seen.add(k); return true; })
    .sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start);
}
