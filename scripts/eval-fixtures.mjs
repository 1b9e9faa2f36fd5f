#!/usr/bin/env node
// Regenerates fixtures/eval/{gold,pred}.jsonl from the readable definitions below.
//
//   node scripts/eval-fixtures.mjs
//
// Every text here is invented for the project. A span is written as the text it covers, optionally
// with the occurrence to take: 'said' (first) or ['said', 2] (second). Each document exercises one or
// more scoring rules (listed in fixtures/eval/README.md).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/eval');

/** `[start, end]` of the n-th (1-based) occurrence of `needle` in `text`. */
function at(text, spec) {
  const [needle, n] = Array.isArray(spec) ? spec : [spec, 1];
  let i = -1;
  for (let k = 0; k < n; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" (occurrence ${n}) not in: ${text}`);
  }
  return [i, i + needle.length];
}

/** Whether a role spec is one span written as `[text, occurrence]`. */
const isOccurrence = (v) => Array.isArray(v) && v.length === 2 && typeof v[1] === 'number';

/** Resolves every role of an attribution written with strings (a role may be one span or a list). */
function spans(text, a) {
  const list = (v) => (typeof v === 'string' || isOccurrence(v) ? [v] : v).map((s) => at(text, s));
  const r = { source: list(a.source ?? []), cue: list(a.cue ?? []), content: list(a.content) };
  for (const k of ['kind', 'optional', 'rule']) if (a[k] !== undefined) r[k] = a[k];
  if (a.antecedent !== undefined) r.antecedent = list(a.antecedent);
  return r;
}

const docs = [
  {
    id: 'basic',
    note: 'token-overlap pairing, Jaccard >= 0.5, exact after trimming quote marks, antecedent credit',
    text: 'The mayor said the bridge would reopen in May. "We are on schedule," said Transport Director Ana Ruiz. She added that costs had not risen.',
    gold: [
      { source: 'The mayor', cue: 'said', content: 'the bridge would reopen in May', kind: 'indirect' },
      { source: 'Transport Director Ana Ruiz', cue: ['said', 2], content: '"We are on schedule,"', kind: 'direct' },
      { source: 'She', cue: 'added', content: 'costs had not risen', kind: 'indirect', antecedent: 'Transport Director Ana Ruiz' },
    ],
    pred: [
      { source: 'mayor', cue: 'said', content: 'the bridge would reopen', kind: 'indirect', rule: 'reporting-clause' },
      { source: 'Ana Ruiz', cue: ['said', 2], content: 'We are on schedule', kind: 'direct', rule: 'quote-said' },
      { source: 'Transport Director Ana Ruiz', cue: 'added', content: 'costs had not risen', kind: 'indirect', rule: 'reporting-clause' },
    ],
  },
  {
    id: 'colon',
    note: 'token-less ":" cues, empty sources, Jaccard exactly 0.5, an unpaired prediction',
    text: 'Officials were blunt: the plant will close. It was reported that talks had stalled.\nThe union’s reply: “We will fight this, and we will win.”',
    gold: [
      { source: 'Officials', cue: ':', content: 'the plant will close', kind: 'indirect' },
      { source: [], cue: 'reported', content: 'talks had stalled', kind: 'indirect' },
      { source: 'The union’s reply', cue: [':', 2], content: '“We will fight this, and we will win.”', kind: 'direct' },
    ],
    pred: [
      { source: 'Officials', cue: ':', content: 'the plant will close', kind: 'indirect', rule: 'colon-lead-in' },
      { source: [], cue: 'reported', content: 'talks had stalled', kind: 'indirect', rule: 'passive' },
      { source: 'The union', cue: ':', content: 'We will fight this', kind: 'direct', rule: 'colon-lead-in' },
      { source: [], cue: 'were', content: 'Officials were blunt', kind: 'indirect', rule: 'copula' },
    ],
  },
  {
    id: 'discontinuous',
    note: 'discontinuous content, greedy order by shared tokens, mixed kind, optional gold, unpaired prediction inside quotes',
    text: '“The budget is balanced,” the minister said, “and the deficit is gone.” Critics claimed the figures were “cooked” and misleading. Some analysts suggested the numbers might hold.',
    gold: [
      { source: 'the minister', cue: 'said', content: ['“The budget is balanced,”', '“and the deficit is gone.”'], kind: 'direct' },
      { source: 'Critics', cue: 'claimed', content: 'the figures were “cooked” and misleading', kind: 'mixed' },
      { source: 'Some analysts', cue: 'suggested', content: 'the numbers might hold', kind: 'indirect', optional: true },
    ],
    pred: [
      { source: 'the minister', cue: 'said', content: 'The budget is balanced', kind: 'direct', rule: 'quote-said' },
      { source: 'Critics', cue: 'claimed', content: 'the figures were “cooked” and misleading', kind: 'indirect', rule: 'reporting-clause' },
      { source: 'Critics', cue: 'suggested', content: 'the numbers might hold', kind: 'indirect', rule: 'reporting-clause' },
      { source: 'the minister', cue: 'said', content: 'and the deficit is gone', kind: 'direct', rule: 'quote-said' },
    ],
  },
  {
    id: 'unannotated-cue',
    note: 'a corpus without cue annotation: cues are left out of the role accuracies; a content without tokens',
    text: 'Residents say the water tastes odd. A spokesman insisted it was safe -- "...".',
    unannotated: ['cue'],
    gold: [
      { source: 'Residents', content: 'the water tastes odd', kind: 'indirect' },
      { source: 'A spokesman', content: 'it was safe', kind: 'indirect' },
    ],
    pred: [
      { source: 'Residents', cue: 'tastes', content: 'the water tastes odd', kind: 'indirect', rule: 'reporting-clause' },
      { source: 'water', cue: 'insisted', content: 'it was safe', kind: 'indirect', rule: 'reporting-clause' },
      { source: [], cue: 'insisted', content: '"..."', kind: 'direct', rule: 'quote-said' },
    ],
  },
  {
    id: 'not-predicted',
    note: 'a gold document with no prediction document at all',
    text: 'The coach said the team was ready.',
    gold: [{ source: 'The coach', cue: 'said', content: 'the team was ready', kind: 'indirect' }],
  },
];

const goldLines = [];
const predLines = [];
for (const d of docs) {
  const g = { id: d.id, text: d.text, attributions: d.gold.map((a) => spans(d.text, a)) };
  if (d.unannotated) g.unannotated = d.unannotated;
  goldLines.push(JSON.stringify(g));
  if (d.pred) predLines.push(JSON.stringify({ id: d.id, attributions: d.pred.map((a) => spans(d.text, a)) }));
}
predLines.push(JSON.stringify({ id: 'not-in-gold', attributions: [] }));
fs.writeFileSync(path.join(out, 'gold.jsonl'), goldLines.join('\n') + '\n');
fs.writeFileSync(path.join(out, 'pred.jsonl'), predLines.join('\n') + '\n');
console.log(`wrote ${goldLines.length} gold and ${predLines.length} prediction documents to ${out}`);
