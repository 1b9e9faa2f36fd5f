/**
 * The error analysis as plain text: summary counts first, then each group's breakdowns and examples.
 */
import type { EvalResult } from './evaluate.js';
import type { ErrorExample, GoldSide, PredictedSide } from './error-example.js';
import { MAX_CONTEXT_CHARS } from './context.js';
import { analyzeErrors, type Breakdown, type ErrorGroup, type ErrorOptions, type ErrorReport } from './errors.js';

/** Longest role text shown in an example line (the sentence may run to {@link MAX_CONTEXT_CHARS}). */
const MAX_SHOWN_CHARS = 200;

/** `s` on one line, cut to `max` characters with a final `…`. */
function shown(s: string, max = MAX_SHOWN_CHARS): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

const q = (s: string): string => (s ? `⟨${shown(s)}⟩` : '—');

function breakdownLine(b: Breakdown): string {
  const values = b.counts.map((c) => `${c.value} ${c.count}`).join(', ');
  return `  by ${b.by}: ${values}${b.others ? `, others ${b.others}` : ''}`;
}

function rolesLine(label: string, r: GoldSide | PredictedSide): string {
  return `      ${label} content ${q(r.content)} | source ${q(r.source)} | cue ${q(r.cue)}`;
}

function exampleLines(e: ErrorExample): string[] {
  const at = e.gold?.spans.content[0]?.[0] ?? e.predicted?.spans.content[0]?.[0] ?? 0;
  const facts = [e.gold ? `gold ${e.gold.kind}` : '', e.predicted?.rule ? `rule ${e.predicted.rule}` : ''];
  if (e.jaccard !== undefined) facts.push(`J=${e.jaccard.toFixed(2)}`);
  const lines = [`  - ${e.doc} @${at} (${facts.filter(Boolean).join(', ')}): ${e.detail}`];
  lines.push(`      sentence: ${shown(e.context.text, MAX_CONTEXT_CHARS)}`);
  if (e.gold) lines.push(rolesLine('gold', e.gold));
  if (e.predicted) {
    lines.push(rolesLine('pred', e.predicted));
    if (e.predicted.speakerName) lines.push(`      pred speaker resolved to “${shown(e.predicted.speakerName)}”`);
  }
  return lines;
}

function groupLines(g: ErrorGroup): string[] {
  if (!g.count) return [];
  const lines = ['', `== ${g.title}: ${g.count} ==`, ...g.breakdowns.map(breakdownLine)];
  lines.push(`  examples (${g.examples.length} of ${g.count}):`);
  for (const e of g.examples) lines.push(...exampleLines(e));
  return lines;
}

/** An already computed report as text. */
export function formatErrorReport(report: ErrorReport): string {
  const s = report.summary;
  const lines = [
    `End-to-end: ${s.correct} right of ${s.gold} gold and ${s.predicted} predicted attributions; ` +
      `${s.missed} missed, ${s.falsePositives} false positives.`,
    '',
    '  count  cause',
    ...report.groups.map((g) => `${String(g.count).padStart(7)}  ${g.title}`),
  ];
  for (const g of report.groups) lines.push(...groupLines(g));
  return lines.join('\n');
}

/** The error analysis of `result` as text (see {@link analyzeErrors} for the data). */
export function formatErrors(result: EvalResult, options: ErrorOptions = {}): string {
  return formatErrorReport(analyzeErrors(result, options));
}
