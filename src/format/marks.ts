/**
 * The marks the table and markdown formats put before a claim's cue to show how it is framed: one
 * symbol per stance (none for a plain `asserts`), then one for a writer's hedge, a writer's dispute and
 * a non-claim. A legend under each table names the marks it uses. Data only; colour is the table's.
 */
import type { Claim, Stance } from '../types.js';

/** What a mark stands for: a stance other than `asserts`, or a flag of the claim. */
export type MarkKey = Exclude<Stance, 'asserts'> | 'hedge' | 'disputedByWriter' | 'nonClaim';

/** One mark: its symbol and its legend label. */
export interface Mark {
  key: MarkKey;
  symbol: string;
  label: string;
}

/** Every mark, in the order they are shown in a cell and in the legend. */
export const MARKS: readonly Mark[] = [
  { key: 'denies', symbol: '✗', label: 'denies' },
  { key: 'claims', symbol: '~', label: 'claims' },
  { key: 'concedes', symbol: '±', label: 'concedes' },
  { key: 'asks', symbol: '?', label: 'asks' },
  { key: 'believes', symbol: '…', label: 'believes' },
  { key: 'reports', symbol: '↳', label: 'reports' },
  { key: 'hedge', symbol: '⚠', label: 'hedged by the writer' },
  { key: 'disputedByWriter', symbol: '‼', label: 'disputed by the writer' },
  { key: 'nonClaim', symbol: '∅', label: 'not a claim' },
];

const BY_KEY = new Map(MARKS.map((mark) => [mark.key, mark]));

/** The mark of `key`. */
export function markOf(key: MarkKey): Mark {
  return BY_KEY.get(key)!;
}

/** The marks of one claim, in {@link MARKS} order; none for a plain assertion. */
export function claimMarks(claim: Pick<Claim, 'stance' | 'hedge' | 'disputedByWriter' | 'nonClaim'>): Mark[] {
  const keys = new Set<MarkKey>();
  if (claim.stance !== 'asserts') keys.add(claim.stance);
  if (claim.hedge !== undefined) keys.add('hedge');
  if (claim.disputedByWriter === true) keys.add('disputedByWriter');
  if (claim.nonClaim === true) keys.add('nonClaim');
  return MARKS.filter((mark) => keys.has(mark.key));
}

/** The marks used by any of `claims`, in {@link MARKS} order. */
export function usedMarks(claims: ReadonlyArray<Parameters<typeof claimMarks>[0]>): Mark[] {
  const used = new Set(claims.flatMap((claim) => claimMarks(claim).map((mark) => mark.key)));
  return MARKS.filter((mark) => used.has(mark.key));
}

/** Separator between legend entries. */
export const LEGEND_SEPARATOR = ' · ';

/**
 * The legend entries `symbol label`, joined into lines no wider than `width` (an entry wider than that
 * gets a line of its own). The first line starts with `Marks: `.
 */
export function legendLines(marks: readonly Mark[], width: number, entry: (mark: Mark) => string = plainEntry): string[] {
  const lines: string[] = [];
  let line = 'Marks:';
  let length = line.length;
  let first = true;
  for (const mark of marks) {
    const plain = plainEntry(mark);
    const gap = first ? ' ' : LEGEND_SEPARATOR;
    if (!first && length + gap.length + [...plain].length > width) {
      lines.push(line);
      line = entry(mark);
      length = [...plain].length;
    } else {
      line += gap + entry(mark);
      length += gap.length + [...plain].length;
    }
    first = false;
  }
  if (marks.length > 0) lines.push(line);
  return lines;
}

function plainEntry(mark: Mark): string {
  return `${mark.symbol} ${mark.label}`;
}
