/**
 * The cue classifier: decides whether a lexicon verb form is a reporting cue here. Its weights ship
 * in `models/cue-verbs.json` (trained by `scripts/train-cue-model.mjs` on PolNeAR train; no article
 * text is in the file, only feature weights) and are read once, from the package, never downloaded.
 */
import fs from 'node:fs';
import type { SentenceContext } from '../extract/context.js';
import { cueFeatures } from './cue-features.js';
import { score, type LinearModel } from './perceptron.js';

const MODEL_URL = new URL('../../models/cue-verbs.json', import.meta.url);
let model: LinearModel | undefined;

/** The shipped model, read on first use. A missing or broken file is a packaging bug and throws. */
export function cueModel(): LinearModel {
  model ??= JSON.parse(fs.readFileSync(MODEL_URL, 'utf8')) as LinearModel;
  return model;
}

/** Whether the model accepts token `i` (lemma `lemma`) as a cue. */
export function isCueByModel(m: LinearModel, ctx: SentenceContext, i: number, lemma: string): boolean {
  return score(m, cueFeatures(ctx, i, lemma)) >= m.threshold;
}
