#!/usr/bin/env node
// Checks that src/eval's scorer agrees exactly with the reference scorer ../shared/eval/score.mjs.
//
//   npm run build && node scripts/eval-agree.mjs [GOLD.jsonl ...] [--seeds N]
//
// For each gold file (default: every *.jsonl in ../shared/eval that exists) and each seed, it makes
// predictions from the gold by perturbation (drops, boundary shifts, swapped/missing/pronoun sources,
// token-less cues, merges, splits, spurious spans), writes them to a temporary file, runs
// `node score.mjs GOLD PRED --json` and the table form in a subprocess, and compares both with
// scoreDocs / formatScoreTable from dist/eval. Reads the gold files but never copies them anywhere.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { formatScoreTable, readGold, scoreDocs } from '../dist/eval/index.js';
import { prng } from './lib/news-corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const sharedEval = path.resolve(here, '../../shared/eval');
const scorer = path.join(sharedEval, 'score.mjs');


const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));

/** Predictions for one gold document, perturbed at random. */
function perturb(doc, rand) {
  const n = doc.text.length;
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const shift = ([s, e]) => {
    const d1 = Math.round((rand() - 0.5) * 60), d2 = Math.round((rand() - 0.5) * 60);
    const a = clamp(s + d1, 0, n), b = clamp(e + d2, 0, n);
    return a <= b ? [a, b] : [b, a];
  };
  const out = [];
  for (const g of doc.attributions) {
    const r = rand();
    if (r < 0.15) continue; // dropped
    const p = { content: g.content.map((sp) => [...sp]), source: g.source.map((sp) => [...sp]), cue: g.cue.map((sp) => [...sp]) };
    if (rand() < 0.7) p.kind = rand() < 0.85 ? g.kind : pick(['direct', 'mixed', 'indirect']);
    if (rand() < 0.3) p.content = p.content.map(shift);
    if (rand() < 0.1 && p.content.length > 1) p.content = [[p.content[0][0], p.content[p.content.length - 1][1]]];
    if (rand() < 0.1) p.content = [p.content[0]];
    const s = rand();
    if (s < 0.12) p.source = pick(doc.attributions).source.map((sp) => [...sp]);
    else if (s < 0.17) p.source = [];
    else if (s < 0.22 && g.antecedent) p.source = g.antecedent.map((sp) => [...sp]);
    else if (s < 0.3) p.source = p.source.map(shift);
    const c = rand();
    if (c < 0.08) p.cue = [];
    else if (c < 0.14) { const at = clamp(p.cue[0]?.[0] ?? 0, 0, n - 1); p.cue = [[at, at + 1]]; } // often a token-less char
    else if (c < 0.2) p.cue = p.cue.map(shift);
    out.push(p);
    if (rand() < 0.05) out.push({ ...p, content: p.content.map(shift) }); // duplicate competing for the gold
  }
  const spurious = Math.floor(rand() * 4);
  for (let k = 0; k < spurious; k++) {
    const s = Math.floor(rand() * n), e = clamp(s + Math.floor(rand() * 200), 0, n);
    out.push({ content: [[s, e]], source: rand() < 0.5 ? [] : [shift([s, s + 10])], cue: [[clamp(s - 5, 0, n), s]] });
  }
  if (rand() < 0.05) out.push({ content: [[0, 0]], source: [], cue: [] }); // no content token
  if (rand() < 0.03) out.push({ content: [[n - 3, n + 5]], source: [[5, 2]], cue: [] }); // bad spans
  for (let k = out.length - 1; k > 0; k--) { const j = Math.floor(rand() * (k + 1)); [out[k], out[j]] = [out[j], out[k]]; }
  return out;
}

function firstDifference(a, b, where = '') {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return `${where}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!isDeepStrictEqual(a[k], b[k])) return firstDifference(a[k], b[k], `${where}.${k}`);
  }
  return `${where}: key order differs`;
}

function main() {
  const args = process.argv.slice(2);
  const seedsAt = args.indexOf('--seeds');
  const seeds = seedsAt >= 0 ? Number(args[seedsAt + 1]) : 3;
  const named = args.filter((a, i) => !a.startsWith('--') && i !== seedsAt + 1);
  const files = named.length ? named : ['seed-gold.jsonl', 'polnear-dev.jsonl'].map((f) => path.join(sharedEval, f));
  if (!fs.existsSync(scorer)) {
    console.error(`eval-agree: ${scorer} not found; nothing to compare against`);
    return 2;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-eval-agree-'));
  let failures = 0;
  try {
    for (const file of files) {
      const gold = readGold(fs.readFileSync(file, 'utf8'), file);
      for (let seed = 1; seed <= seeds; seed++) {
        const rand = prng(seed * 7919);
        const preds = gold.filter(() => rand() > 0.03).map((d) => ({ id: d.id, attributions: perturb(d, rand) }));
        for (const p of preds.slice(0, 3)) p.text = gold.find((d) => d.id === p.id).text; // same text: no note
        if (preds.length > 4) preds[3].text = 'a different text';
        preds.push({ id: 'not-in-gold', attributions: [] });
        const predFile = path.join(tmp, `pred-${seed}.jsonl`);
        fs.writeFileSync(predFile, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
        const theirs = JSON.parse(execFileSync('node', [scorer, file, predFile, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
        const theirTable = execFileSync('node', [scorer, file, predFile], { encoding: 'utf8', maxBuffer: 1 << 26 }).trimEnd();
        const ours = scoreDocs(gold, preds);
        const jsonSame = isDeepStrictEqual(ours, theirs) && JSON.stringify(ours) === JSON.stringify(theirs);
        const tableSame = formatScoreTable(ours) === theirTable;
        const o = ours.overall;
        const label = `${path.basename(file)} seed ${seed}: gold ${o.n_gold} pred ${o.n_pred} paired ${o.n_paired} e2e F1 ${(100 * o.e2e.f1).toFixed(2)} notes ${JSON.stringify(ours.notes)}`;
        console.log(`${jsonSame && tableSame ? 'agree' : 'DIFFER'}  ${label}`);
        if (!jsonSame) console.log(`  json: ${firstDifference(ours, theirs)}`);
        if (!tableSame) console.log('  table differs');
        if (!jsonSame || !tableSame) failures++;
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(failures ? `${failures} comparison(s) differ` : 'all comparisons agree (JSON deep-equal, byte-identical; tables identical)');
  return failures ? 1 : 0;
}

process.exitCode = main();
