/**
 * The score table: the same rows, columns and layout as `node score.mjs GOLD PRED`, so the two can be
 * compared line by line.
 */
import type { EvalResult } from './evaluate.js';
import type { Metrics, Prf, ScoreResult } from './types.js';

const LABEL_WIDTH = 26;
const COLUMN_WIDTH = 22;

type PrfKey = { [K in keyof Metrics]: Metrics[K] extends Prf ? K : never }[keyof Metrics];
type RateKey = { [K in keyof Metrics]: Metrics[K] extends number | null ? (K extends `n_${string}` ? never : K) : never }[keyof Metrics];

/** A ratio as a percentage with one decimal, six wide; `-` for no value. */
function pct(v: number | null | undefined): string {
  return v === null || v === undefined ? '   -  ' : (100 * v).toFixed(1).padStart(6);
}

const PRF_ROWS: Array<[string, PrfKey]> = [
  ['content exact', 'content_exact'],
  ['content partial (J>=.5)', 'content_partial'],
  ['content soft (tokens)', 'content_soft'],
  ['end-to-end (cont+src)', 'e2e'],
  ['end-to-end (+cue)', 'e2e_cue'],
];

const RATE_ROWS: Array<[string, RateKey]> = [
  ['source overlap', 'source_overlap_acc'],
  ['source exact', 'source_exact_acc'],
  ['source head (lenient)', 'source_head_acc'],
  ['cue overlap', 'cue_overlap_acc'],
  ['cue exact', 'cue_exact_acc'],
];

/** The score table: counts, P/R/F1 rows and accuracy rows, overall and by kind, then any notes. */
export function formatScores(score: ScoreResult): string {
  const cols: Array<[string, Metrics]> = [['overall', score.overall], ...(Object.entries(score.by_kind) as Array<[string, Metrics]>)];
  const row = (label: string, cell: (m: Metrics) => string): string =>
    label.padEnd(LABEL_WIDTH) + cols.map(([, m]) => cell(m).padStart(COLUMN_WIDTH)).join('');
  const lines = [
    'metric'.padEnd(LABEL_WIDTH) + cols.map(([name]) => name.padStart(COLUMN_WIDTH)).join(''),
    row('counts gold/pred/paired', (m) => `${m.n_gold}/${m.n_pred}/${m.n_paired}`),
  ];
  lines.push('                    P/R/F1 (%)');
  for (const [label, key] of PRF_ROWS) lines.push(row(label, (m) => `${pct(m[key].p)}${pct(m[key].r)}${pct(m[key].f1)}`));
  lines.push('                    accuracy on paired (%)');
  for (const [label, key] of RATE_ROWS) lines.push(row(label, (m) => pct(m[key])));
  if (cols.some(([, m]) => m.kind_acc !== null)) lines.push(row('pred kind = gold kind', (m) => pct(m.kind_acc)));
  const notes = Object.entries(score.notes).filter(([, v]) => v).map(([k, v]) => `${k}=${v}`);
  if (notes.length) lines.push('notes: ' + notes.join(' '));
  return lines.join('\n');
}

/** The same table `node score.mjs GOLD PRED` prints, for an evaluation or for scores alone. */
export function formatScoreTable(result: EvalResult | ScoreResult): string {
  return formatScores('score' in result ? result.score : result);
}
