/**
 * Matching of word patterns ("according to", "as * put it") against a list of lower-case words.
 * A `*` in a pattern stands for one to `MAX_SLOT_WORDS` words (the speaker).
 */

/** Most words a `*` slot may cover: "as the former state senator put it" has four. */
export const MAX_SLOT_WORDS = 4;

/** A pattern matched at `start`: words `[start, end)`, and the slot's words when the pattern has one. */
export interface PatternMatch {
  /** Index of the first matched word. */
  readonly start: number;
  /** Index one past the last matched word. */
  readonly end: number;
  /** Word indices `[start, end)` covered by the `*` slot, when the pattern has one. */
  readonly slot?: readonly [number, number];
}

/** Matches pattern words (split on spaces) against `words` at `start`; shortest slot first. */
export function matchPattern(pattern: readonly string[], words: readonly string[], start: number): PatternMatch | undefined {
  const go = (pi: number, wi: number, slot?: readonly [number, number]): PatternMatch | undefined => {
    if (pi === pattern.length) return slot ? { start, end: wi, slot } : { start, end: wi };
    if (wi >= words.length) return undefined;
    if (pattern[pi] === '*') {
      for (let k = 1; k <= MAX_SLOT_WORDS && wi + k <= words.length; k++) {
        const m = go(pi + 1, wi + k, [wi, wi + k]);
        if (m) return m;
      }
      return undefined;
    }
    return words[wi] === pattern[pi] ? go(pi + 1, wi + 1, slot) : undefined;
  };
  return go(0, start);
}
