/** The text of the `--by-stance` view's cells and legend, shared by the table and markdown formats. */
import { MARKS, markOf, type Mark } from './marks.js';
import { STANCES } from './speaker-rows.js';
import type { StanceRow, StanceTarget } from './types.js';

/** How a format writes a mark's symbol (markdown escapes `~`, the table colours). */
export type Symbolize = (mark: Mark) => string;

const plain: Symbolize = (mark) => mark.symbol;

/** The non-zero stance counts, in stance order: `asserts 3`, `✗ denies 1`. */
export function stanceCounts(row: StanceRow, symbol: Symbolize = plain): string[] {
  return STANCES.filter((stance) => row.stances[stance] > 0).map((stance) =>
    stance === 'asserts' ? `${stance} ${row.stances[stance]}` : `${symbol(markOf(stance))} ${stance} ${row.stances[stance]}`,
  );
}

/** One target: `✗ the Russian Defense Ministry (1)`. */
export function targetText(target: StanceTarget, symbol: Symbolize = plain): string {
  return `${symbol(markOf(target.stance))} ${target.name} (${target.claims})`;
}

/** The marks of the stances used by any row (for the legend). */
export function stanceRowMarks(rows: readonly StanceRow[]): Mark[] {
  const used = new Set<string>(rows.flatMap((row) => STANCES.filter((stance) => row.stances[stance] > 0)));
  return MARKS.filter((mark) => used.has(mark.key));
}
