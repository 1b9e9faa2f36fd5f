/**
 * Tokens as the scorer counts them: maximal runs of Unicode letters, marks and digits. A span list
 * covers a token when it overlaps it by at least one character.
 */
import type { SpanList } from './types.js';

/** A token's `[start, end]` in the text. */
export type TokenSpan = readonly [number, number];

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/** The tokens of `text`, in order. */
export function tokenize(text: string): TokenSpan[] {
  const tokens: TokenSpan[] = [];
  for (const m of text.matchAll(TOKEN)) tokens.push([m.index, m.index + m[0].length]);
  return tokens;
}

/** Index of the first token that ends after `offset` (binary search over sorted tokens). */
function firstTokenEndingAfter(tokens: readonly TokenSpan[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid][1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices of the tokens that `spans` overlap; empty and reversed pieces cover nothing. */
export function coveredTokens(tokens: readonly TokenSpan[], spans: SpanList | undefined): Set<number> {
  const out = new Set<number>();
  for (const [start, end] of spans ?? []) {
    if (!(end > start)) continue;
    for (let i = firstTokenEndingAfter(tokens, start); i < tokens.length && tokens[i][0] < end; i++) out.add(i);
  }
  return out;
}

/** Offsets of the non-space characters `spans` cover: how token-less spans (a ":" cue) are compared. */
export function coveredChars(text: string, spans: SpanList): Set<number> {
  const out = new Set<number>();
  for (const [start, end] of spans) for (let k = start; k < end; k++) if (/\S/.test(text[k])) out.add(k);
  return out;
}

/** Number of members `a` and `b` share. */
export function intersectionSize(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const v of small) if (large.has(v)) n++;
  return n;
}

/** Whether `a` and `b` have the same members. */
export function setsEqual(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return a.size === b.size && intersectionSize(a, b) === a.size;
}

/** Whether a role is present: at least one non-empty piece. */
export function hasSpans(spans: SpanList | undefined): boolean {
  return Array.isArray(spans) && spans.some(([start, end]) => end > start);
}

/** The largest member, or `undefined` for an empty set. */
export function lastIndex(set: ReadonlySet<number>): number | undefined {
  let max = -1;
  for (const v of set) if (v > max) max = v;
  return max < 0 ? undefined : max;
}
