/**
 * Error analysis for tuning an extractor: mistakes grouped by cause, each group with counts broken
 * down by finer cause, kind, cue and rule, and a spread of examples.
 */
import type { EvalResult } from './evaluate.js';
import type { ErrorCause, ErrorExample } from './error-example.js';
import { errorItems, type ErrorItem } from './error-items.js';

/** How much to show. */
export interface ErrorOptions {
  /** Examples per group (default {@link DEFAULT_EXAMPLE_LIMIT}). */
  limit?: number;
  /** Most frequent values listed per breakdown (default {@link DEFAULT_BREAKDOWN_TOP}). */
  top?: number;
}

/** Enough examples to see a pattern without drowning in them. */
export const DEFAULT_EXAMPLE_LIMIT = 5;
/** Enough values to cover the bulk of a skewed distribution (cue words are Zipfian). */
export const DEFAULT_BREAKDOWN_TOP = 10;

/** Counts of one grouping value, most frequent first; `others` sums the values left out. */
export interface Breakdown {
  by: string;
  counts: Array<{ value: string; count: number }>;
  others: number;
}

/** One cause of error. */
export interface ErrorGroup {
  cause: ErrorCause;
  /** A one-line explanation of the cause. */
  title: string;
  count: number;
  breakdowns: Breakdown[];
  /** Up to `limit` examples, spread evenly over the corpus. */
  examples: ErrorExample[];
}

/** The whole analysis; JSON-ready. */
export interface ErrorReport {
  /** Gold attributions counted (optional ones excluded), predictions counted, and end-to-end right. */
  summary: { gold: number; predicted: number; correct: number; missed: number; falsePositives: number };
  groups: ErrorGroup[];
}

/** Group order and titles. */
export const CAUSES: ReadonlyArray<[ErrorCause, string]> = [
  ['missed-no-prediction', 'missed: no prediction paired with the gold content'],
  ['missed-content-boundary', 'missed: paired, but content Jaccard < 0.5 (also a false positive)'],
  ['missed-wrong-source', 'missed: content right, source does not overlap (also a false positive)'],
  ['spurious', 'spurious: prediction paired with no gold'],
  ['wrong-cue', 'end-to-end right, but the cue does not overlap (fails end-to-end +cue)'],
];

function breakdown(items: readonly ErrorItem[], by: string, top: number): Breakdown {
  const counts = new Map<string, number>();
  for (const it of items) {
    const v = it.keys[by];
    if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value, count]) => ({ value, count }));
  const kept = sorted.slice(0, top);
  return { by, counts: kept, others: sorted.slice(top).reduce((n, c) => n + c.count, 0) };
}

/** `limit` items at even strides, so examples come from across the corpus, deterministically. */
function spread<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  return Array.from({ length: limit }, (_, k) => items[Math.floor((k * items.length) / limit)]);
}

/** Groups every mistake in `result` by cause. */
export function analyzeErrors(result: EvalResult, options: ErrorOptions = {}): ErrorReport {
  const limit = options.limit ?? DEFAULT_EXAMPLE_LIMIT;
  const top = options.top ?? DEFAULT_BREAKDOWN_TOP;
  const items = result.docs.flatMap((d) => errorItems(d.alignment, d.claims));
  const groups = CAUSES.map(([cause, title]): ErrorGroup => {
    const mine = items.filter((it) => it.example.cause === cause);
    const keys = [...new Set(mine.flatMap((it) => Object.keys(it.keys)))];
    return { cause, title, count: mine.length, breakdowns: keys.map((k) => breakdown(mine, k, top)), examples: spread(mine, limit).map((it) => it.example) };
  });
  const o = result.score.overall;
  const correct = result.docs.reduce((n, d) => n + d.alignment.judgements.filter((j) => j?.e2e).length, 0);
  return {
    summary: { gold: o.n_gold, predicted: o.n_pred, correct, missed: o.n_gold - correct, falsePositives: o.n_pred - correct },
    groups,
  };
}
