#!/usr/bin/env node
/**
 * Trains the confidence model (models/confidence.json): logistic regression predicting whether a
 * claim is right end to end (content partial match and speaker overlap, the reference scorer's rule)
 * from the features of src/confidence/features.ts.
 *
 *   npm run build && node scripts/train-confidence.mjs [TRAIN.jsonl] [--out FILE]
 *
 * Data: the claims `claims` extracts from PolNeAR train (default ../shared/eval/polnear-train.jsonl),
 * labelled by the eval module. Claims paired with an optional gold or without content tokens are
 * left out. Only feature weights are written: no text of the corpus. Calibration is then checked on
 * dev with `claims eval ../shared/eval/polnear-dev.jsonl --calibration`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../dist/index.js';
import { evaluate, readGold } from '../dist/eval/index.js';
import { confidenceFeatures } from '../dist/confidence/features.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : dflt; };
const out = opt('--out', path.join(ROOT, 'models/confidence.json'));
const trainFile = args[0] ?? path.join(ROOT, '../shared/eval/polnear-train.jsonl');

/** L2 strength and passes of full-batch gradient descent: enough to converge on ~20k claims. */
const L2 = 1e-3, RATE = 0.5, EPOCHS = 300;

const gold = readGold(fs.readFileSync(trainFile, 'utf8'), trainFile);
const t0 = Date.now();
const result = evaluate(gold, text => extractClaims(text, { includeNonClaims: true }));
const data = result.predictions
  .filter(r => r.outcome === 'correct' || r.outcome === 'wrong')
  .map(r => ({ features: confidenceFeatures(r.claim), y: r.outcome === 'correct' ? 1 : 0 }));
console.error(`${data.length} claims from ${gold.length} documents in ${((Date.now() - t0) / 1000).toFixed(1)}s; ${data.filter(d => d.y).length} right`);

const w = new Map();
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const grad = new Map();
  for (const { features, y } of data) {
    const z = features.reduce((s, f) => s + (w.get(f) ?? 0), 0);
    const err = 1 / (1 + Math.exp(-z)) - y;
    for (const f of features) grad.set(f, (grad.get(f) ?? 0) + err);
  }
  for (const [f, g] of grad) {
    const cur = w.get(f) ?? 0;
    w.set(f, cur - RATE * (g / data.length + (f === 'bias' ? 0 : L2 * cur)));
  }
}
const weights = {};
for (const [f, v] of w) if (Math.abs(v) >= 0.001) weights[f] = Math.round(v * 1000) / 1000;
fs.writeFileSync(out, JSON.stringify({
  description: `logistic regression, ${EPOCHS} epochs, L2 ${L2}, on ${data.length} claims extracted from ${gold.length} PolNeAR train documents`,
  weights,
}) + '\n');
console.error(`wrote ${out}: ${Object.keys(weights).length} weights`);
