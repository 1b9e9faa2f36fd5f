/**
 * Stage 7: confidence. Estimates, for each claim, the probability that it is right end to end
 * (content found and speaker right), with a logistic model over the claim's features. The weights
 * ship in `models/confidence.json` (trained by `scripts/train-confidence.mjs` on PolNeAR train) and
 * are read once, never downloaded.
 */
import fs from 'node:fs';
import type { ResolvedClaim } from '../resolve/speakers.js';
import type { Claim } from '../types.js';
import { confidenceFeatures } from './features.js';

/** A logistic model: P(right) = 1 / (1 + e^-(Σ weights of the features)). */
export interface LogisticModel {
  /** How it was trained. */
  description: string;
  /** Weight per feature string (the `bias` feature is always present). */
  weights: Record<string, number>;
}

const MODEL_URL = new URL('../../models/confidence.json', import.meta.url);
let model: LogisticModel | undefined;

/** The shipped model, read on first use. A missing or broken file is a packaging bug and throws. */
export function confidenceModel(): LogisticModel {
  model ??= JSON.parse(fs.readFileSync(MODEL_URL, 'utf8')) as LogisticModel;
  return model;
}

/** Rounds to two decimals: more would claim a precision the estimate does not have. */
const round2 = (x: number) => Math.round(x * 100) / 100;

/** The probability, by `m`, that a claim is right. */
export function probability(m: LogisticModel, claim: ResolvedClaim): number {
  let z = 0;
  for (const f of confidenceFeatures(claim)) z += m.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The claims with their confidence. */
export function estimateConfidence(claims: ResolvedClaim[]): Claim[] {
  const m = confidenceModel();
  return claims.map(c => ({ ...c, confidence: round2(probability(m, c)) }));
}
