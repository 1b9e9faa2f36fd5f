/** Turning the pieces an extractor found into a {@link DraftClaim}, with its kind. */
import type { DraftClaim } from '../document.js';
import type { ClaimKind, Cue, Span } from '../types.js';
import { spanOf } from '../text/span.js';
import type { Region } from './content.js';
import type { SentenceContext } from './context.js';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Direct when every word of the content lies inside quotation marks, indirect when none does, mixed
 * otherwise (the same rule as the reference scorer).
 */
export function kindOf(text: string, quoted: Uint8Array, pieces: Region[]): ClaimKind {
  let inside = 0;
  let outside = 0;
  for (const p of pieces) {
    for (const m of text.slice(p.start, p.end).matchAll(WORD)) {
      const at = p.start + m.index!;
      let all = true;
      for (let k = at; k < at + m[0].length; k++) if (!quoted[k]) { all = false; break; }
      if (all) inside++; else outside++;
    }
  }
  return outside === 0 && inside > 0 ? 'direct' : inside === 0 ? 'indirect' : 'mixed';
}

/** `r` without the part `o` covers: none, one or two regions. Content never includes its own speaker or cue. */
function subtract(r: Region, o: { start: number; end: number }): Region[] {
  if (o.end <= r.start || o.start >= r.end) return [r];
  return [{ start: r.start, end: o.start }, { start: o.end, end: r.end }].filter(x => x.end > x.start);
}

export interface ClaimParts {
  speaker: Span | null;
  cue: Cue;
  pieces: Region[];
  rule: string;
  /** Overrides the quotation-mark rule (a block quote after "X said:" is direct without marks). */
  kind?: ClaimKind;
}

/**
 * A claim from its parts; pieces are sorted and merged where they touch. `undefined` when no piece
 * holds a word.
 */
export function makeClaim(ctx: Pick<SentenceContext, 'text' | 'quoted' | 'sentence'>, parts: ClaimParts): DraftClaim | undefined {
  const own = [parts.cue, ...(parts.speaker ? [parts.speaker] : [])];
  const sorted = parts.pieces
    .flatMap(p => own.reduce<Region[]>((acc, o) => acc.flatMap(r => subtract(r, o)), [p]))
    .filter(p => WORD_CHAR.test(ctx.text.slice(p.start, p.end)))
    .sort((a, b) => a.start - b.start);
  if (sorted.length === 0) return undefined;
  const merged: Region[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && p.start <= last.end) last.end = Math.max(last.end, p.end);
    else merged.push({ ...p });
  }
  const start = merged[0]!.start;
  const end = merged[merged.length - 1]!.end;
  return {
    speaker: parts.speaker,
    cue: parts.cue,
    content: { ...spanOf(ctx.text, start, end), spans: merged.map(p => [p.start, p.end] as [number, number]) },
    kind: parts.kind ?? kindOf(ctx.text, ctx.quoted, merged),
    sentence: ctx.sentence.index,
    rule: parts.rule,
  };
}
