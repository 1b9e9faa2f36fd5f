#!/usr/bin/env node
/**
 * Trains the cue classifier (models/cue-verbs.json): an averaged perceptron over the features of
 * src/model/cue-features.ts, for every word that is a form of a lexicon cue verb.
 *
 *   npm run build && node scripts/train-cue-model.mjs [TRAIN.jsonl] [--epochs N] [--out FILE]
 *
 * Data: PolNeAR train (default ../shared/eval/polnear-train.jsonl). A word is a positive example when
 * it overlaps an annotated cue span. The last 10% of the documents are held out to choose the
 * threshold (best F1 on them); the model is then trained again on all documents. Only feature
 * weights are written: no text of the corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../dist/pipeline.js';
import { cueVerbByForm } from '../dist/lexicon/index.js';
import { cueFeatures } from '../dist/model/cue-features.js';
import { sentenceContext } from '../dist/extract/context.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : dflt; };
const epochs = Number(opt('--epochs', '12'));
const out = opt('--out', path.join(ROOT, 'models/cue-verbs.json'));
const trainFile = args[0] ?? path.join(ROOT, '../shared/eval/polnear-train.jsonl');

/** Candidate words of one document, with features and labels. */
function examples(doc) {
  const analysis = analyzeText(doc.text);
  const cueSpans = doc.attributions.flatMap(a => a.cue);
  const isCue = t => cueSpans.some(([s, e]) => t.start < e && s < t.end);
  const list = [];
  for (const sentence of analysis.sentences) {
    const ctx = sentenceContext(analysis, sentence);
    sentence.tokens.forEach((t, i) => {
      const entry = cueVerbByForm.get(t.lower);
      if (!entry || analysis.quoted[t.start]) return;
      list.push({ features: cueFeatures(ctx, i, entry.lemma), label: isCue(t) ? 1 : -1 });
    });
  }
  return list;
}

function train(data, rounds) {
  const w = new Map(), total = new Map(), stamp = new Map();
  let step = 0;
  const get = (m, k) => m.get(k) ?? 0;
  const update = (f, delta) => {
    total.set(f, get(total, f) + (step - get(stamp, f)) * get(w, f));
    stamp.set(f, step);
    w.set(f, get(w, f) + delta);
  };
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let r = 0; r < rounds; r++) {
    const order = data.map((_, i) => i).sort(() => rand() - 0.5);
    for (const i of order) {
      step++;
      const { features, label } = data[i];
      let s = 0;
      for (const f of features) s += get(w, f);
      if ((s >= 0 ? 1 : -1) !== label) for (const f of features) update(f, label);
    }
  }
  const avg = {};
  for (const [f, v] of w) {
    const a = (get(total, f) + (step - get(stamp, f)) * v) / step;
    if (Math.abs(a) >= 0.01) avg[f] = Math.round(a * 1000) / 1000;
  }
  return avg;
}

const scoreOf = (weights, features) => features.reduce((s, f) => s + (weights[f] ?? 0), 0);

const docs = fs.readFileSync(trainFile, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
const t0 = Date.now();
const perDoc = docs.map(examples);
console.error(`features for ${docs.length} documents in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
const cut = Math.floor(docs.length * 0.9);
const fit = perDoc.slice(0, cut).flat();
const held = perDoc.slice(cut).flat();
const partial = train(fit, epochs);
let best = { f1: -1, threshold: 0 };
for (let th = -3; th <= 3; th += 0.05) {
  let tp = 0, fp = 0, fn = 0;
  for (const x of held) {
    const yes = scoreOf(partial, x.features) >= th;
    if (yes && x.label > 0) tp++; else if (yes) fp++; else if (x.label > 0) fn++;
  }
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1), f1 = (2 * p * r) / (p + r || 1);
  if (f1 > best.f1) best = { f1, p, r, threshold: Math.round(th * 100) / 100 };
}
console.error(`held-out (last 10% of train): P ${(100 * best.p).toFixed(1)} R ${(100 * best.r).toFixed(1)} F1 ${(100 * best.f1).toFixed(1)} at threshold ${best.threshold}`);
const weights = train(perDoc.flat(), epochs);
const model = {
  description: `cue classifier: averaged perceptron, ${epochs} epochs, ${perDoc.flat().length} candidate words from ${docs.length} PolNeAR train documents; threshold from held-out F1 ${(100 * best.f1).toFixed(1)}`,
  threshold: best.threshold,
  weights,
};
fs.writeFileSync(out, JSON.stringify(model) + '\n');
console.error(`wrote ${out}: ${Object.keys(weights).length} weights`);
